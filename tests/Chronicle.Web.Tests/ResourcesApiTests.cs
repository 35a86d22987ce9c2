using System.Text.Json;
using Chronicle.Storage.Tests.Queries;

namespace Chronicle.Web.Tests;

public sealed class ResourcesApiTests : ServerFixture
{
    [Fact]
    public async Task Documents_are_listed_without_text_and_searched_by_words()
    {
        var all = await GetJsonAsync("/api/documents?sort=published");
        Strings(all.GetProperty("items"), d => d.GetProperty("title")).ShouldBe(["Teachers march for pay", "Lyon teachers protest", "Town shelled"]);
        all.GetProperty("items")[0].TryGetProperty("text", out _).ShouldBeFalse();
        all.GetProperty("items")[0].GetProperty("events").GetInt64().ShouldBe(1);

        var found = await GetJsonAsync("/api/documents?q=wages");
        Strings(found.GetProperty("items"), d => d.GetProperty("title")).ShouldBe(["Lyon teachers protest"]);
        var dated = await GetJsonAsync("/api/documents?from=2024-03-06&to=2024-03-31");
        dated.GetProperty("total").GetInt64().ShouldBe(1);
        var byType = await GetJsonAsync("/api/documents?type=ASSAULT");
        Strings(byType.GetProperty("items"), d => d.GetProperty("title")).ShouldBe(["Town shelled"]);
    }

    [Fact]
    public async Task A_document_comes_with_its_text_annotations_and_sources()
    {
        var list = await GetJsonAsync("/api/documents?q=shelled");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString();

        var document = await GetJsonAsync($"/api/documents/{id}");
        document.GetProperty("article").GetProperty("text").GetString().ShouldBe(QuerySamples.ShellingText);
        document.GetProperty("article").GetProperty("events").GetArrayLength().ShouldBe(1);
        Strings(document.GetProperty("sources"), s => s).ShouldBe(["https://example.com/shelling"]);
        using var missing = await Client.GetAsync("/api/documents/0000");
        ((int)missing.StatusCode).ShouldBe(404);
    }

    [Fact]
    public async Task Actors_are_counted_by_role_and_found_by_key_or_name()
    {
        var actors = await GetJsonAsync("/api/actors");
        var first = actors.GetProperty("items")[0];
        first.GetProperty("key").GetString().ShouldBe("teachers");
        first.GetProperty("events").GetInt64().ShouldBe(2);
        first.GetProperty("as_source").GetInt64().ShouldBe(2);
        actors.GetProperty("total").GetInt64().ShouldBe(3);

        var artillery = await GetJsonAsync("/api/actors/e-artillery");
        artillery.GetProperty("canonical").GetString().ShouldBe("Artillery");
        var byName = await GetJsonAsync("/api/actors/velmora");
        byName.GetProperty("as_target").GetInt64().ShouldBe(1);
        var filtered = await GetJsonAsync("/api/actors?type=ASSAULT&sort=name");
        Strings(filtered.GetProperty("items"), a => a.GetProperty("canonical")).ShouldBe(["Artillery", "Velmora"]);
        using var missing = await Client.GetAsync("/api/actors/nobody");
        ((int)missing.StatusCode).ShouldBe(404);
    }

    [Fact]
    public async Task Places_are_counted_with_their_coordinates()
    {
        var places = await GetJsonAsync("/api/places");

        var first = places.GetProperty("items")[0];
        first.GetProperty("name").GetString().ShouldBe("Lyon");
        first.GetProperty("events").GetInt64().ShouldBe(2);
        first.GetProperty("geonameid").GetInt64().ShouldBe(2996944);
        first.GetProperty("lat").GetDouble().ShouldBe(45.75);
        (await GetJsonAsync("/api/places?country=UA")).GetProperty("total").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task Clusters_join_reports_of_one_event_across_articles()
    {
        var clusters = await GetJsonAsync("/api/clusters");
        clusters.GetProperty("total").GetInt64().ShouldBe(1);
        var march = clusters.GetProperty("items")[0];
        march.GetProperty("cluster_id").GetString().ShouldBe("c-march");
        march.GetProperty("documents").GetInt64().ShouldBe(2);
        march.GetProperty("type").GetString().ShouldBe("PROTEST");

        var cluster = await GetJsonAsync("/api/clusters/c-march");
        Strings(cluster.GetProperty("reports"), r => r.GetProperty("source")).ShouldBe(
            ["https://example.org/march", "https://example.net/lyon"], ignoreOrder: true);
        using var missing = await Client.GetAsync("/api/clusters/none");
        ((int)missing.StatusCode).ShouldBe(404);
    }

    [Theory]
    [InlineData("/api/documents?format=csv", "id,source,title,published,ingested_at,events")]
    [InlineData("/api/actors?format=csv", "key,entity_id,canonical,country,events,as_source,as_target")]
    [InlineData("/api/places?format=csv", "name,geonameid,country,latitude,longitude,events")]
    [InlineData("/api/clusters?format=csv", "cluster_id,type,events,documents,first_day,last_day")]
    public async Task Every_list_comes_as_csv(string url, string header)
    {
        var csv = await Client.GetStringAsync(url);

        csv.Split("\r\n")[0].ShouldBe(header);
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_and_its_filters()
    {
        var openApi = await GetJsonAsync("/api/openapi.json");

        var paths = openApi.GetProperty("paths");
        foreach (var path in new[] { "/api/documents", "/api/documents/{id}", "/api/events", "/api/events/{id}", "/api/events/timeline",
            "/api/actors", "/api/actors/{key}", "/api/places", "/api/clusters", "/api/clusters/{id}" })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }

        var parameters = paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        parameters.ShouldBe(["from", "to", "type", "acled", "country", "actor", "q", "cluster", "document", "min_confidence", "limit", "offset", "sort", "format"],
            ignoreOrder: true);
        paths.GetProperty("/api/documents").TryGetProperty("post", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem()
    {
        using var response = await Client.GetAsync("/api/nothing-here");

        ((int)response.StatusCode).ShouldBe(404);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32().ShouldBe(404);
    }
}
