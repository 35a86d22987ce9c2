using System.Text.RegularExpressions;
using Chronicle.Testing;

namespace Chronicle.Reliability.Tests;

/// <summary>
/// The dashboard's links are built by the app only: every <c>link(href, …)</c> in its sources points into the app
/// (<c>#/…</c>), so no stored value (an article's source could be <c>javascript:…</c>) ever becomes an href. That the
/// text itself is inserted as text is checked in a real browser by the browser tests (a headline with a script tag and
/// an <c>onerror</c> handler runs nothing) and by the web tests (no HTML parsing of content in the client code).
/// </summary>
public sealed partial class DashboardLinkTests
{
    [Fact]
    public void Every_link_in_the_dashboard_points_into_the_app()
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "Chronicle.Web", "client", "src"), "*.js");
        var calls = sources.SelectMany(file => LinkCall().Matches(File.ReadAllText(file)).Select(m => (file: Path.GetFileName(file), href: m.Groups[1].Value))).ToList();

        calls.ShouldNotBeEmpty();
        calls.Where(c => c.href != "href" && !c.href.StartsWith("'#", StringComparison.Ordinal) && !c.href.StartsWith("`#", StringComparison.Ordinal))
            .Select(c => $"{c.file}: link({c.href}…)")
            .ShouldBeEmpty();
        sources.Select(File.ReadAllText).ShouldAllBe(code => !code.Contains("setAttribute('href'", StringComparison.Ordinal) && !code.Contains(".href =", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\blink\(\s*([^,\s]+)")]
    private static partial Regex LinkCall();
}
