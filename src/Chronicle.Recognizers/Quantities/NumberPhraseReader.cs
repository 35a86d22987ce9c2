using Chronicle.Recognizers.Numbers;

namespace Chronicle.Recognizers.Quantities;

/// <summary>Reads one number phrase at a position: digits with their scale, number words, or a vague number.</summary>
internal static class NumberPhraseReader
{
    private static readonly decimal Limit = 1_000_000_000_000_000m;

    /// <summary>Digits at <paramref name="start"/>: <c>1,500</c>, <c>2.5</c>, <c>5bn</c>, <c>1.5 million</c>.</summary>
    public static bool TryReadDigits(ReadOnlySpan<char> text, int start, out NumberPhrase phrase)
    {
        phrase = default;
        var j = start;
        var dots = 0;
        while (j < text.Length)
        {
            var c = text[j];
            if (char.IsAsciiDigit(c))
            {
                j++;
            }
            else if (c is ',' or '.' && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]))
            {
                dots += c == '.' ? 1 : 0;
                j++;
            }
            else
            {
                break;
            }
        }

        // Two dots are versions and dates (1.2.3, 12.03.2020); a leading zero is a code or a clock time (020, 0800).
        if (dots > 1 || (text[start] == '0' && j - start > 1 && text[start + 1] != '.')
            || j - start > 40 || !NumberWords.TryParseDigits(text[start..j], out var value) || value >= Limit)
        {
            return false;
        }

        var end = j;
        if (j < text.Length && char.IsLetter(text[j]))
        {
            var k = TextScan.LettersEnd(text, j);
            if (k < text.Length && char.IsDigit(text[k]) || !TryAttachedScale(text[j..k], out var attached))
            {
                return false; // ordinals, clock times, decades, measurements and codes: 21st, 3pm, 1990s, 10km, 4G
            }

            value *= attached;
            end = k;
        }

        end = ApplyScaleWords(text, end, ref value);
        phrase = new NumberPhrase(start, end, value, value, value, NumberForm.Digits);
        return value < Limit;
    }

    /// <summary>A number in words starting with the word at [<paramref name="start"/>, <paramref name="wordEnd"/>).</summary>
    public static bool TryReadWords(ReadOnlySpan<char> text, int start, int wordEnd, QuantityLexicon lexicon, out NumberPhrase phrase)
    {
        var word = text[start..wordEnd];
        if (lexicon.Vague.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var vague))
        {
            return TryReadVague(text, start, wordEnd, vague, lexicon, out phrase);
        }

        phrase = default;
        var accumulator = default(NumberAccumulator);
        var phraseStart = start;
        if (!NumberWords.TryParseUnit(word, out _) && IsArticle(text, start, out var articleStart))
        {
            accumulator.StartWithArticle();
            phraseStart = articleStart;
        }

        var position = start;
        var end = start;
        while (true)
        {
            var tokenEnd = TextScan.LettersEnd(text, position);
            if (tokenEnd + 1 < text.Length && TextScan.IsHyphen(text[tokenEnd]) && char.IsLetter(text[tokenEnd + 1]))
            {
                var compoundEnd = TextScan.LettersEnd(text, tokenEnd + 1);
                if (!NumberWords.TryParseUnit(text[position..compoundEnd], out _))
                {
                    return false; // two-day, five-member, one-off: a modifier, not a count
                }

                tokenEnd = compoundEnd;
            }

            if (!accumulator.TryAdd(text[position..tokenEnd]))
            {
                break;
            }

            end = tokenEnd;
            if (!TextScan.NextWord(text, end, out var next, out var nextEnd))
            {
                break;
            }

            if (text[next..nextEnd].Equals("and", StringComparison.OrdinalIgnoreCase)
                && TextScan.NextWord(text, nextEnd, out var afterAnd, out var afterAndEnd)
                && NumberWords.TryParseUnit(text[afterAnd..afterAndEnd], out _))
            {
                next = afterAnd;
            }
            else if (!lexicon.Triggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[next..nextEnd]))
            {
                break;
            }

            position = next;
        }

        if (!accumulator.HasValue)
        {
            return false;
        }

        var value = accumulator.Value;
        end = AddHalf(text, end, ref value);
        phrase = new NumberPhrase(phraseStart, end, value, value, value, NumberForm.Words);
        return true;
    }

    private static bool TryReadVague(
        ReadOnlySpan<char> text, int start, int wordEnd, VagueNumber vague, QuantityLexicon lexicon, out NumberPhrase phrase)
    {
        phrase = default;
        var phraseStart = start;
        var (low, high, value) = (vague.Low, vague.High, vague.Value);
        var end = wordEnd;
        switch (vague.Form)
        {
            case VagueForm.MultiplierNeedsArticle or VagueForm.MultiplierNeedsArticleAndOf when !IsArticle(text, start, out phraseStart):
                return false;
            case VagueForm.MultiplierNeedsArticleAndOf when !NextIs(text, wordEnd, "of", out _)
                && !(TextScan.NextWord(text, wordEnd, out var scaleStart, out var scaleEnd) && TryScaleWord(text[scaleStart..scaleEnd], out _)):
                return false;
            case VagueForm.PluralScaleNeedsOf when !NextIs(text, wordEnd, "of", out _):
                return false;
        }

        if (vague.Form is VagueForm.Multiplier or VagueForm.MultiplierNeedsArticle or VagueForm.MultiplierNeedsArticleAndOf)
        {
            // several hundred, a few thousand, a few dozen
            while (TextScan.NextWord(text, end, out var next, out var nextEnd) && TryScaleWord(text[next..nextEnd], out var scale))
            {
                (low, high, value, end) = (low * scale, high * scale, value * scale, nextEnd);
            }
        }
        else if (NextIs(text, wordEnd, "of", out var ofEnd)
            && TextScan.NextWord(text, ofEnd, out var inner, out var innerEnd)
            && lexicon.Vague.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text[inner..innerEnd], out var outer)
            && outer.Form == VagueForm.PluralScale && outer.Low > high)
        {
            // tens of thousands, hundreds of millions: the outer word's scale is a fifth of its stand-in value
            var scale = outer.Value / 5;
            (low, high, value, end) = (low * scale, ((high + 1) * scale) - 1, value * scale, innerEnd);
        }

        phrase = new NumberPhrase(phraseStart, end, value, low, high, NumberForm.Vague);
        return true;
    }

    private static bool TryScaleWord(ReadOnlySpan<char> word, out decimal scale)
    {
        if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase))
        {
            scale = 12;
            return true;
        }

        return NumberWords.TryParseScale(word, out scale) && word.Length > 2;
    }

    private static bool TryAttachedScale(ReadOnlySpan<char> suffix, out decimal scale)
    {
        scale = suffix switch
        {
            "m" or "mn" or "M" => 1_000_000m,
            "bn" or "b" or "B" => 1_000_000_000m,
            "tn" => 1_000_000_000_000m,
            "k" or "K" => 1_000m,
            _ => 0m,
        };
        return scale > 0;
    }

    private static int ApplyScaleWords(ReadOnlySpan<char> text, int end, ref decimal value)
    {
        while (TextScan.NextWord(text, end, out var next, out var nextEnd)
            && TryScaleWord(text[next..nextEnd], out var scale) && value * scale < Limit)
        {
            value *= scale;
            end = nextEnd;
        }

        return AddHalf(text, end, ref value);
    }

    // "two and a half": kept in the number so that "two and a half years" is seen as a duration.
    private static int AddHalf(ReadOnlySpan<char> text, int end, ref decimal value)
    {
        if (NextIs(text, end, "and", out var andEnd) && NextIs(text, andEnd, "a", out var aEnd) && NextIs(text, aEnd, "half", out var halfEnd))
        {
            value += 0.5m;
            return halfEnd;
        }

        return end;
    }

    public static bool NextIs(ReadOnlySpan<char> text, int from, string word, out int end) =>
        TextScan.NextWord(text, from, out var start, out end) && text[start..end].Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsArticle(ReadOnlySpan<char> text, int wordStart, out int articleStart) =>
        TextScan.PreviousWord(text, wordStart, out articleStart, out var end)
        && text[articleStart..end] is "a" or "an" or "A" or "An";
}
