using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Chronicle.Reliability.Tests;

/// <summary>
/// Slowloris: clients that trickle their headers or their body are cut off by the server's timeouts (headers 10 s,
/// body at least 1 KB/s after 5 s of grace), while other callers are served meanwhile.
/// </summary>
public sealed class SlowClientTests(ApiServer server) : IClassFixture<ApiServer>
{
    private static readonly TimeSpan CutOffBound = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task Clients_trickling_headers_or_bodies_are_cut_off_while_others_are_served()
    {
        var slowHeaders = Enumerable.Range(0, 20).Select(_ => TrickleAsync(
            "GET /api/events HTTP/1.1\r\nHost: x\r\n", Enumerable.Repeat("X-a: b\r\n", 1000))).ToList();
        var slowBody = TrickleAsync(
            $"POST /api/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {ApiServer.Token}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n",
            Enumerable.Repeat("[", 100_000).Select(_ => "[["));

        var served = 0;
        while (!slowHeaders.All(t => t.IsCompleted) || !slowBody.IsCompleted)
        {
            using var response = await server.Client.GetAsync(new Uri("/api/events?limit=5", UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            served++;
            await Task.Delay(200);
        }

        var headerTimes = await Task.WhenAll(slowHeaders);
        var bodyTime = await slowBody;
        Figures.Record("slowloris", string.Create(CultureInfo.InvariantCulture,
            $"20 slow-header clients cut off after at most {headerTimes.Max().TotalSeconds:0.0} s, a slow-body client after {bodyTime.TotalSeconds:0.0} s; {served} normal requests served meanwhile, all 200"));
        headerTimes.ShouldAllBe(t => t < CutOffBound);
        bodyTime.ShouldBeLessThan(CutOffBound);
        served.ShouldBeGreaterThan(5);
    }

    /// <summary>Sends <paramref name="head"/>, then one piece a second until the server closes; how long that took.</summary>
    private async Task<TimeSpan> TrickleAsync(string head, IEnumerable<string> pieces)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.BaseAddress.Port);
        var stream = client.GetStream();
        var started = Stopwatch.GetTimestamp();
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            foreach (var piece in pieces)
            {
                if (Stopwatch.GetElapsedTime(started) > 2 * CutOffBound)
                {
                    break; // never cut off: the assertion reports it
                }

                await Task.Delay(1000);
                await stream.WriteAsync(Encoding.ASCII.GetBytes(piece));
                if (client.Client.Poll(0, SelectMode.SelectRead) && client.Client.Available == 0)
                {
                    break; // closed by the server
                }

                if (client.Client.Available > 0)
                {
                    break; // the server answered (408 or 413) and will close
                }
            }
        }
        catch (IOException)
        {
            // The server closed the connection mid-write: cut off.
        }

        return Stopwatch.GetElapsedTime(started);
    }
}
