using System.Globalization;

namespace Chronicle.Ingest.Readers;

/// <summary>
/// Plain text articles: an optional header block of <c>Key: value</c> lines (<c>Title:</c>, <c>Published:</c> or
/// <c>Date:</c>, <c>Source:</c>..., ended by a blank line; see <see cref="TextHeader"/>), or an optional leading
/// <c> date YYYY-MM-DD</c> marker (the body starts right after it), then an optional title line (short, without
/// sentence-final punctuation, followed by a blank line) when no header gave one.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    private const int MaxTitleLength = 200;
    private const int MaxTitleWords = 25;

    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public bool ClaimsExtension(string extension) => extension is ".txt" or ".text" or "";

    /// <inheritdoc />
    public bool RecognizesContent(ReadOnlySpan<byte> head) => true;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(string source, Stream content, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        if (!BoundedRead.TryReadAll(content, limits.MaxDocumentBytes, out var bytes))
        {
            return [new ReadFailure(source, $"larger than the {BoundedRead.Describe(limits.MaxDocumentBytes)} limit")];
        }

        if (!TextDecoding.TryDecode(bytes, out var text, out var error))
        {
            return [new ReadFailure(source, error!)];
        }

        return [Parse(source, text)];
    }

    /// <summary>Splits decoded text into date marker, title and body.</summary>
    public static ReadResult Parse(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.AsSpan();
        var header = TextHeader.Read(rest);
        if (header.Error is { } error)
        {
            return new ReadFailure(source, error);
        }

        rest = rest[header.Consumed..];
        var published = header.Published;
        if (published is null && TryReadDateMarker(rest, out var date, out var consumed))
        {
            published = date;
            rest = rest[consumed..];
        }

        var title = header.Title;
        if (title is null && TryReadTitle(rest, out var titleLine, out consumed))
        {
            title = titleLine;
            rest = rest[consumed..];
        }

        var body = rest.Trim().ToString();
        if (body.Length == 0)
        {
            return new ReadFailure(source, title is null ? "empty input: no body text" : "no body text after the title");
        }

        return new DocumentRead(new Document(source, title, published, body));
    }

    /// <summary>A leading <c>date YYYY-MM-DD</c>, possibly after spaces, followed by a space or line end.</summary>
    private static bool TryReadDateMarker(ReadOnlySpan<char> text, out DateOnly date, out int consumed)
    {
        date = default;
        consumed = 0;
        var start = text.Length - text.TrimStart().Length;
        var marker = text[start..];
        if (!marker.StartsWith("date ", StringComparison.Ordinal) || marker.Length < 15
            || !DateOnly.TryParseExact(marker.Slice(5, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }

        consumed = start + 15;
        return consumed == text.Length || char.IsWhiteSpace(text[consumed]);
    }

    private static bool TryReadTitle(ReadOnlySpan<char> text, out string title, out int consumed)
    {
        title = string.Empty;
        var leading = text.Length - text.TrimStart().Length;
        var lineEnd = text[leading..].IndexOf('\n');
        consumed = 0;
        if (lineEnd < 0)
        {
            return false;
        }

        var line = text.Slice(leading, lineEnd).Trim();
        var afterLine = leading + lineEnd + 1;
        var nextLineEnd = text[afterLine..].IndexOf('\n');
        var blankFollows = nextLineEnd >= 0 && text.Slice(afterLine, nextLineEnd).IsWhiteSpace();
        if (!blankFollows || !LooksLikeTitle(line))
        {
            return false;
        }

        title = line.ToString();
        consumed = afterLine;
        return true;
    }

    private static bool LooksLikeTitle(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > MaxTitleLength || line.Count(' ') + 1 > MaxTitleWords)
        {
            return false;
        }

        // Headlines may ask or exclaim ("Will the talks resume?"); a lede sentence ends in a period or trails on.
        var end = line.TrimEnd("\"'”’»)]");
        return end.Length > 0 && end[^1] is not ('.' or ':' or ';' or ',' or '…');
    }
}
