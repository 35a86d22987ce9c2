using System.Net;
using System.Net.Http.Headers;
using Chronicle.Web.Hosting;

namespace Chronicle.Web.Tests;

/// <summary>The limits live in Kestrel, so these tests run the real server on a loopback port, not the test server.</summary>
public sealed class ServerLimitsTests
{
    [Fact]
    public async Task A_body_larger_than_the_limit_is_refused_with_413()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = await ChronicleWebHost.CreateAsync(new WebOptions(database.Path, Token: "secret"), "http://127.0.0.1:0");
        await app.StartAsync();
        // A long wait for "100 Continue": on a busy machine the default second can pass before the server answers,
        // the client then sends the body and the server's early close shows as a broken pipe instead of the 413.
        using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(app.Urls.First()) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = new ByteArrayContent(new byte[ServerLimits.Default.MaxRequestBodyBytes + 1]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "secret");
        request.Headers.ExpectContinue = true; // the server answers before the body is sent, as a careful client would see it

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        await app.StopAsync();
    }

    [Fact]
    public async Task The_server_does_not_name_itself()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = await ChronicleWebHost.CreateAsync(new WebOptions(database.Path), "http://127.0.0.1:0");
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var response = await client.GetAsync(new Uri("/api/events", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Server.ShouldBeEmpty();
        await app.StopAsync();
    }
}
