namespace Chronicle.Ingest.Readers;

/// <summary>
/// A block of <c>Key: value</c> lines opening a plain text article, ended by a blank line, as news archives and
/// scrapers write them (<c>Title: …</c>, <c>Published: 2023-05-13</c>, <c>Source: …</c>, <c>URL: …</c>). Only known keys
/// open a block, so a body that starts <c>Note: the vote …</c> is left alone; unknown keys inside a block are skipped.
/// </summary>
internal static class TextHeader
{
    private static readonly HashSet<string> TitleKeys = new(StringComparer.OrdinalIgnoreCase) { "title", "headline" };

    private static readonly HashSet<string> DateKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "published", "publication date", "published date", "date published", "pubdate", "published at",
    };

    private static readonly HashSet<string> OtherKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "source", "url", "link", "author", "authors", "by", "byline", "section", "language", "id", "updated", "publisher",
    };

    private const int MaxKeyLength = 20;

    /// <summary>What a header block gave, or why it could not be read.</summary>
    internal readonly record struct Fields(string? Title, DateOnly? Published, int Consumed, string? Error);

    /// <summary>
    /// Reads the header block at the start of <paramref name="text"/>; <see cref="Fields.Consumed"/> is 0 when there is
    /// none. A date field that is not a date is an error naming the field, rather than an article silently undated.
    /// </summary>
    public static Fields Read(ReadOnlySpan<char> text)
    {
        var position = text.Length - text.TrimStart().Length;
        if (!TryLine(text, position, out var key, out _, out _) || !IsKnown(key))
        {
            return default;
        }

        string? title = null;
        DateOnly? published = null;
        while (position < text.Length)
        {
            if (!TryLine(text, position, out key, out var value, out var next))
            {
                // A blank line closes the block; anything else means these were not header lines after all.
                var lineEnd = text[position..].IndexOf('\n');
                var line = lineEnd < 0 ? text[position..] : text.Slice(position, lineEnd);
                return line.IsWhiteSpace() ? new Fields(title, published, position, null) : default;
            }

            if (TitleKeys.Contains(key) && value.Length > 0)
            {
                title ??= value;
            }
            else if (DateKeys.Contains(key))
            {
                if (!PublicationDate.TryParse(value, out var date))
                {
                    return new Fields(null, null, 0, $"header field '{key}' is not a date: '{value}' (write YYYY-MM-DD)");
                }

                published ??= date;
            }

            position = next;
        }

        return default; // the whole input was a header: no body
    }

    private static bool IsKnown(string key) => TitleKeys.Contains(key) || DateKeys.Contains(key) || OtherKeys.Contains(key);

    // One `Key: value` line at position: a key of one to three words of letters, a colon, the rest of the line.
    private static bool TryLine(ReadOnlySpan<char> text, int position, out string key, out string value, out int next)
    {
        key = value = string.Empty;
        var lineEnd = text[position..].IndexOf('\n');
        next = lineEnd < 0 ? text.Length : position + lineEnd + 1;
        var line = lineEnd < 0 ? text[position..] : text.Slice(position, lineEnd);
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > MaxKeyLength)
        {
            return false;
        }

        var name = line[..colon].Trim();
        foreach (var c in name)
        {
            if (!char.IsLetter(c) && c != ' ' && c != '-' && c != '_')
            {
                return false;
            }
        }

        if (name.IsEmpty || name.Count(' ') > 2)
        {
            return false;
        }

        key = name.ToString().Replace('_', ' ').Replace('-', ' ');
        value = line[(colon + 1)..].Trim().ToString();
        return true;
    }
}
