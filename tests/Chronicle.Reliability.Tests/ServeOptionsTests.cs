using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Chronicle.Reliability.Tests;

/// <summary>The server's limits are options of <c>chronicle serve</c>: tightened ones are what the real process enforces.</summary>
public sealed class ServeOptionsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-serve-options-").FullName;

    [Fact]
    public async Task Tightened_body_and_header_limits_are_enforced_by_the_serve_process()
    {
        var port = LoadTests.FreePort();
        using var serve = new CliProcess(_directory, "serve", "--db", Path.Combine(_directory, "o.db"), "--urls", $"http://127.0.0.1:{port}",
            "--token", "t0ken", "--max-body-bytes", "1000", "--headers-timeout", "2");
        await serve.WaitForOutputAsync("Chronicle is serving", TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = new StringContent("{\"text\":\"" + new string('a', 2000) + "\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "t0ken");
        request.Headers.ExpectContinue = true;

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        using var slow = new TcpClient();
        await slow.ConnectAsync(IPAddress.Loopback, port);
        var stream = slow.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: x\r\n"));
        var started = Stopwatch.GetTimestamp();
        var buffer = new byte[4096];
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await stream.ReadAsync(buffer, wait.Token) > 0)
        {
            // Drain the 408 the server may send before it closes.
        }

        var cutOff = Stopwatch.GetElapsedTime(started);
        cutOff.ShouldBeLessThan(TimeSpan.FromSeconds(9), "a 2 s header timeout, checked about once a second");
        Figures.Record("serve options", string.Create(CultureInfo.InvariantCulture,
            $"--max-body-bytes 1000: a 2 KB post -> 413; --headers-timeout 2: a client sending no end of headers cut off after {cutOff.TotalSeconds:0.0} s"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
