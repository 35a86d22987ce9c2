using System.Collections.Immutable;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Chronicle.Engine;
using Chronicle.Ingest;
using Chronicle.Storage.Sqlite;
using Chronicle.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Chronicle.Web.BrowserTests;

/// <summary>
/// A real server on a loopback port over a fresh database: the seeds ingested by the real pipeline (as
/// <c>chronicle ingest</c> does), an article of our own whose title is a script (stored with a hand-coded event, so
/// that it shows in the list whatever the coder finds), and one more article posted through the API with the token.
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    public const string Token = "browser-test-token";

    /// <summary>A headline that would run script if any page put it in as HTML.</summary>
    public const string ScriptTitle = "<script>window.__chronicleInjected = 1</script><img src=x onerror=\"window.__chronicleInjected = 2\"> Dockers strike";

    public const string ScriptText = "Dock workers in Rotterdam went on strike on Monday and marched to the port authority to demand higher wages, union leaders said.";

    public const string PostedText = "Bakers in Lille protested on Tuesday against the price of flour.";

    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-browser-").FullName;
    private WebApplication? _app;

    public string Address { get; private set; } = "";

    public string Database => Path.Combine(_directory, "dashboard.db");

    public string SeedsDirectory { get; } = Path.Combine(RepositoryPaths.Shared, "seeds");

    public bool HasSeeds => Directory.Exists(SeedsDirectory);

    public async ValueTask InitializeAsync()
    {
        var pipeline = PipelineFactory.Create(DataFiles.Default);
        await using (var store = await SqliteDocumentStore.OpenAsync(Database, TimeProvider.System))
        {
            if (HasSeeds)
            {
                var inputs = Readers.Inputs(ReaderLimits.Default, () => Stream.Null, null).Read([SeedsDirectory]);
                await new IngestRunner(pipeline, store).RunAsync(inputs, failure => throw new InvalidOperationException(failure.ToString()));
            }

            await store.StoreAsync([ScriptArticle()]);
        }

        _app = await ChronicleWebHost.CreateAsync(new WebOptions(Database, Token) { PipelineFactory = () => pipeline }, "http://127.0.0.1:0");
        await _app.StartAsync();
        Address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(Address) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = JsonContent.Create(new { url = "https://example.org/bakers", title = "Bakers protest", published = "2024-05-07", text = PostedText }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static Analysis ScriptArticle()
    {
        var trigger = ScriptText.IndexOf("went on strike", StringComparison.Ordinal);
        var workers = ScriptText.IndexOf("Dock workers", StringComparison.Ordinal);
        var coded = new CodedEvent(PloverType.Protest, "strike", new TextSpan(trigger, trigger + "went on strike".Length),
            new TextSpan(0, ScriptText.Length), [new EventActor(ActorRole.Source, new TextSpan(workers, workers + "Dock workers".Length), "Dock workers", null, "NL")],
            new Place("Rotterdam", 2747891, "NL", "11", 51.9225, 4.47917, GeoPrecision.City),
            new EventDate("2024-05-06", DatePrecision.Day, "Monday"), ImmutableArray<EventCount>.Empty, Modality.Asserted, null, 0.8);
        return new Analysis(new Document("https://example.org/dockers", ScriptTitle, new DateOnly(2024, 5, 7), ScriptText),
            Annotations.Empty with { Events = [coded] }, "browser-test@1");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
