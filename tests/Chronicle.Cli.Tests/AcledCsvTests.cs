using Chronicle.Contract;
using Chronicle.Contract.Exports;

namespace Chronicle.Cli.Tests;

public sealed class AcledCsvTests
{
    private static readonly AcledLookups Lookups = new(
        code => code == "FR" ? new AcledCountry("FRA", "250", "France", "Europe") : null,
        (type, _) => type == "Protests" ? "Demonstrations" : "Strategic developments",
        name => name.Contains("police", StringComparison.OrdinalIgnoreCase) ? 1 : name.Contains("armers", StringComparison.Ordinal) ? 7 : null,
        1_700_000_000);

    [Fact]
    public void The_header_is_ACLEDs_31_columns_in_ACLEDs_order()
    {
        AcledCsv.Columns.Count.ShouldBe(31);
        Csv.Line(AcledCsv.Columns).ShouldStartWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,");
        AcledCsv.Columns[^1].ShouldBe("timestamp");
    }

    [Fact]
    public void A_protest_row_carries_place_date_actors_fatalities_and_the_quoted_evidence()
    {
        var row = new AcledCsv(Lookups).Rows(Article(Protest())).Single();
        var cell = AcledCsv.Columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => row[p.i]);

        row.Count.ShouldBe(31);
        cell["event_id_cnty"].ShouldBe("FRA1");
        cell["event_date"].ShouldBe("2024-03-04");
        cell["year"].ShouldBe("2024");
        cell["time_precision"].ShouldBe("2");
        cell["disorder_type"].ShouldBe("Demonstrations");
        cell["sub_event_type"].ShouldBe("Protest with intervention");
        cell["actor1"].ShouldBe("farmers");
        cell["inter1"].ShouldBe("6");
        cell["actor2"].ShouldBe("riot police");
        cell["inter2"].ShouldBe("1");
        cell["interaction"].ShouldBe("16");
        cell["iso"].ShouldBe("250");
        cell["country"].ShouldBe("France");
        cell["location"].ShouldBe("Lyon");
        cell["geo_precision"].ShouldBe("1");
        cell["latitude"].ShouldBe("45.7500");
        cell["fatalities"].ShouldBe("2");
        cell["source"].ShouldBe("news/lyon.txt");
        cell["timestamp"].ShouldBe("1700000000");
        Csv.Line(row).ShouldContain("\"Farmers, angry at \"\"cheap\"\" imports, blocked roads.\"");
    }

    [Fact]
    public void Events_without_an_ACLED_type_are_left_out_and_ids_count_per_country()
    {
        var export = new AcledCsv(Lookups);
        var rows = export.Rows(Article(Protest(), Protest() with { Acled = null }, Protest())).ToList();

        rows.Count.ShouldBe(2);
        rows.Select(r => r[0]).ShouldBe(["FRA1", "FRA2"]);
    }

    [Fact]
    public void An_event_with_no_date_of_its_own_gets_no_date_rather_than_the_articles()
    {
        var row = new AcledCsv(Lookups).Rows(Article(Protest() with { Date = null })).Single();

        row[1].ShouldBeNull();
        row[3].ShouldBeNull();
    }

    private static EventJson Protest() => new(
        "abc-0", "PROTEST", "demo", new SpanJson("blocked", 0, 7),
        [new ActorJson("source", "Farmers", 0, 7, "farmers", null, "FR"), new ActorJson("target", "riot police", 0, 0, "riot police", null, "FR")],
        new EventPlaceJson("Lyon", 2996944, "FR", "84", 45.75, 4.85, "city"),
        new EventDateJson("2024-W10", "week", "last week"),
        new Dictionary<string, CountJson> { ["killed"] = new(2, null, null, "exact", "two") },
        "asserted", null, new SpanJson("Farmers, angry at \"cheap\" imports, blocked roads.", 0, 10), 0.8, null,
        new AcledJson("Protests", "Protest with intervention"), "14");

    private static ArticleJson Article(params EventJson[] events) =>
        new("abc", "news/lyon.txt", null, "2024-03-08", "text", [], [], [], [], [], events, null, "test");
}
