using System.Text.Json;
using Chronicle.Ingest;

namespace Chronicle.Engine.Tests;

/// <summary>
/// Clusters reach back into what earlier runs stored: a report ingested later joins the cluster of the same event,
/// look-alike events stay apart, and no stored id ever changes. Run on SQLite and on PostgreSQL.
/// </summary>
public sealed class IncrementalClusterTests
{
    private const string First = "About 300 nurses protested in Lyon on 3 March 2023 over staffing.";
    private const string Again = "Nurses rallied in Lyon on 3 March 2023, some 300 of them, over staffing, the union said.";
    private const string OtherCity = "About 300 nurses protested in Nantes on 3 March 2023 over staffing.";
    private const string OtherYear = "About 300 nurses protested in Lyon on 3 March 2024 over staffing.";
    private const string Undated = "Hundreds of nurses protested in Lyon over staffing at the city's hospitals.";
    private const string UndatedAgain = "Nurses protested over staffing at hospitals in Lyon, the union said.";

    private static readonly Place Lyon = new("Lyon", 2996944, "FR", "84", 45.75, 4.85, GeoPrecision.City);
    private static readonly Place Nantes = new("Nantes", 2990969, "FR", "52", 47.22, -1.55, GeoPrecision.City);

    internal static readonly Pipeline Coder = Pipeline.Of(new FixedEvents(new Dictionary<string, CodedEvent[]>(StringComparer.Ordinal)
    {
        [First] = [Protest(First, "protested", Lyon, "2023-03-03")],
        [Again] = [Protest(Again, "rallied", Lyon, "2023-03-03")],
        [OtherCity] = [Protest(OtherCity, "protested", Nantes, "2023-03-03")],
        [OtherYear] = [Protest(OtherYear, "protested", Lyon, "2024-03-03")],
        [Undated] = [Protest(Undated, "protested", Lyon, null)],
        [UndatedAgain] = [Protest(UndatedAgain, "protested", Lyon, null)],
    }));

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task A_report_ingested_in_a_later_run_joins_the_stored_cluster_and_look_alikes_stay_apart(StoreKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        foreach (var text in new[] { First, OtherCity, OtherYear, Again })
        {
            // A run each, with a store opened afresh: nothing is remembered but what the database holds.
            await using var store = await StoreFactory.OpenAsync(database.Name, TimeProvider.System);
            await new IngestRunner(Coder, store).RunAsync([Read(text, new DateOnly(2024, 3, 4))], Fail);
        }

        var clusters = await ClustersByTextAsync(database.Name);
        clusters[Again].ShouldBe(clusters[First]);
        clusters[OtherCity].ShouldNotBe(clusters[First]);
        clusters[OtherYear].ShouldNotBe(clusters[First]);
        clusters[OtherYear].ShouldNotBe(clusters[OtherCity]);
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Undated_reports_of_one_place_join_across_runs(StoreKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        foreach (var text in new[] { Undated, UndatedAgain })
        {
            await using var store = await StoreFactory.OpenAsync(database.Name, TimeProvider.System);
            await new IngestRunner(Coder, store).RunAsync([new DocumentRead(new Document("wire:" + text[..24], null, null, text))], Fail);
        }

        var clusters = await ClustersByTextAsync(database.Name);
        clusters[UndatedAgain].ShouldBe(clusters[Undated]);
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Ingesting_in_two_runs_gives_the_ids_of_one_run(StoreKind kind)
    {
        await using var together = await TestDatabase.CreateAsync(kind);
        await using var apart = await TestDatabase.CreateAsync(kind);
        var a = Read(First, new DateOnly(2023, 3, 3));
        var b = Read(Again, new DateOnly(2023, 3, 4));
        await using (var store = await StoreFactory.OpenAsync(together.Name, TimeProvider.System))
        {
            await new IngestRunner(Coder, store).RunAsync([a, b], Fail);
        }

        foreach (var run in new[] { a, b })
        {
            await using var store = await StoreFactory.OpenAsync(apart.Name, TimeProvider.System);
            await new IngestRunner(Coder, store).RunAsync([run], Fail);
        }

        var expected = await ClustersByTextAsync(together.Name);
        (await ClustersByTextAsync(apart.Name)).ShouldBe(expected);
        expected[First].ShouldBe(expected[Again]);
    }

    internal static async Task<Dictionary<string, string>> ClustersByTextAsync(string database)
    {
        await using var store = await StoreFactory.OpenAsync(database, TimeProvider.System);
        var clusters = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var json in store.ReadArticlesJsonAsync())
        {
            using var article = JsonDocument.Parse(json);
            var coded = article.RootElement.GetProperty("events").EnumerateArray().Single();
            clusters[article.RootElement.GetProperty("text").GetString()!] = coded.GetProperty("cluster_id").GetString()!;
        }

        return clusters;
    }

    internal static DocumentRead Read(string text, DateOnly published) => new(new Document("wire:" + text[..24], null, published, text));

    internal static void Fail(ReadFailure failure) => throw new InvalidOperationException(failure.ToString());

    /// <summary>A protest in Lyon on 3 March 2023 with 300 taking part, as a coder would find it in <paramref name="text"/>.</summary>
    internal static CodedEvent Protest(string text, string trigger) => Protest(text, trigger, Lyon, "2023-03-03");

    private static CodedEvent Protest(string text, string trigger, Place place, string? date)
    {
        var at = text.IndexOf(trigger, StringComparison.Ordinal);
        var count = Math.Max(0, text.IndexOf("300", StringComparison.Ordinal));
        return new CodedEvent(PloverType.Protest, "demonstrate", new TextSpan(at, at + trigger.Length), new TextSpan(0, text.Length),
            [new EventActor(ActorRole.Source, new TextSpan(0, 0), "nurses", null, "FR")], place, date is null ? null : new EventDate(date, DatePrecision.Day, "3 March"),
            [new EventCount(CountKind.Participants, new Quantity(new TextSpan(count, count + 3), 300, null, null, Qualifier.Approx, null))],
            Modality.Asserted, null, 0.9);
    }
}
