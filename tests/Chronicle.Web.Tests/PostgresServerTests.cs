using System.Net.Http.Json;
using System.Text.Json;
using Chronicle.Engine;
using Chronicle.Storage.Tests;
using Chronicle.Storage.Tests.Queries;

namespace Chronicle.Web.Tests;

/// <summary>The server over a PostgreSQL database (<c>serve --db postgres://...</c>), on the test server of <c>CHRONICLE_TEST_PG</c>.</summary>
public sealed class PostgresServerTests : IAsyncLifetime
{
    private PostgresTestDatabase? _database;
    private ChronicleFactory? _factory;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        await using (var store = await StoreFactory.OpenAsync(_database.ConnectionString, TimeProvider.System))
        {
            await store.StoreAsync(QuerySamples.Articles);
        }

        _factory = new ChronicleFactory(new WebOptions(_database.ConnectionString));
        _client = _factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Events_are_filtered_and_searched_as_on_sqlite()
    {
        (await GetAsync("/api/events")).GetProperty("total").GetInt64().ShouldBe(3);
        (await GetAsync("/api/events?q=police")).GetProperty("total").GetInt64().ShouldBe(1);
        (await GetAsync("/api/events?q=govern*&country=ua")).GetProperty("total").GetInt64().ShouldBe(1);
        var timeline = await GetAsync("/api/events/timeline?interval=week");
        timeline.GetProperty("buckets")[0].GetProperty("period").GetString().ShouldBe("2024-03-04");
    }

    [Fact]
    public async Task Clusters_documents_and_actors_come_from_postgresql()
    {
        var cluster = await GetAsync("/api/clusters/c-march");
        cluster.GetProperty("events").GetInt64().ShouldBe(2);
        var documents = await GetAsync("/api/documents?q=wages");
        documents.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe("Lyon teachers protest");
        (await GetAsync("/api/actors/e-artillery")).GetProperty("canonical").GetString().ShouldBe("Artillery");
    }

    private async Task<JsonElement> GetAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
