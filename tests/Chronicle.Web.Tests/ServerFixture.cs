using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Chronicle.Web.Tests;

/// <summary>A test database and a server over it, made fresh for each test class instance.</summary>
public abstract class ServerFixture : IAsyncLifetime
{
    private ChronicleFactory? _factory;

    protected TestDatabase Database { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected virtual WebOptions Options(string database) => new(database);

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        _factory = new ChronicleFactory(Options(Database.Path));
        Client = _factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static IEnumerable<string> Strings(JsonElement items, Func<JsonElement, JsonElement> select) =>
        items.EnumerateArray().Select(item => select(item).GetString()!);

    protected static HttpRequestMessage WithToken(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
