using System.Collections.Immutable;
using System.Text.Json;
using Chronicle.Storage.Sqlite;

namespace Chronicle.Storage.Tests;

/// <summary>
/// The store's behaviour, run on every store (one subclass each): the same on a SQLite file and on a PostgreSQL server.
/// Each test gets a fresh database and a store open on it.
/// </summary>
public abstract class DocumentStoreTests : IAsyncLifetime
{
    private TestStore? _database;
    private IDocumentStore? _store;

    protected abstract StoreKind Kind { get; }

    private protected TestStore Database => _database!;

    private protected IDocumentStore Store => _store!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestStore.CreateAsync(Kind);
        _store = await _database.OpenAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    internal static Analysis Analysed(string source, string text, params CodedEvent[] events) =>
        new(new Document(source, "A title", new DateOnly(2024, 5, 1), text), Annotations.Empty with { Events = [.. events] }, "test@1");

    internal static CodedEvent Protest(int start, int end) => new(
        PloverType.Protest, "demonstrate", new TextSpan(start, end), new TextSpan(0, end), [], null,
        new EventDate("2024-05-01", DatePrecision.Day, "Wednesday"), [], Modality.Asserted, null, 0.9);

    [Fact]
    public async Task The_same_text_is_stored_once_whatever_its_source()
    {
        var first = await Store.StoreAsync([Analysed("a.txt", "Workers marched in the capital.")]);
        var second = await Store.StoreAsync([Analysed("mirror/a.txt", "Workers marched in the capital.")]);

        first.ShouldBe(new StoreOutcome(1, 0));
        second.ShouldBe(new StoreOutcome(0, 1));
        var stats = await Store.StatisticsAsync();
        stats.Documents.ShouldBe(1);
        stats.Sources.ShouldBe(2);
    }

    [Fact]
    public async Task Stored_articles_come_back_in_the_contract_form_in_ingest_order()
    {
        await Store.StoreAsync([Analysed("b.txt", "Second text, stored first."), Analysed("a.txt", "Workers marched.", Protest(8, 15))]);

        await using var reopened = await Database.OpenAsync();
        var lines = new List<string>();
        await foreach (var json in reopened.ReadArticlesJsonAsync())
        {
            lines.Add(json);
        }

        lines.Count.ShouldBe(2);
        using var article = JsonDocument.Parse(lines[1]);
        article.RootElement.GetProperty("source").GetString().ShouldBe("a.txt");
        article.RootElement.GetProperty("published").GetString().ShouldBe("2024-05-01");
        var stored = article.RootElement.GetProperty("events")[0];
        stored.GetProperty("type").GetString().ShouldBe("PROTEST");
        stored.GetProperty("trigger").GetProperty("text").GetString().ShouldBe("marched");
        var stats = await reopened.StatisticsAsync();
        stats.EventsByType.ShouldBe(new Dictionary<string, long> { ["PROTEST"] = 1 });
        stats.Pipelines.ShouldBe(new Dictionary<string, long> { ["test@1"] = 2 });
    }

    [Fact]
    public async Task A_new_database_is_migrated_to_the_latest_schema()
    {
        (await Store.StatisticsAsync()).SchemaVersion.ShouldBe(Database.LatestSchemaVersion);
        if (Store is SqliteDocumentStore sqlite)
        {
            (await sqlite.IntegrityCheckAsync()).ShouldBe("ok");
        }
    }

    [Fact]
    public async Task Sources_of_documents_stored_before_are_recorded_without_reanalysis()
    {
        var original = Analysed("a.txt", "The same wire story.");
        await Store.StoreAsync([original]);

        var outcome = await Store.StoreAsync([], [new SourceSighting(original.Document.Id, "b.txt"), new SourceSighting(original.Document.Id, "a.txt")]);

        outcome.ShouldBe(new StoreOutcome(0, 0));
        (await Store.StatisticsAsync()).Sources.ShouldBe(2);
    }

    [Fact]
    public async Task Existing_documents_are_found_by_id()
    {
        var stored = Analysed("a.txt", "Stored text.");
        await Store.StoreAsync([stored]);
        var other = new Document("b.txt", null, null, "Not stored.");

        var found = await Store.FindExistingAsync([stored.Document.Id, other.Id]);

        found.ShouldBe(ImmutableHashSet.Create(stored.Document.Id), ignoreOrder: true);
    }

    [Fact]
    public async Task A_database_from_a_newer_chronicle_is_refused_with_a_clear_message()
    {
        await Store.StoreAsync([Analysed("a.txt", "Text.")]);
        if (Kind == StoreKind.Postgres)
        {
            await Database.Postgres!.ExecuteAsync("INSERT INTO schema_version (version, description) VALUES (999, 'from the future')");
        }
        else
        {
            await using var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Database.SqlitePath};Pooling=false");
            await raw.OpenAsync();
            await using var command = raw.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999";
            await command.ExecuteNonQueryAsync();
        }

        var error = await Should.ThrowAsync<InvalidOperationException>(Database.OpenAsync);
        error.Message.ShouldContain("999");
    }

    [Fact]
    public async Task A_batch_with_the_same_text_twice_stores_it_once_with_both_sources()
    {
        var outcome = await Store.StoreAsync([Analysed("a.txt", "Twice in one batch.", Protest(0, 5)), Analysed("b.txt", "Twice in one batch.", Protest(0, 5))]);

        outcome.ShouldBe(new StoreOutcome(1, 1));
        var stats = await Store.StatisticsAsync();
        (stats.Documents, stats.Sources, stats.Events).ShouldBe((1L, 2L, 1L));
    }
}
