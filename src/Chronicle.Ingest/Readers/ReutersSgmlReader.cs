using System.Text;

namespace Chronicle.Ingest.Readers;

/// <summary>
/// Reuters-21578 SGML (<c>.sgm</c>): one document per <c>&lt;REUTERS&gt;</c> record, with its source
/// <c>FILE:NEWID</c>, its <c>&lt;TITLE&gt;</c>, the date of its <c>&lt;DATE&gt;</c>, and as text the
/// <c>&lt;DATELINE&gt;</c> followed by the <c>&lt;BODY&gt;</c> (a headline-only brief is its title; an unprocessed
/// record is its text without tags). Records are read one at a time, each within the document size limit.
/// </summary>
public sealed class ReutersSgmlReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "reuters-sgml";

    /// <inheritdoc />
    public bool ClaimsExtension(string extension) => extension is ".sgm";

    /// <inheritdoc />
    public bool RecognizesContent(ReadOnlySpan<byte> head)
    {
        var start = (head.StartsWith(TextDecoding.Utf8Bom) ? head[3..] : head).TrimStart(" \t\r\n"u8);
        return StartsWithIgnoreCase(start, "<!DOCTYPE lewis"u8) || StartsWithIgnoreCase(start, "<REUTERS"u8);
    }

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(string source, Stream content, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var any = false;
        using var record = new MemoryStream();
        var inRecord = false;
        var tooLong = false;
        foreach (var line in LineReader.Lines(content, limits.MaxDocumentBytes))
        {
            var bytes = line.Bytes.AsSpan();
            if (!inRecord && line.TooLong)
            {
                any = true;
                yield return new ReadFailure($"{source}:line {line.Number}", $"line longer than the {BoundedRead.Describe(limits.MaxDocumentBytes)} limit");
                continue;
            }

            if (!inRecord && bytes.IndexOf("<REUTERS"u8) < 0)
            {
                continue;
            }

            inRecord = true;
            tooLong |= line.TooLong || record.Length + bytes.Length + 1 > limits.MaxDocumentBytes;
            if (!tooLong)
            {
                record.Write(bytes);
                record.WriteByte((byte)'\n');
            }

            if (bytes.IndexOf("</REUTERS>"u8) >= 0)
            {
                any = true;
                yield return tooLong
                    ? new ReadFailure($"{source}:line {line.Number}", $"record longer than the {BoundedRead.Describe(limits.MaxDocumentBytes)} limit")
                    : ParseRecord(source, line.Number, record.GetBuffer().AsSpan(0, (int)record.Length));
                record.SetLength(0);
                inRecord = tooLong = false;
            }
        }

        if (!any)
        {
            yield return new ReadFailure(source, "no <REUTERS> records");
        }
    }

    /// <summary>A record holding NUL bytes is binary data (or UTF-16), not the 8-bit wire text Latin-1 would rescue.</summary>
    private static ReadResult ParseRecord(string source, int lastLine, ReadOnlySpan<byte> record) =>
        record.Contains((byte)0)
            ? new ReadFailure($"{source}:line {lastLine}", "binary content (NUL bytes) in the record, not text")
            : ReutersRecord.Parse(source, Decode(record));

    /// <summary>UTF-8 when it is valid; otherwise Latin-1, the 8-bit text of the 1987 wire (one file has such a byte).</summary>
    private static string Decode(ReadOnlySpan<byte> bytes) =>
        TextDecoding.TryDecode(bytes, out var text, out _) ? text : TextDecoding.NormalizeNewlines(Encoding.Latin1.GetString(bytes));

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix) =>
        text.Length >= prefix.Length && Ascii.EqualsIgnoreCase(text[..prefix.Length], prefix);
}
