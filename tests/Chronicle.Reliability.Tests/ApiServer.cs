using System.Net.Http.Headers;
using System.Net.Http.Json;
using Chronicle.Web;
using Microsoft.AspNetCore.Builder;

namespace Chronicle.Reliability.Tests;

/// <summary>
/// The real server (Kestrel with its limits) on a loopback port over a fresh SQLite file, with a token, holding a dozen
/// invented articles posted through the API itself. Shared by the tests of one class.
/// </summary>
public sealed class ApiServer : IAsyncLifetime
{
    public const string Token = "reliability-token-7f3a";
    public const int Articles = 12;

    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-api-").FullName;
    private WebApplication? _app;

    public string Database => Path.Combine(_directory, "api.db");

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _app = await ChronicleWebHost.CreateAsync(new WebOptions(Database, Token), "http://127.0.0.1:0");
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var random = new Random(5);
        var articles = Enumerable.Range(0, Articles).Select(i => new
        {
            url = $"https://example.org/report/{i}",
            title = $"Report {i}",
            published = "2024-03-05",
            text = InventedArticles.Text(i, random, 4),
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(articles) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
