using Chronicle.Ingest.Readers.Html;

namespace Chronicle.Ingest.Readers;

/// <summary>
/// HTML pages: the main article text only (no navigation, scripts, comments, share widgets), with the title and
/// publication date from the page's meta tags, JSON-LD, or headings. UTF-8, else the legacy charset the page
/// declares (windows-1252, ISO-8859-x); an unknown charset is a failure naming it.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public bool ClaimsExtension(string extension) => extension is ".html" or ".htm" or ".xhtml";

    /// <inheritdoc />
    public bool RecognizesContent(ReadOnlySpan<byte> head) => MarkupHead.LooksLikeHtml(head);

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(string source, Stream content, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        if (!BoundedRead.TryReadAll(content, limits.MaxDocumentBytes, out var bytes))
        {
            return [new ReadFailure(source, $"larger than the {BoundedRead.Describe(limits.MaxDocumentBytes)} limit")];
        }

        if (!TextDecoding.TryDecode(bytes, out var html, out var error) && !TryDecodeDeclared(bytes, error!, out html, ref error))
        {
            return [new ReadFailure(source, error!)];
        }

        var article = HtmlArticle.FromPage(html);
        if (article.Text.Length == 0)
        {
            return [new ReadFailure(source, "no article text found in the HTML")];
        }

        return [new DocumentRead(new Document(source, article.Title, article.Published, article.Text))];
    }

    /// <summary>A page that is not UTF-8 may declare its legacy charset; binary data is never decoded.</summary>
    private static bool TryDecodeDeclared(byte[] bytes, string utf8Error, out string html, ref string? error)
    {
        html = string.Empty;
        var charset = HtmlCharset.Declared(bytes);
        if (charset is null || HtmlCharset.IsUtf8(charset) || !utf8Error.StartsWith("invalid UTF-8", StringComparison.Ordinal))
        {
            return false;
        }

        if (HtmlCharset.TryDecodeLegacy(bytes, charset, out html))
        {
            return true;
        }

        error = $"the page declares charset {charset}, which cannot decode it ({utf8Error})";
        return false;
    }
}
