namespace Chronicle.Ingest;

/// <summary>What fetching a URL gave: the body in a seekable stream, or a failure of that input.</summary>
/// <param name="Content">The body; null on failure.</param>
/// <param name="Extension">An extension standing for the content type (<c>.html</c>, <c>.xml</c>), or empty.</param>
/// <param name="Failure">Why it failed; null on success.</param>
public sealed record UrlFetch(Stream? Content, string Extension, string? Failure);

/// <summary>Fetches articles and feeds over HTTP(S), within the reader limits.</summary>
public interface IUrlFetcher
{
    /// <summary>Fetches <paramref name="url"/>; network errors are failures of that input, never exceptions.</summary>
    UrlFetch Fetch(Uri url, ReaderLimits limits);
}
