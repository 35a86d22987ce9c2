namespace Chronicle.Text;

/// <summary>Words, numbers and the clitics that Penn Treebank splits off them.</summary>
public sealed partial class Tokenizer
{
    /// <summary>Scans letters with inner hyphens and apostrophes, dotted abbreviations and a kept period.</summary>
    private int ScanWord(ReadOnlySpan<char> text, int start, int j)
    {
        // "n't" is a token of its own; the word before it was cut just ahead of the n.
        if (j == start && IsNegation(text, j))
        {
            return j + 3;
        }

        var segmentStart = j;
        var dotted = false;
        while (true)
        {
            while (j < text.Length && Chars.IsWordChar(text[j]))
            {
                j++;
            }

            if (j + 1 >= text.Length)
            {
                break;
            }

            var d = text[j];
            var next = text[j + 1];
            if (Chars.IsApostrophe(d) && Chars.IsLetter(next))
            {
                if (j - 1 > start && IsNegation(text, j - 1))
                {
                    return j - 1;
                }

                if (CliticLength(text, j) > 0)
                {
                    break;
                }

                j++;
                continue;
            }

            if (Chars.IsHyphen(d) && Chars.IsWordChar(next))
            {
                // "Norway-based", "US-led": the name stands apart so that the name stage can see it.
                if (char.IsUpper(text[start]) && IsNameSuffix(text, j + 1))
                {
                    return j;
                }

                j++;
                segmentStart = j;
                continue;
            }

            // U.S, e.g, a.m: single letters joined by periods.
            if (d == '.' && j - segmentStart == 1 && Chars.IsLetter(next)
                && (j + 2 == text.Length || !Chars.IsWordChar(text[j + 2])))
            {
                j += 2;
                segmentStart = j - 1;
                dotted = true;
                continue;
            }

            break;
        }

        return KeepsPeriod(text, start, j, dotted) ? j + 1 : j;
    }

    private bool KeepsPeriod(ReadOnlySpan<char> text, int start, int j, bool dotted)
    {
        if (j >= text.Length || text[j] != '.' || (j + 1 < text.Length && text[j + 1] == '.'))
        {
            return false;
        }

        var word = text[start..j];
        if (dotted || Abbreviations.Contains(word))
        {
            return true;
        }

        // An initial (J. R. R.); "I." is far more often the pronoun at a sentence end.
        if (word.Length == 1 && char.IsUpper(word[0]) && word[0] != 'I')
        {
            return true;
        }

        // "No. 10" but "said no."
        return word is "No" or "Nos" && j + 2 < text.Length && text[j + 1] == ' ' && char.IsAsciiDigit(text[j + 2]);
    }

    /// <summary>
    /// True when a participle or adjective of the closed list that follows a name in compounds ("-based", "-led",
    /// "-backed") starts at <paramref name="i"/> and ends the word.
    /// </summary>
    private static bool IsNameSuffix(ReadOnlySpan<char> text, int i)
    {
        var end = i;
        while (end < text.Length && Chars.IsLetter(text[end]))
        {
            end++;
        }

        if (end < text.Length && (Chars.IsWordChar(text[end]) || Chars.IsHyphen(text[end])))
        {
            return false;
        }

        return text[i..end] is "based" or "led" or "backed" or "made" or "owned" or "run" or "born" or "controlled"
            or "funded" or "sponsored" or "allied" or "linked" or "affiliated" or "style" or "bound" or "held"
            or "supported" or "brokered" or "headquartered" or "registered";
    }

    /// <summary>Digits with decimal points, thousands separators, times and dates; letters may follow (10th, 1990s).</summary>
    private static int ScanNumber(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        while (j + 1 < text.Length && text[j] is ',' or '.' or ':' or '/' && char.IsAsciiDigit(text[j + 1]))
        {
            j++;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }
        }

        var continues = j < text.Length && (Chars.IsWordChar(text[j])
            || (Chars.IsHyphen(text[j]) && j + 1 < text.Length && Chars.IsWordChar(text[j + 1])));
        return continues ? ScanWordTail(text, j) : j;
    }

    /// <summary>The rest of a number-led word (5-year-old, 1996-08-22): no abbreviation period.</summary>
    private static int ScanWordTail(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length)
        {
            if (Chars.IsWordChar(text[j]))
            {
                j++;
            }
            else if (Chars.IsHyphen(text[j]) && j + 1 < text.Length && Chars.IsWordChar(text[j + 1]))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>An apostrophe clitic ('s, 're, 've, 'll, 'd, 'm) right after a word, or the start position.</summary>
    private static int ScanClitic(ReadOnlySpan<char> text, int i)
    {
        var length = CliticLength(text, i);
        return length > 0 ? i + length : i;
    }

    private static int CliticLength(ReadOnlySpan<char> text, int i)
    {
        if (i == 0 || !Chars.IsWordChar(text[i - 1]))
        {
            return 0;
        }

        var letters = 0;
        while (i + 1 + letters < text.Length && Chars.IsLetter(text[i + 1 + letters]) && letters < 3)
        {
            letters++;
        }

        if (letters == 0 || (i + 1 + letters < text.Length && Chars.IsWordChar(text[i + 1 + letters])))
        {
            return 0;
        }

        var rest = text.Slice(i + 1, letters);
        var known = letters == 1
            ? rest[0] is 's' or 'S' or 'd' or 'D' or 'm' or 'M'
            : rest.Equals("re", StringComparison.OrdinalIgnoreCase) || rest.Equals("ve", StringComparison.OrdinalIgnoreCase)
              || rest.Equals("ll", StringComparison.OrdinalIgnoreCase);
        return known ? letters + 1 : 0;
    }

    /// <summary>True when "n't" (straight or curly apostrophe) starts at <paramref name="i"/> and ends a word.</summary>
    private static bool IsNegation(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length
        && text[i] is 'n' or 'N'
        && Chars.IsApostrophe(text[i + 1])
        && text[i + 2] is 't' or 'T'
        && (i + 3 == text.Length || !Chars.IsWordChar(text[i + 3]));
}
