namespace Chronicle.Recognizers.Quantities;

/// <summary>
/// Small scanning steps over raw text, so the recogniser needs no tokenizer: words are runs of letters, and
/// neighbouring words count only when separated by spaces on the same line (punctuation ends a phrase).
/// </summary>
internal static class TextScan
{
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009';

    public static bool IsAlnum(char c) => char.IsLetterOrDigit(c);

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>End of the run of letters starting at <paramref name="start"/>.</summary>
    public static int LettersEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The word of letters after <paramref name="from"/>, past spaces only.</summary>
    public static bool NextWord(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        start = from;
        while (start < text.Length && IsSpace(text[start]))
        {
            start++;
        }

        end = LettersEnd(text, start);
        if (end == start || start == from || (end < text.Length && char.IsDigit(text[end])))
        {
            return false;
        }

        return true;
    }

    /// <summary>The word of letters ending before <paramref name="before"/>, past spaces only.</summary>
    public static bool PreviousWord(ReadOnlySpan<char> text, int before, out int start, out int end)
    {
        end = before;
        while (end > 0 && IsSpace(text[end - 1]))
        {
            end--;
        }

        start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && end < before && (start == 0 || !IsAlnum(text[start - 1]));
    }

    /// <summary>
    /// A word of a noun phrase after <paramref name="from"/>: letters, digits and inner hyphens or apostrophes
    /// (<c>Iranian-made</c>, <c>T-72</c>), starting with a letter.
    /// </summary>
    public static bool NextPhraseWord(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        start = from;
        while (start < text.Length && IsSpace(text[start]))
        {
            start++;
        }

        end = start;
        if (start == from || start >= text.Length || !char.IsLetter(text[start]))
        {
            return false;
        }

        while (end < text.Length)
        {
            var c = text[end];
            if (IsAlnum(c))
            {
                end++;
            }
            else if ((IsHyphen(c) || IsApostrophe(c)) && end + 1 < text.Length && IsAlnum(text[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="position"/> starts a sentence or a line (capitals there say nothing).</summary>
    public static bool StartsSentence(ReadOnlySpan<char> text, int position)
    {
        var i = position - 1;
        while (i >= 0 && (IsSpace(text[i]) || text[i] is '"' or '\u201C' or '\'' or '\u2018' or '(' or '['))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '\r' or ':' or ';' or '\u2014' or '-';
    }

    public static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);
}
