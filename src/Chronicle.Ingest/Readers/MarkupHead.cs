namespace Chronicle.Ingest.Readers;

/// <summary>Sniffs the first bytes of markup: past a byte-order mark, whitespace, an XML declaration and comments.</summary>
internal static class MarkupHead
{
    /// <summary>True when the head opens with an HTML doctype or html tag, or is markup with a head or body tag early.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var start = SkipProlog(head);
        if (start.IsEmpty || start[0] != (byte)'<')
        {
            return false;
        }

        return StartsWithIgnoreCase(start, "<!doctype html"u8) || StartsWithIgnoreCase(start, "<html"u8)
            || ContainsIgnoreCase(start, "<head"u8) || ContainsIgnoreCase(start, "<body"u8);
    }

    /// <summary>True when the first element is an RSS, Atom or RDF root.</summary>
    public static bool LooksLikeFeed(ReadOnlySpan<byte> head)
    {
        var start = SkipProlog(head);
        return StartsWithIgnoreCase(start, "<rss"u8) || StartsWithIgnoreCase(start, "<feed"u8)
            || StartsWithIgnoreCase(start, "<rdf:rdf"u8);
    }

    private static ReadOnlySpan<byte> SkipProlog(ReadOnlySpan<byte> head)
    {
        var rest = head.StartsWith(TextDecoding.Utf8Bom) ? head[3..] : head;
        while (true)
        {
            rest = rest.TrimStart(" \t\r\n"u8);
            ReadOnlySpan<byte> close;
            if (rest.StartsWith("<?"u8))
            {
                close = "?>"u8;
            }
            else if (rest.StartsWith("<!--"u8))
            {
                close = "-->"u8;
            }
            else
            {
                return rest;
            }

            var end = rest.IndexOf(close);
            if (end < 0)
            {
                return [];
            }

            rest = rest[(end + close.Length)..];
        }
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix) =>
        text.Length >= prefix.Length && System.Text.Ascii.EqualsIgnoreCase(text[..prefix.Length], prefix);

    private static bool ContainsIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> needle)
    {
        for (var i = text.IndexOf((byte)'<'); i >= 0 && i + needle.Length <= text.Length; i++)
        {
            if (text[i] == (byte)'<' && StartsWithIgnoreCase(text[i..], needle))
            {
                return true;
            }
        }

        return false;
    }
}
