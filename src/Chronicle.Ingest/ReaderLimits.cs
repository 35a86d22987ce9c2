namespace Chronicle.Ingest;

/// <summary>Limits that keep hostile or broken input from exhausting memory or time.</summary>
public sealed record ReaderLimits
{
    /// <summary>The default: 5 MB per document, 30 s and 3 redirects per URL.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>The largest document, in bytes (a whole text or HTML file, one JSON line, one feed).</summary>
    public long MaxDocumentBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>How long one URL may take to fetch.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many redirects one URL may follow.</summary>
    public int MaxRedirects { get; init; } = 3;

    /// <summary>Whether URLs may point at loopback or private addresses (off: no server-side request forgery).</summary>
    public bool AllowPrivateAddresses { get; init; }
}
