namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Pairs quotation marks across sentences and paragraphs. A mark's direction is read from its neighbours rather
/// than its glyph, since news text often has the wrong curly mark (<c>dignity,“ wrote</c>) or straight ones.
/// </summary>
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
            var pair = c == '\'' && i + 1 < text.Length && text[i + 1] == '\'';
            if (c is '“' or '”' or '"' || pair)
            {
                var at = i;
                if (pair)
                {
                    // `''...''`, as some papers write quotation marks.
                    i++;
                }
                if (open >= 0 && Closes(text, at, i))
                {
                    if (i - open <= MaxLength)
                    {
                        result.Add(new TextSpan(open, i + 1));
                    }
                    open = -1;
                }
                else if (open < 0 || Opens(text, at, i))
                {
                    open = at;
                }
            }
            else if (c == '\n' && open >= 0)
            {
                // Paragraphs of one long quote each open with a mark and only the last closes; a quote never closed
                // runs to its paragraph's end.
                result.Add(new TextSpan(open, TrimEnd(text, i)));
                var next = NextMark(text, i);
                open = next;
                if (next >= 0)
                {
                    i = next;
                }
            }
        }
        return result;
    }

    // A mark runs from `at` to `last` (two characters for `''`).
    private static bool Opens(string text, int at, int last) =>
        (at == 0 || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or '[' or '—' or '–' or ':')
        && last + 1 < text.Length && !char.IsWhiteSpace(text[last + 1]);

    private static bool Closes(string text, int at, int last) =>
        text[at] == '”' ? !Opens(text, at, last) : !Opens(text, at, last) || (at > 0 && !char.IsWhiteSpace(text[at - 1]));

    private static int NextMark(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i < text.Length && text[i] is '“' or '"' ? i : -1;
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
