using System.Xml;
using System.Xml.Linq;
using Chronicle.Ingest.Readers.Feeds;

namespace Chronicle.Ingest.Readers;

/// <summary>
/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item or entry, its source the item's link (else
/// <c>FILE#N</c>). DTDs are refused (no entity expansion), so a hostile feed fails fast instead of filling memory.
/// </summary>
public sealed class FeedReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "feed";

    /// <inheritdoc />
    public bool ClaimsExtension(string extension) => extension is ".rss" or ".atom" or ".xml" or ".rdf";

    /// <inheritdoc />
    public bool RecognizesContent(ReadOnlySpan<byte> head) => MarkupHead.LooksLikeFeed(head);

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(string source, Stream content, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        if (!BoundedRead.TryReadAll(content, limits.MaxDocumentBytes, out var bytes))
        {
            return [new ReadFailure(source, $"larger than the {BoundedRead.Describe(limits.MaxDocumentBytes)} limit")];
        }

        if (!TryParse(bytes, limits, out var feed, out var error))
        {
            return [new ReadFailure(source, error)];
        }

        var root = feed.Root!;
        if (root.Name.LocalName is not ("rss" or "feed" or "RDF"))
        {
            return [new ReadFailure(source, $"not an RSS or Atom feed: the root element is <{root.Name.LocalName}>")];
        }

        var items = root.Descendants().Where(e => e.Name.LocalName is "item" or "entry").ToList();
        if (items.Count == 0)
        {
            return [new ReadFailure(source, "the feed has no items")];
        }

        return items.Select((item, index) => FeedItem.Read(item, $"{source}#{index + 1}"));
    }

    private static bool TryParse(byte[] bytes, ReaderLimits limits, out XDocument feed, out string error)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = Math.Max(1, limits.MaxDocumentBytes),
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            feed = XDocument.Load(reader);
            error = string.Empty;
            return feed.Root is not null;
        }
        catch (XmlException e)
        {
            feed = new XDocument();
            var where = $"line {e.LineNumber}, position {e.LinePosition}";
            error = e.Message.Contains("DTD", StringComparison.Ordinal)
                ? $"feeds with a DTD are refused, since its entities could expand without bound ({where})"
                : $"malformed XML at {where}: {FirstSentence(e.Message)}";
            return false;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
