namespace Chronicle.Recognizers.Quotes;

/// <summary>Pairs quotation marks: curly ones by direction, straight ones alternately, across sentences and paragraphs.</summary>
internal static class QuotationMarks
{
    // A quote left open longer than this is taken as a stray mark.
    private const int MaxLength = 3000;

    /// <summary>The [open, close] character offsets of each quotation, the marks included, in text order.</summary>
    public static List<TextSpan> Pair(string text)
    {
        var result = new List<TextSpan>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '“' || (c == '"' && open < 0))
            {
                open = i;
            }
            else if ((c == '”' || c == '"') && open >= 0)
            {
                if (i - open <= MaxLength)
                {
                    result.Add(new TextSpan(open, i + 1));
                }
                open = -1;
            }
            else if (c == '\n' && open >= 0)
            {
                // Paragraphs of one long quote each open with a mark and only the last closes: each becomes a
                // quotation of its own. A paragraph that does not reopen ends a stray mark.
                var next = NextMark(text, i);
                if (next >= 0)
                {
                    result.Add(new TextSpan(open, TrimEnd(text, i)));
                    open = next;
                    i = next;
                }
                else
                {
                    open = -1;
                }
            }
        }
        return result;
    }

    private static int NextMark(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i < text.Length && (text[i] == '“' || text[i] == '"') ? i : -1;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }
}
