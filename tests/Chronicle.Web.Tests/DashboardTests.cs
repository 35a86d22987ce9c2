using Chronicle.Testing;

namespace Chronicle.Web.Tests;

public sealed class DashboardTests : ServerFixture
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/events")]
    [InlineData("/app.js")]
    [InlineData("/api/nowhere")]
    public async Task Every_response_carries_a_strict_content_security_policy(string url)
    {
        using var response = await Client.GetAsync(url);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        policy.ShouldContain("default-src 'self'");
        policy.ShouldContain("script-src 'self'");
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldNotContain("unsafe-inline");
        policy.ShouldNotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Fact]
    public async Task The_dashboard_page_loads_its_script_and_style_from_this_server_only()
    {
        var html = await Client.GetStringAsync("/");

        html.ShouldContain("<script type=\"module\" src=\"/app.js\"></script>");
        html.ShouldContain("href=\"/app.css\"");
        html.ShouldNotContain("http://");
        html.ShouldNotContain("https://");
        html.ShouldNotContain("style=");
        html.ShouldNotContain("<script>");
    }

    [Theory]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    [InlineData("/countries-110m.json", "application/json")]
    public async Task The_dashboard_assets_and_country_shapes_are_served_locally(string url, string type)
    {
        using var response = await Client.GetAsync(url);

        response.IsSuccessStatusCode.ShouldBeTrue();
        response.Content.Headers.ContentType!.MediaType.ShouldBe(type);
        (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void The_dashboard_code_never_parses_article_content_as_html()
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "Chronicle.Web", "client", "src"), "*.js");
        sources.ShouldNotBeEmpty();

        // Text goes in through textContent and text nodes only (d3's html() is bundled but never called).
        foreach (var source in sources)
        {
            var code = File.ReadAllText(source);
            code.ShouldNotContain("innerHTML", customMessage: source);
            code.ShouldNotContain("outerHTML", customMessage: source);
            code.ShouldNotContain("insertAdjacentHTML", customMessage: source);
            code.ShouldNotContain(".html(", customMessage: source);
            code.ShouldNotContain("document.write", customMessage: source);
        }
    }
}
