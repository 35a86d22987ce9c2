using System.Collections.Immutable;
using System.Text.Json;
using Chronicle.Storage.Sqlite;

namespace Chronicle.Storage.Tests;

/// <summary>The store's behaviour, the same on a SQLite file and on a PostgreSQL server.</summary>
public sealed class DocumentStoreTests
{
    internal static Analysis Analysed(string source, string text, params CodedEvent[] events) =>
        new(new Document(source, "A title", new DateOnly(2024, 5, 1), text), Annotations.Empty with { Events = [.. events] }, "test@1");

    internal static CodedEvent Protest(int start, int end) => new(
        PloverType.Protest, "demonstrate", new TextSpan(start, end), new TextSpan(0, end), [], null,
        new EventDate("2024-05-01", DatePrecision.Day, "Wednesday"), [], Modality.Asserted, null, 0.9);

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task The_same_text_is_stored_once_whatever_its_source(StoreKind kind)
    {
        await using var database = await TestStore.CreateAsync(kind);
        await using var store = await database.OpenAsync();
        var first = await store.StoreAsync([Analysed("a.txt", "Workers marched in the capital.")]);
        var second = await store.StoreAsync([Analysed("mirror/a.txt", "Workers marched in the capital.")]);

        first.ShouldBe(new StoreOutcome(1, 0));
        second.ShouldBe(new StoreOutcome(0, 1));
        var stats = await store.StatisticsAsync();
        stats.Documents.ShouldBe(1);
        stats.Sources.ShouldBe(2);
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Stored_articles_come_back_in_the_contract_form_in_ingest_order(StoreKind kind)
    {
        await using var database = await TestStore.CreateAsync(kind);
        await using (var store = await database.OpenAsync())
        {
            await store.StoreAsync([Analysed("b.txt", "Second text, stored first."), Analysed("a.txt", "Workers marched.", Protest(8, 15))]);
        }

        await using var reopened = await database.OpenAsync();
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

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task A_new_database_is_migrated_to_the_latest_schema(StoreKind kind)
    {
        await using var database = await TestStore.CreateAsync(kind);
        await using var store = await database.OpenAsync();
        (await store.StatisticsAsync()).SchemaVersion.ShouldBe(database.LatestSchemaVersion);
        if (store is SqliteDocumentStore sqlite)
        {
            (await sqlite.IntegrityCheckAsync()).ShouldBe("ok");
        }
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Sources_of_documents_stored_before_are_recorded_without_reanalysis(StoreKind kind)
    {
        await using var database = await TestStore.CreateAsync(kind);
        await using var store = await database.OpenAsync();
        var original = Analysed("a.txt", "The same wire story.");
        await store.StoreAsync([original]);

        var outcome = await store.StoreAsync([], [new SourceSighting(original.Document.Id, "b.txt"), new SourceSighting(original.Document.Id, "a.txt")]);

        outcome.ShouldBe(new StoreOutcome(0, 0));
        (await store.StatisticsAsync()).Sources.ShouldBe(2);
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Existing_documents_are_found_by_id(StoreKind kind)
    {
        await using var database = await TestStore.CreateAsync(kind);
        await using var store = await database.OpenAsync();
        var stored = Analysed("a.txt", "Stored text.");
        await store.StoreAsync([stored]);
        var other = new Document("b.txt", null, null, "Not stored.");

        var found = await store.FindExistingAsync([stored.Document.Id, other.Id]);

        found.ShouldBe(ImmutableHashSet.Create(stored.Document.Id), ignoreOrder: true);
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task A_database_from_a_newer_chronicle_is_refused_with_a_clear_message(StoreKind kind)
    {
        await using var database = await TestStore.CreateAsync(kind);
        await using (var store = await database.OpenAsync())
        {
            await store.StoreAsync([Analysed("a.txt", "Text.")]);
        }

        if (kind == StoreKind.Postgres)
        {
            await database.Postgres!.ExecuteAsync("INSERT INTO schema_version (version, description) VALUES (999, 'from the future')");
        }
        else
        {
            await using var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database.SqlitePath};Pooling=false");
            await raw.OpenAsync();
            await using var command = raw.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999";
            await command.ExecuteNonQueryAsync();
        }

        var error = await Should.ThrowAsync<InvalidOperationException>(database.OpenAsync);
        error.Message.ShouldContain("999");
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task A_batch_with_the_same_text_twice_stores_it_once_with_both_sources(StoreKind kind)
    {
        await using var database = await TestStore.CreateAsync(kind);
        await using var store = await database.OpenAsync();

        var outcome = await store.StoreAsync([Analysed("a.txt", "Twice in one batch.", Protest(0, 5)), Analysed("b.txt", "Twice in one batch.", Protest(0, 5))]);

        outcome.ShouldBe(new StoreOutcome(1, 1));
        var stats = await store.StatisticsAsync();
        (stats.Documents, stats.Sources, stats.Events).ShouldBe((1L, 2L, 1L));
    }
}
