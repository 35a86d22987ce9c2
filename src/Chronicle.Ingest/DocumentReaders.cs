using System.Collections.Immutable;
using Chronicle.Ingest.Readers;

namespace Chronicle.Ingest;

/// <summary>
/// Chooses a reader for each input: a format recognised in the content wins (a feed, an HTML page, JSON Lines),
/// then the file's extension, then plain text.
/// </summary>
public sealed class DocumentReaders
{
    private const int HeadBytes = 2048;
    private readonly ImmutableArray<IDocumentReader> _readers;
    private readonly IDocumentReader _fallback;

    /// <summary>Readers in order of precedence; the last is the fallback for anything else.</summary>
    public DocumentReaders(IEnumerable<IDocumentReader> readers, ReaderLimits limits)
    {
        _readers = [.. readers];
        if (_readers.IsEmpty)
        {
            throw new ArgumentException("At least one reader is needed.", nameof(readers));
        }

        _fallback = _readers[^1];
        Limits = limits;
    }

    /// <summary>
    /// Every built-in reader, in order of precedence: Reuters SGML (first: its records have a BODY tag the HTML sniffer
    /// would take), feed, HTML, JSON Lines, then plain text.
    /// </summary>
    public static DocumentReaders CreateDefault(ReaderLimits limits) =>
        new([new ReutersSgmlReader(), new FeedReader(), new HtmlReader(), new JsonLinesReader(), new PlainTextReader()], limits);

    /// <summary>The readers, in order of precedence.</summary>
    public ImmutableArray<IDocumentReader> Readers => _readers;

    /// <summary>The limits every reader applies.</summary>
    public ReaderLimits Limits { get; }

    /// <summary>The reader for an input with this extension (with its dot, any case) and these first bytes.</summary>
    public IDocumentReader Choose(string extension, ReadOnlySpan<byte> head)
    {
        var lower = extension.ToLowerInvariant();
        foreach (var reader in _readers)
        {
            if (reader != _fallback && reader.RecognizesContent(head))
            {
                return reader;
            }
        }

        foreach (var reader in _readers)
        {
            if (reader.ClaimsExtension(lower))
            {
                return reader;
            }
        }

        return _fallback;
    }

    /// <summary>Reads a seekable stream: peeks at its head, rewinds, and hands it to the chosen reader.</summary>
    public IEnumerable<ReadResult> Read(string source, string extension, Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable; buffer it first.", nameof(content));
        }

        var head = new byte[HeadBytes];
        var length = content.ReadAtLeast(head, HeadBytes, throwOnEndOfStream: false);
        content.Seek(0, SeekOrigin.Begin);
        var reader = Choose(extension, head.AsSpan(0, length));
        return reader.Read(source, content, Limits);
    }
}
