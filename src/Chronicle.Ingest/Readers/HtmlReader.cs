using Chronicle.Ingest.Readers.Html;

namespace Chronicle.Ingest.Readers;

/// <summary>
/// HTML pages: the main article text only (no navigation, scripts, comments, share widgets), with the title and
/// publication date from the page's meta tags, JSON-LD, or headings. UTF-8 only: another declared charset is a
/// failure naming it, unless the bytes are valid UTF-8 anyway (plain ASCII).
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

        if (!TextDecoding.TryDecode(bytes, out var html, out var error))
        {
            var charset = HtmlCharset.Declared(bytes);
            return [new ReadFailure(source, charset is null || HtmlCharset.IsUtf8(charset)
                ? error!
                : $"the page declares charset {charset}; only UTF-8 pages can be read ({error})")];
        }

        var article = HtmlArticle.FromPage(html);
        if (article.Text.Length == 0)
        {
            return [new ReadFailure(source, "no article text found in the HTML")];
        }

        return [new DocumentRead(new Document(source, article.Title, article.Published, article.Text))];
    }
}
