using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Chronicle.Ingest;
using Chronicle.Ingest.Fetching;
using Chronicle.Ingest.Tests;

namespace Chronicle.Reliability.Tests;

/// <summary>
/// URLs given to Chronicle cannot reach the machine's own network: not by loopback names or numeric tricks, not by a
/// redirect from an allowed server, not through another scheme, and posting an article with a URL fetches nothing.
/// </summary>
public sealed class ServerSideRequestForgeryTests(ApiServer server) : IClassFixture<ApiServer>
{
    // The "internal service" a forged request would reach.
    private static readonly Func<string, CancellationToken, Task<byte[]>> Secret =
        LoopbackServer.Always(LoopbackServer.Response(200, "text/plain", "secret internal data, never to leak."));

    public static TheoryData<string> LoopbackForms =>
    [
        "http://localhost:{0}/", "http://LOCALHOST:{0}/", "http://127.0.0.1:{0}/", "http://127.1:{0}/", "http://2130706433:{0}/",
        "http://0x7f000001:{0}/", "http://0177.0.0.1:{0}/", "http://[::1]:{0}/", "http://[::ffff:127.0.0.1]:{0}/", "http://0.0.0.0:{0}/",
        "http://[::]:{0}/", "https://localhost:{0}/", "http://user:pass@127.0.0.1:{0}/", "http://localhost.:{0}/",
    ];

    [Theory]
    [MemberData(nameof(LoopbackForms))]
    public async Task Loopback_in_any_spelling_is_refused_before_connecting(string form)
    {
        await using var service = new LoopbackServer(IPAddress.IPv6Any, Secret);
        using var fetcher = new HttpUrlFetcher();
        var url = new Uri(string.Format(CultureInfo.InvariantCulture, form, service.Port));

        var fetched = await fetcher.FetchAsync(url, ReaderLimits.Default with { FetchTimeout = TimeSpan.FromSeconds(5) }, CancellationToken.None);

        fetched.Content.ShouldBeNull();
        fetched.Failure.ShouldNotBeNullOrWhiteSpace();
        service.Accepted.ShouldBe(0);
        SsrfFigures.Refused(form);
    }

    [Fact]
    public async Task A_redirect_from_an_allowed_server_to_an_internal_one_is_refused()
    {
        // Only 127.0.0.1 plays "public" here; 127.0.0.2 (also this machine) is the internal service behind it.
        var internalAddress = IPAddress.Parse("127.0.0.2");
        await using var inside = new LoopbackServer(internalAddress, Secret);
        await using var outside = new LoopbackServer(IPAddress.Loopback,
            LoopbackServer.Always(LoopbackServer.Response(302, "text/plain", string.Empty, $"http://127.0.0.2:{inside.Port}/latest/meta-data/")));
        using var fetcher = new HttpUrlFetcher(address => !address.Equals(IPAddress.Loopback));

        var fetched = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{outside.Port}/article"), ReaderLimits.Default, CancellationToken.None);

        outside.Accepted.ShouldBe(1);
        inside.Accepted.ShouldBe(0);
        fetched.Failure.ShouldNotBeNull().ShouldContain("internal address");
        SsrfFigures.Refused("redirect to internal");
    }

    [Fact]
    public async Task The_same_redirect_is_followed_when_private_addresses_are_allowed()
    {
        await using var inside = new LoopbackServer(IPAddress.Parse("127.0.0.2"),
            LoopbackServer.Always(LoopbackServer.Response(200, "text/plain", "Talks resumed today.")));
        await using var outside = new LoopbackServer(IPAddress.Loopback,
            LoopbackServer.Always(LoopbackServer.Response(302, "text/plain", string.Empty, $"http://127.0.0.2:{inside.Port}/")));
        using var fetcher = new HttpUrlFetcher();

        var fetched = await fetcher.FetchAsync(
            new Uri($"http://127.0.0.1:{outside.Port}/"), ReaderLimits.Default with { AllowPrivateAddresses = true }, CancellationToken.None);

        fetched.Failure.ShouldBeNull();
        inside.Accepted.ShouldBe(1);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("gopher://127.0.0.1:70/")]
    [InlineData("dict://127.0.0.1:11211/")]
    [InlineData("data:text/plain,hello")]
    [InlineData("javascript:alert(1)")]
    public void Other_schemes_are_refused_with_a_reason(string input)
    {
        using var fetcher = new HttpUrlFetcher();
        var readers = new InputExpander(DocumentReaders.CreateDefault(ReaderLimits.Default), fetcher, () => Stream.Null);

        var results = readers.Read([input]).ToList();

        results.ShouldHaveSingleItem().ShouldBeOfType<ReadFailure>().Reason.ShouldMatch("http and https|no such file");
        SsrfFigures.Refused(input);
    }

    [Fact]
    public async Task Posting_an_article_with_an_internal_url_stores_it_and_fetches_nothing()
    {
        await using var service = new LoopbackServer(IPAddress.Loopback, Secret);
        var url = $"http://127.0.0.1:{service.Port}/admin";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = JsonContent.Create(new { url, text = "Nurses marched in Castrel on Monday, officials said." }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiServer.Token);

        using var response = await server.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        service.Accepted.ShouldBe(0);
        using var noText = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { url }) };
        noText.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiServer.Token);
        using var refused = await server.Client.SendAsync(noText);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        service.Accepted.ShouldBe(0);
        SsrfFigures.Refused("POST with URL");
    }
}
