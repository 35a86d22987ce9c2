using System.Net.Http.Json;
using System.Text.Json;
using Chronicle.Testing;
using Microsoft.Playwright;

namespace Chronicle.Web.BrowserTests;

public sealed class DashboardTests(DashboardServer server, BrowserSession browser) : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task An_analyst_filters_to_protests_opens_the_Tehran_protest_and_sees_its_evidence_highlighted()
    {
        if (!server.HasSeeds)
        {
            Assert.Skip($"{server.SeedsDirectory} is not here: the shared seeds sit beside the repository.");
        }

        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.GotoAsync(server.Address);
        await page.Locator("#map circle.point").First.WaitForAsync();
        await page.Locator("#timeline rect.bar").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("1-dashboard.png") });

        await page.SelectOptionAsync("#filter-type", "PROTEST");
        await page.ClickAsync("#filter-apply");
        await page.WaitForURLAsync("**/#/?type=PROTEST");
        var rows = page.Locator("#event-list tr.event-row");
        await rows.First.WaitForAsync();
        (await page.Locator("#event-list tr.event-row:not([data-type=PROTEST])").CountAsync()).ShouldBe(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("2-protests.png") });
        var readmeShot = Path.Combine(RepositoryPaths.Root, "docs", "dashboard.png");
        if (!File.Exists(readmeShot) || Environment.GetEnvironmentVariable("CHRONICLE_UPDATE_DOCS") == "1")
        {
            // The README's picture: written when missing or asked for, so a test run leaves the work tree as it was.
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = readmeShot });
        }

        var tehran = rows.Filter(new LocatorFilterOptions { HasText = "Tehran" }).First;
        var eventId = await tehran.GetAttributeAsync("data-event");
        await tehran.Locator("a").ClickAsync();
        await page.WaitForURLAsync($"**/#/event/{eventId}");
        var evidence = page.Locator("#article mark.evidence");
        await evidence.First.WaitForAsync();

        var expected = await EvidenceOfAsync(eventId!);
        var highlighted = string.Concat(await evidence.AllTextContentsAsync());
        highlighted.ShouldBe(expected);
        (await page.Locator("#article mark.hl-trigger").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#article mark.hl-place").AllTextContentsAsync()).ShouldContain("Tehran");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("3-tehran-protest.png"), FullPage = true });
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_headline_with_a_script_tag_is_shown_as_text_and_runs_nothing()
    {
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text); };
        await page.GotoAsync(server.Address + "/#/?q=Rotterdam");
        var row = page.Locator("#event-list tr.event-row").First;
        await row.WaitForAsync();

        (await row.Locator("td.title").TextContentAsync()).ShouldBe(DashboardServer.ScriptTitle);
        await row.Locator("a").ClickAsync();
        await page.Locator("#article-title").WaitForAsync();
        (await page.Locator("#article-title").TextContentAsync()).ShouldBe(DashboardServer.ScriptTitle);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("4-script-title.png") });

        (await page.EvaluateAsync<bool>("() => window.__chronicleInjected === undefined")).ShouldBeTrue();
        (await page.Locator("#view script, #view img").CountAsync()).ShouldBe(0);
        dialogs.ShouldBe(0);
        violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_analyst_who_asks_for_sure_events_sees_only_those_and_the_choice_stays_in_the_address()
    {
        if (!server.HasSeeds)
        {
            Assert.Skip($"{server.SeedsDirectory} is not here: the shared seeds sit beside the repository.");
        }

        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        var all = await client.GetFromJsonAsync<JsonElement>("/api/events?limit=1000");
        var sure = await client.GetFromJsonAsync<JsonElement>("/api/events?min_confidence=0.6&limit=1000");
        var total = all.GetProperty("total").GetInt64();
        var sureTotal = sure.GetProperty("total").GetInt64();
        sureTotal.ShouldBeInRange(1, total - 1, "the sample must hold events on both sides of 0.6");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Address);
        await page.Locator("#event-list tr.event-row").First.WaitForAsync();

        await page.SelectOptionAsync("#filter-confidence", "0.6");
        await page.ClickAsync("#filter-apply");
        await page.WaitForURLAsync("**/#/?min_confidence=0.6");
        await page.Locator("#status", new PageLocatorOptions { HasTextString = $"{sureTotal} event" }).WaitForAsync();

        var shown = await page.Locator("#event-list tr.event-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.event)");
        var sureIds = sure.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("event").GetProperty("id").GetString()).ToHashSet();
        shown.ShouldNotBeEmpty();
        shown.ShouldAllBe(id => sureIds.Contains(id));
        await page.ReloadAsync();
        await page.Locator("#event-list tr.event-row").First.WaitForAsync();
        (await page.Locator("#filter-confidence").InputValueAsync()).ShouldBe("0.6");
    }

    [Fact]
    public async Task An_article_posted_with_the_token_is_found_by_search()
    {
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };

        var found = await client.GetFromJsonAsync<JsonElement>("/api/documents?q=flour");

        found.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe("Bakers protest");
    }

    private async Task<string> EvidenceOfAsync(string eventId)
    {
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/events/{Uri.EscapeDataString(eventId)}");
        var e = stored.GetProperty("event");
        e.GetProperty("type").GetString().ShouldBe("PROTEST");
        e.GetProperty("place").GetProperty("name").GetString().ShouldBe("Tehran");
        return e.GetProperty("evidence").GetProperty("text").GetString()!;
    }

    private string Shot(string name) => Path.Combine(browser.Screenshots, name);
}
