using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Chronicle.Web.Tests;

public sealed class IngestionApiTests : ServerFixture
{
    private const string Token = "test-operator-token";

    // No models: the posted article is stored with whatever an empty pipeline finds (nothing), which is all this needs.
    protected override WebOptions Options(string database) => new(database, Token) { PipelineFactory = () => Pipeline.Empty };

    private static HttpRequestMessage Post(object body) =>
        new(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(body) };

    [Fact]
    public async Task Posting_without_the_token_is_refused()
    {
        using var none = await Client.SendAsync(Post(new { text = "Farmers blocked a motorway near Ghent." }));
        using var wrong = await Client.SendAsync(WithToken(Post(new { text = "Farmers blocked a motorway near Ghent." }), "guess"));

        none.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrong.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        (await GetJsonAsync("/api/documents")).GetProperty("total").GetInt64().ShouldBe(3);
    }

    [Fact]
    public async Task Posted_articles_are_analysed_stored_once_and_searchable()
    {
        var articles = new[]
        {
            new { url = "https://example.org/ghent", title = "Farmers block motorway", published = "2024-06-02", text = "Farmers blocked a motorway near Ghent on Sunday." },
            new { url = "https://example.org/ghent-copy", title = "Copy", published = "2024-06-02", text = "Farmers blocked a motorway near Ghent on Sunday." },
        };
        using var response = await Client.SendAsync(WithToken(Post(articles), Token));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();
        outcome.GetProperty("stored").GetInt32().ShouldBe(1);
        outcome.GetProperty("already_stored").GetInt32().ShouldBe(1);
        outcome.GetProperty("ids").GetArrayLength().ShouldBe(2);
        var found = await GetJsonAsync("/api/documents?q=motorway");
        found.GetProperty("items")[0].GetProperty("published").GetString().ShouldBe("2024-06-02");
        var id = outcome.GetProperty("ids")[0].GetString();
        var document = await GetJsonAsync($"/api/documents/{id}");
        document.GetProperty("sources").GetArrayLength().ShouldBe(2);
    }

    [Theory]
    [InlineData("""{"title": "no text"}""", "body[0].text")]
    [InlineData("""[]""", "body")]
    [InlineData("""42""", "body")]
    [InlineData("""{"text": "x", "published": "someday"}""", "body[0].published")]
    [InlineData("""{"text": """, "body")]
    public async Task A_bad_post_is_a_400_naming_what_is_wrong(string json, string parameter)
    {
        using var request = WithToken(new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        }, Token);
        using var response = await Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString().ShouldBe(parameter);
    }

    [Fact]
    public async Task Only_json_is_accepted()
    {
        using var request = WithToken(new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = new StringContent("text=hello", Encoding.UTF8, "application/x-www-form-urlencoded"),
        }, Token);
        using var response = await Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Reading_needs_no_token_by_default()
    {
        using var response = await Client.GetAsync("/api/events");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class NoTokenTests : ServerFixture
{
    [Fact]
    public async Task Without_a_configured_token_posting_is_off()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text = "Anything." }) };
        using var response = await Client.SendAsync(WithToken(request, "anything"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class ProtectedReadsTests : ServerFixture
{
    protected override WebOptions Options(string database) => new(database, "reader-token", ProtectReads: true);

    [Fact]
    public async Task Protected_reads_need_the_token_but_the_dashboard_page_loads()
    {
        using var anonymous = await Client.GetAsync("/api/events");
        using var request = WithToken(new HttpRequestMessage(HttpMethod.Get, "/api/events"), "reader-token");
        using var withToken = await Client.SendAsync(request);
        using var page = await Client.GetAsync("/");

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        withToken.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
