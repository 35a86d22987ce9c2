namespace Chronicle.Ingest.Fetching;

/// <summary>Maps an HTTP content type to the extension that names its reader.</summary>
public static class ContentTypes
{
    /// <summary>The extension (<c>.html</c>, <c>.xml</c>, <c>.jsonl</c>, <c>.txt</c>), or empty when unknown.</summary>
    public static string Extension(string? mediaType) => mediaType?.Trim().ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => ".html",
        "application/rss+xml" or "application/atom+xml" or "application/rdf+xml" => ".xml",
        "application/json" or "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" => ".jsonl",
        "text/plain" => ".txt",
        { } other when other.EndsWith("/xml", StringComparison.Ordinal) || other.EndsWith("+xml", StringComparison.Ordinal) => ".xml",
        _ => string.Empty,
    };
}
