using System.Text.Json;

namespace Chronicle.Web.Tests;

public sealed class EventsApiTests : ServerFixture
{
    private static IEnumerable<string> Triggers(JsonElement page) => Strings(page.GetProperty("items"), i => i.GetProperty("event").GetProperty("trigger").GetProperty("text"));

    [Fact]
    public async Task Events_come_newest_first_with_their_article_and_a_total()
    {
        var page = await GetJsonAsync("/api/events");

        page.GetProperty("total").GetInt64().ShouldBe(3);
        Triggers(page).ShouldBe(["shelled", "marched", "marched"]);
        var first = page.GetProperty("items")[0];
        first.GetProperty("title").GetString().ShouldBe("Town shelled");
        first.GetProperty("day").GetString().ShouldBe("2024-04-12");
        first.GetProperty("event").GetProperty("place").GetProperty("country").GetString().ShouldBe("UA");
        page.GetProperty("next").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("type=PROTEST", 2)]
    [InlineData("type=assault", 1)]
    [InlineData("from=2024-04-01", 1)]
    [InlineData("to=2024-03-05", 2)]
    [InlineData("from=2024-03-06&to=2024-04-11", 0)]
    [InlineData("country=fr", 2)]
    [InlineData("acled=Protests", 2)]
    [InlineData("acled=shelling/artillery/missile attack", 1)]
    [InlineData("actor=teachers", 2)]
    [InlineData("actor=e-artillery", 1)]
    [InlineData("actor=Velmora", 1)]
    [InlineData("q=police", 1)]
    [InlineData("q=govern*", 1)]
    [InlineData("q=teachers\"", 2)]
    [InlineData("cluster=c-march", 2)]
    [InlineData("type=PROTEST&q=organisers&country=FR", 1)]
    [InlineData("min_confidence=0.8", 2)]
    [InlineData("min_confidence=0.85&type=PROTEST", 1)]
    [InlineData("min_confidence=0", 3)]
    public async Task Filters_narrow_the_events(string query, int expected)
    {
        var page = await GetJsonAsync("/api/events?" + query.Replace("\"", "%22", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal));

        page.GetProperty("total").GetInt64().ShouldBe(expected);
        page.GetProperty("items").GetArrayLength().ShouldBe(expected);
    }

    [Fact]
    public async Task Pages_link_to_the_next_one_until_the_last()
    {
        var first = await GetJsonAsync("/api/events?limit=2&sort=confidence");
        Strings(first.GetProperty("items"), i => i.GetProperty("event").GetProperty("type")).ShouldBe(["ASSAULT", "PROTEST"]);
        var next = first.GetProperty("next").GetString()!;
        next.ShouldContain("offset=2");

        var second = await GetJsonAsync(next);
        second.GetProperty("items").GetArrayLength().ShouldBe(1);
        second.GetProperty("items")[0].GetProperty("event").GetProperty("confidence").GetDouble().ShouldBe(0.9);
        second.GetProperty("next").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task One_event_is_found_by_id_and_an_unknown_one_is_a_404()
    {
        var page = await GetJsonAsync("/api/events?type=ASSAULT");
        var id = page.GetProperty("items")[0].GetProperty("event").GetProperty("id").GetString();

        var found = await GetJsonAsync($"/api/events/{id}");
        found.GetProperty("event").GetProperty("mode").GetString().ShouldBe("aerial");
        using var missing = await Client.GetAsync("/api/events/nope-1");
        ((int)missing.StatusCode).ShouldBe(404);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Events_come_as_csv_in_the_export_columns_by_parameter_or_accept_header()
    {
        var byParameter = await Client.GetStringAsync("/api/events?format=csv&type=ASSAULT");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events?type=ASSAULT");
        request.Headers.Accept.ParseAdd("text/csv");
        using var byHeader = await Client.SendAsync(request);

        byHeader.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await byHeader.Content.ReadAsStringAsync()).ShouldBe(byParameter);
        var lines = byParameter.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[0].ShouldStartWith("event_id,event_date,date_precision,year,plover_type");
        lines[1].ShouldContain("ASSAULT");
        lines[1].ShouldContain("Velmora");
    }

    [Fact]
    public async Task Events_with_coordinates_come_as_geojson_points_longitude_first()
    {
        using var response = await Client.GetAsync("/api/events?format=geojson&type=PROTEST");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/geo+json");
        var geo = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        geo.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var features = geo.GetProperty("features");
        features.GetArrayLength().ShouldBe(2);
        var point = features[0].GetProperty("geometry");
        point.GetProperty("type").GetString().ShouldBe("Point");
        point.GetProperty("coordinates")[0].GetDouble().ShouldBe(4.85);
        point.GetProperty("coordinates")[1].GetDouble().ShouldBe(45.75);
        features[0].GetProperty("properties").GetProperty("event_type").GetString().ShouldBe("PROTEST");
    }

    [Theory]
    [InlineData("day", "2024-03-05", "2024-04-12")]
    [InlineData("week", "2024-03-04", "2024-04-08")]
    [InlineData("month", "2024-03", "2024-04")]
    public async Task The_timeline_counts_events_by_period_and_type(string interval, string firstPeriod, string lastPeriod)
    {
        var timeline = await GetJsonAsync($"/api/events/timeline?interval={interval}");

        timeline.GetProperty("interval").GetString().ShouldBe(interval);
        var buckets = timeline.GetProperty("buckets");
        buckets.GetArrayLength().ShouldBe(2);
        buckets[0].GetProperty("period").GetString().ShouldBe(firstPeriod);
        buckets[0].GetProperty("type").GetString().ShouldBe("PROTEST");
        buckets[0].GetProperty("count").GetInt64().ShouldBe(2);
        buckets[1].GetProperty("period").GetString().ShouldBe(lastPeriod);
    }

    [Fact]
    public async Task The_timeline_comes_as_csv_too()
    {
        var csv = await Client.GetStringAsync("/api/events/timeline?interval=month&format=csv&type=PROTEST");

        csv.ShouldBe("period,type,count\r\n2024-03,PROTEST,2\r\n");
    }
}
