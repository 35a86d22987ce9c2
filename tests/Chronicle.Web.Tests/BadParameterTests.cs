using System.Net.Http.Json;
using System.Text.Json;

namespace Chronicle.Web.Tests;

public sealed class BadParameterTests : ServerFixture
{
    [Theory]
    [InlineData("/api/events?from=2024-13-01", "from")]
    [InlineData("/api/events?from=yesterday", "from")]
    [InlineData("/api/events?to=2024/03/05", "to")]
    [InlineData("/api/events?from=2024-05-01&to=2024-04-01", "to")]
    [InlineData("/api/events?type=RIOT", "type")]
    [InlineData("/api/events?country=FRA", "country")]
    [InlineData("/api/events?min_confidence=1.5", "min_confidence")]
    [InlineData("/api/events?min_confidence=high", "min_confidence")]
    [InlineData("/api/events?min_confidence=-0.1", "min_confidence")]
    [InlineData("/api/events?min_confidence=NaN", "min_confidence")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=1001", "limit")]
    [InlineData("/api/events?limit=ten", "limit")]
    [InlineData("/api/events?offset=-1", "offset")]
    [InlineData("/api/events?sort=size", "sort")]
    [InlineData("/api/events?format=xml", "format")]
    [InlineData("/api/documents?format=geojson", "format")]
    [InlineData("/api/events/timeline?interval=hour", "interval")]
    [InlineData("/api/actors?sort=date", "sort")]
    [InlineData("/api/places?limit=5000", "limit")]
    [InlineData("/api/clusters?from=01-02-2024", "from")]
    [InlineData("/api/documents?sort=-events", "sort")]
    public async Task A_bad_parameter_is_a_400_problem_that_names_it(string url, string parameter)
    {
        using var response = await Client.GetAsync(url);

        ((int)response.StatusCode).ShouldBe(400);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("parameter").GetString().ShouldBe(parameter);
        problem.GetProperty("title").GetString()!.ShouldContain(parameter);
        problem.GetProperty("status").GetInt32().ShouldBe(400);
    }

    [Fact]
    public async Task A_long_search_is_refused_by_name()
    {
        using var response = await Client.GetAsync("/api/events?q=" + new string('a', 201));

        ((int)response.StatusCode).ShouldBe(400);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString().ShouldBe("q");
    }
}
