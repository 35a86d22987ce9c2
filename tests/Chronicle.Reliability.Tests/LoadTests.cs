using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Chronicle.Reliability.Tests;

/// <summary>
/// A bounded load run: a real <c>serve</c> process on a loopback port is read by concurrent clients for a fixed time
/// while a real <c>ingest</c> process writes the same SQLite file. Every request is answered, none with a 5xx.
/// </summary>
[Collection(nameof(LoadTests))]
public sealed class LoadTests : IDisposable
{
    private const int Connections = 8;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-load-").FullName;

    private static readonly string[] Paths =
    [
        "/api/events?limit=20", "/api/documents?limit=20", "/api/documents?q=marched", "/api/events/timeline", "/api/actors",
        "/api/places", "/api/clusters", "/api/events?type=PROTEST&sort=-confidence", "/api/events?format=csv", "/",
        "/api/events?from=2024-03-01&to=2024-03-10", "/api/documents?q=officials%20said&sort=title",
    ];

    [Fact]
    public async Task Serve_answers_every_request_without_a_5xx_while_ingest_writes()
    {
        var db = Path.Combine(_directory, "load.db");
        InventedArticles.WriteFiles(Path.Combine(_directory, "first"), 60, seed: 11, sentences: 8);
        InventedArticles.WriteFiles(Path.Combine(_directory, "more"), 150, seed: 12, sentences: 20);
        using (var seed = new CliProcess(_directory, "ingest", "first", "--db", db, "--threads", "1"))
        {
            (await seed.WaitAsync(Patience)).ShouldBe(0, seed.Error);
        }

        var port = FreePort();
        using var serve = new CliProcess(_directory, "serve", "--db", db, "--urls", $"http://127.0.0.1:{port}");
        await serve.WaitForOutputAsync("Chronicle is serving", TimeSpan.FromSeconds(60));
        using var ingest = new CliProcess(_directory, "ingest", "more", "--db", db, "--threads", "1", "--batch-size", "4");
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        foreach (var path in Paths)
        {
            using var warm = await client.GetAsync(new Uri(path, UriKind.Relative)); // compile each endpoint once, as a running server has
        }

        var storedBefore = SqliteFile.Count(db, "SELECT count(*) FROM documents");
        while (SqliteFile.Count(db, "SELECT count(*) FROM documents") == storedBefore && !ingest.HasExited)
        {
            await Task.Delay(50); // the load starts once ingest is writing, not while it loads its models
        }

        storedBefore = SqliteFile.Count(db, "SELECT count(*) FROM documents");

        var results = await Task.WhenAll(Enumerable.Range(0, Connections).Select(i => LoadAsync(client, i)));

        var storedDuring = SqliteFile.Count(db, "SELECT count(*) FROM documents") - storedBefore;
        (await ingest.WaitAsync(Patience)).ShouldBe(0, ingest.Error);
        var latencies = results.SelectMany(r => r.Latencies).Order().ToList();
        var errors = results.Sum(r => r.Errors);
        var serverErrors = results.Sum(r => r.ServerErrors);
        var seconds = Duration.TotalSeconds;
        Figures.Record("load", string.Create(CultureInfo.InvariantCulture,
            $"{latencies.Count:N0} requests in {seconds:0} s over {Connections} connections while ingest stored {storedDuring} articles: {latencies.Count / seconds:N0} req/s, p50 {Percentile(latencies, 0.50):0.0} ms, p99 {Percentile(latencies, 0.99):0.0} ms, max {latencies[^1]:0} ms, {errors} errors, {serverErrors} 5xx"));
        serverErrors.ShouldBe(0, results.SelectMany(r => r.Samples).FirstOrDefault());
        errors.ShouldBe(0, results.SelectMany(r => r.Samples).FirstOrDefault());
        latencies.Count.ShouldBeGreaterThan(100);
        storedDuring.ShouldBeGreaterThan(0, "ingest was writing during the run");
        SqliteFile.IntegrityCheck(db).ShouldBe("ok");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<LoadResult> LoadAsync(HttpClient client, int worker)
    {
        var result = new LoadResult();
        var stopAt = Stopwatch.GetTimestamp() + (long)(Duration.TotalSeconds * Stopwatch.Frequency);
        for (var i = worker; Stopwatch.GetTimestamp() < stopAt; i++)
        {
            var path = Paths[i % Paths.Length];
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                var body = await response.Content.ReadAsByteArrayAsync();
                if ((int)response.StatusCode >= 500)
                {
                    result.ServerErrors++;
                    result.Samples.Add($"{path}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
                }
                else if (response.StatusCode != HttpStatusCode.OK)
                {
                    result.Errors++;
                    result.Samples.Add($"{path}: {(int)response.StatusCode}");
                }
            }
            catch (HttpRequestException e)
            {
                result.Errors++;
                result.Samples.Add($"{path}: {e.Message}");
            }

            result.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return result;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The load run has the machine to itself: after the parallel tests, so its figures mean something.</summary>
    [CollectionDefinition(nameof(LoadTests), DisableParallelization = true)]
    public sealed class Alone;

    private sealed class LoadResult
    {
        public List<double> Latencies { get; } = [];

        public List<string> Samples { get; } = [];

        public int Errors { get; set; }

        public int ServerErrors { get; set; }
    }
}
