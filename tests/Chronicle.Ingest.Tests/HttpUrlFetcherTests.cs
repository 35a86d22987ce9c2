using Chronicle.Ingest.Fetching;

namespace Chronicle.Ingest.Tests;

public sealed class HttpUrlFetcherTests : IAsyncLifetime
{
    private const string Page = "<html><body><article><p>Served article text.</p></article></body></html>";

    private static readonly ReaderLimits Local = ReaderLimits.Default with
    {
        AllowPrivateAddresses = true,
        FetchTimeout = TimeSpan.FromSeconds(5),
        MaxDocumentBytes = 64 * 1024,
    };

    private readonly HttpUrlFetcher _fetcher = new();
    private readonly LoopbackServer _server = new(Respond);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _fetcher.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public void An_html_page_is_fetched_with_its_extension()
    {
        var fetched = _fetcher.Fetch(_server.Url("/page"), Local);

        fetched.Failure.ShouldBeNull();
        fetched.Extension.ShouldBe(".html");
        new StreamReader(fetched.Content!).ReadToEnd().ShouldBe(Page);
    }

    [Fact]
    public void Redirects_within_the_limit_are_followed()
    {
        var fetched = _fetcher.Fetch(_server.Url("/hop/3"), Local);

        fetched.Failure.ShouldBeNull();
        fetched.Extension.ShouldBe(".xml");
    }

    [Fact]
    public void A_redirect_chain_longer_than_the_limit_fails()
    {
        _fetcher.Fetch(_server.Url("/hop/4"), Local).Failure.ShouldBe("more than 3 redirects");
    }

    [Fact]
    public void A_redirect_to_another_scheme_is_refused()
    {
        _fetcher.Fetch(_server.Url("/to-file"), Local).Failure!.ShouldContain("only http and https");
    }

    [Fact]
    public void A_body_over_the_cap_fails()
    {
        _fetcher.Fetch(_server.Url("/big"), Local).Failure!.ShouldContain("larger than the 64 KB limit");
    }

    [Fact]
    public void A_body_without_a_length_is_cut_at_the_cap()
    {
        _fetcher.Fetch(_server.Url("/big-stream"), Local).Failure!.ShouldContain("larger than the 64 KB limit");
    }

    [Fact]
    public void A_404_fails_with_the_status_code()
    {
        _fetcher.Fetch(_server.Url("/missing"), Local).Failure!.ShouldStartWith("HTTP 404");
    }

    [Fact]
    public void A_slow_response_times_out()
    {
        var fetched = _fetcher.Fetch(_server.Url("/slow"), Local with { FetchTimeout = TimeSpan.FromMilliseconds(300) });

        fetched.Failure.ShouldBe("timed out after 0.3 s");
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]:9/")]
    [InlineData("http://10.0.0.1/")]
    public void Default_limits_refuse_internal_addresses_before_connecting(string url)
    {
        var fetched = _fetcher.Fetch(new Uri(url), ReaderLimits.Default);

        fetched.Content.ShouldBeNull();
        fetched.Failure!.ShouldContain("internal address");
    }

    [Fact]
    public void Default_limits_refuse_the_test_server_itself()
    {
        _fetcher.Fetch(_server.Url("/page"), ReaderLimits.Default).Failure!.ShouldContain("internal address");
    }

    [Fact]
    public void A_fetched_page_is_read_through_the_input_expander()
    {
        var expander = new InputExpander(DocumentReaders.CreateDefault(Local), _fetcher, () => Stream.Null);
        var url = _server.Url("/page").ToString();

        var document = expander.Read([url]).ToList().ShouldHaveSingleItem().ShouldBeOfType<DocumentRead>().Document;

        document.Source.ShouldBe(url);
        document.Text.ShouldBe("Served article text.");
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/feed.xml")]
    public void Other_schemes_are_refused_by_the_input_expander(string input)
    {
        var expander = new InputExpander(DocumentReaders.CreateDefault(Local), _fetcher, () => Stream.Null);

        var failure = expander.Read([input]).ToList().ShouldHaveSingleItem().ShouldBeOfType<ReadFailure>();

        failure.Reason.ShouldContain("only http and https");
    }

    private static async Task<byte[]> Respond(string path, CancellationToken cancellation)
    {
        if (path.StartsWith("/hop/", StringComparison.Ordinal))
        {
            var left = int.Parse(path[5..], System.Globalization.CultureInfo.InvariantCulture);
            return left == 0
                ? LoopbackServer.Response(200, "application/rss+xml; charset=utf-8", "<rss/>")
                : LoopbackServer.Response(302, "text/plain", string.Empty, $"/hop/{left - 1}");
        }

        switch (path)
        {
            case "/page":
                return LoopbackServer.Response(200, "text/html; charset=utf-8", Page);
            case "/to-file":
                return LoopbackServer.Response(301, "text/plain", string.Empty, "file:///etc/passwd");
            case "/big":
                return LoopbackServer.Response(200, "text/plain", new string('x', 200 * 1024));
            case "/big-stream":
                return [.. "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"u8, .. new byte[200 * 1024]];
            case "/slow":
                await Task.Delay(TimeSpan.FromSeconds(3), cancellation);
                return LoopbackServer.Response(200, "text/plain", "late");
            default:
                return LoopbackServer.Response(404, "text/plain", "not found");
        }
    }
}
