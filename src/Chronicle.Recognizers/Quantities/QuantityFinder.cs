namespace Chronicle.Recognizers.Quantities;

/// <summary>
/// Finds quantity spans in raw text in one pass: it jumps from word to word, stops only at digits and number words,
/// and reads the context around them. Values are resolved separately by <see cref="QuantityResolver"/>.
/// </summary>
/// <param name="lexicon">The words it knows.</param>
public sealed partial class QuantityFinder(QuantityLexicon lexicon)
{
    private readonly TriggerFilter _filter = new(lexicon.Triggers);

    /// <summary>Adds every quantity candidate in <paramref name="text"/> to <paramref name="found"/>, in text order.</summary>
    public void Find(ReadOnlySpan<char> text, ICollection<QuantityCandidate> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var triggers = lexicon.Triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                i = AtDigits(text, i, found);
            }
            else if (char.IsLetter(c))
            {
                var end = TextScan.LettersEnd(text, i);
                i = _filter.MayContain(text[i..end]) && triggers.Contains(text[i..end]) && (i == 0 || !char.IsDigit(text[i - 1]))
                    && (end == text.Length || !char.IsDigit(text[end]))
                    ? AtWords(text, i, end, found)
                    : end;
            }
            else
            {
                i++;
            }
        }
    }

    private int AtDigits(ReadOnlySpan<char> text, int start, ICollection<QuantityCandidate> found)
    {
        if (start > 0 && IsInsideCode(text, start))
        {
            return SkipToken(text, start);
        }

        if (!NumberPhraseReader.TryReadDigits(text, start, out var number))
        {
            return SkipToken(text, start);
        }

        var next = Complete(text, number, found);
        return Math.Max(next, SkipToken(text, start));
    }

    private int AtWords(ReadOnlySpan<char> text, int start, int wordEnd, ICollection<QuantityCandidate> found)
    {
        if (!NumberPhraseReader.TryReadWords(text, start, wordEnd, lexicon, out var number))
        {
            return SkipToken(text, start);
        }

        // A capitalised number word inside a sentence is part of a name: Formula One, Channel Four.
        if (char.IsUpper(text[number.Start]) && !TextScan.StartsSentence(text, number.Start))
        {
            return number.End;
        }

        return Math.Max(Complete(text, number, found), wordEnd);
    }

    // Su-27, COVID-19, F-16, 24/7, v1.2, +44, #10: a number glued to a word or a sign is part of a code.
    private static bool IsInsideCode(ReadOnlySpan<char> text, int start)
    {
        var before = text[start - 1];
        if (char.IsLetterOrDigit(before) || before is '+' or '#' or '\u2116' or '@' or '_' or '&' or '\\')
        {
            return true;
        }

        return before is '-' or '\u2010' or '\u2011' or '/' or '.' or ':' or '^' or '=' && start > 1 && char.IsLetterOrDigit(text[start - 2]);
    }

    private static int SkipToken(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length
               && (char.IsLetterOrDigit(text[i])
                   || (text[i] is '.' or ',' or '-' or ':' or '/' or '\u2010' or '\u2013' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
        {
            i++;
        }

        return Math.Max(i, start + 1);
    }
}
