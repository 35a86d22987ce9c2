using System.Globalization;
using System.Net;

namespace Chronicle.Ingest.Fetching;

/// <summary>
/// Fetches URLs within the reader limits: http(s) only, redirects followed one hop at a time (each re-checked),
/// internal addresses refused unless allowed, the body streamed up to the size cap, the whole fetch timed out.
/// Every problem is a one-line failure of that URL.
/// </summary>
public sealed class HttpUrlFetcher : IUrlFetcher, IDisposable
{
    private readonly HttpClient _checked;
    private readonly HttpClient _open;

    /// <summary>A fetcher that refuses internal addresses (<see cref="AddressPolicy"/>) unless the limits allow them.</summary>
    public HttpUrlFetcher()
        : this(AddressPolicy.IsInternal)
    {
    }

    /// <summary>A fetcher with its own idea of internal addresses: tests use it to play a public server on loopback.</summary>
    internal HttpUrlFetcher(Func<IPAddress, bool> isInternal)
    {
        _checked = CreateClient(CheckedConnector.Create(isInternal));
        _open = CreateClient(CheckedConnector.Create(allowInternal: true));
    }

    /// <inheritdoc />
    public UrlFetch Fetch(Uri url, ReaderLimits limits) =>
        FetchAsync(url, limits, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Fetches <paramref name="url"/>; never throws for network or server problems.</summary>
    public async Task<UrlFetch> FetchAsync(Uri url, ReaderLimits limits, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(limits);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(limits.FetchTimeout);
        try
        {
            return await FollowAsync(url, limits, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return Failed(string.Create(CultureInfo.InvariantCulture, $"timed out after {limits.FetchTimeout.TotalSeconds:0.###} s"));
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return Failed(Reason(e));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _checked.Dispose();
        _open.Dispose();
    }

    private async Task<UrlFetch> FollowAsync(Uri url, ReaderLimits limits, CancellationToken cancellation)
    {
        var client = limits.AllowPrivateAddresses ? _open : _checked;
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (!current.IsAbsoluteUri || current.Scheme is not ("http" or "https"))
            {
                return Failed($"only http and https URLs can be fetched, not {current}");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation)
                .ConfigureAwait(false);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                if (hop >= limits.MaxRedirects)
                {
                    return Failed($"more than {limits.MaxRedirects} redirects");
                }

                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                return Failed(string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}").TrimEnd());
            }

            return await ReadBodyAsync(response, limits.MaxDocumentBytes, cancellation).ConfigureAwait(false);
        }
    }

    private static async Task<UrlFetch> ReadBodyAsync(HttpResponseMessage response, long cap, CancellationToken cancellation)
    {
        var tooLarge = Failed($"the body is larger than the {BoundedRead.Describe(cap)} limit");
        if (response.Content.Headers.ContentLength > cap)
        {
            return tooLarge;
        }

        var body = new MemoryStream();
        var stream = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > cap)
                {
                    await body.DisposeAsync().ConfigureAwait(false);
                    return tooLarge;
                }

                body.Write(chunk, 0, read);
            }
        }

        body.Position = 0;
        return new UrlFetch(body, ContentTypes.Extension(response.Content.Headers.ContentType?.MediaType), null);
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static UrlFetch Failed(string reason) => new(null, string.Empty, reason);

    /// <summary>The innermost cause says the most (a refused address, a DNS or socket error); one line of it.</summary>
    private static string Reason(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is RefusedAddressException)
            {
                return inner.Message;
            }
        }

        var innermost = e;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        var message = innermost.Message.ReplaceLineEndings(" ");
        return innermost == e ? message : $"{FirstLine(e.Message)}: {message}";
    }

    private static string FirstLine(string message) => message.ReplaceLineEndings(" ").TrimEnd('.');

    private static HttpClient CreateClient(Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> connector)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = connector,
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Chronicle/1.0 (news event reader)");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8");
        return client;
    }
}
