namespace Chronicle.Recognizers.Quantities;

/// <summary>The context around a number: what it is not (date, year, label, code, duration), its cue, range and unit.</summary>
public sealed partial class QuantityFinder
{
    // Reads the words around a number and adds a candidate unless the context says it is not a count.
    // Returns where scanning goes on.
    private int Complete(ReadOnlySpan<char> text, NumberPhrase number, ICollection<QuantityCandidate> found)
    {
        var start = number.Start;
        var end = number.End;
        var digits = number.Form == NumberForm.Digits;
        var unit = digits ? Currency(text, ref start) : null;
        var hasPrevious = TextScan.PreviousWord(text, start, out var previousStart, out var previousEnd);
        var previous = hasPrevious ? text[previousStart..previousEnd] : [];
        if (hasPrevious && IsNotACountAfter(previous, digits, unit is not null))
        {
            return end;
        }

        // Phone numbers and codes: digit groups separated by spaces (020 7946 0000).
        if (digits && start >= 2 && TextScan.IsSpace(text[start - 1]) && char.IsDigit(text[start - 2]))
        {
            return end;
        }

        var (cue, cueStart) = MatchCue(text, start);
        NumberPhrase? rangeEnd = null;
        if (end < text.Length)
        {
            var after = text[end];
            if (after is ':' or '/' && end + 1 < text.Length && char.IsDigit(text[end + 1]))
            {
                return SkipCode(text, end);
            }

            if (TextScan.IsApostrophe(after) && end + 1 < text.Length && text[end + 1] == 's')
            {
                return end + 2; // the 1990's
            }

            if (TextScan.IsHyphen(after) && end + 1 < text.Length && char.IsLetter(text[end + 1]))
            {
                return SkipCode(text, end); // 25-year-old, 12-member, 3-D: a modifier, not a count
            }

            if (digits && TextScan.IsSpace(after) && end + 1 < text.Length && char.IsDigit(text[end + 1]))
            {
                return SkipCode(text, end + 1);
            }

            if (digits && TextScan.IsDash(after) && end + 1 < text.Length && char.IsDigit(text[end + 1]))
            {
                if (!NumberPhraseReader.TryReadDigits(text, end + 1, out var second) || !IsRange(number, second)
                    || (second.End < text.Length && (char.IsLetterOrDigit(text[second.End]) || (TextScan.IsDash(text[second.End]) && second.End + 1 < text.Length && char.IsDigit(text[second.End + 1]))))
                    || IsYear(number) || IsYear(second))
                {
                    return SkipCode(text, end); // scores 2-1, dates 2013-09-01, phone numbers, year spans 1998-2003
                }

                rangeEnd = second;
                end = second.End;
            }
        }

        if (TextScan.NextWord(text, end, out var nextStart, out var nextEnd))
        {
            var next = text[nextStart..nextEnd];
            if ((TextScan.IsCapitalized(next) && lexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next))
                || lexicon.Clock.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next)
                || (next is "a" or "p" && nextEnd + 2 < text.Length && text[nextEnd] == '.' && text[nextEnd + 1] is 'm' or 'M'))
            {
                return nextEnd; // 3 January, 3 p.m., 10 GMT
            }

            if (next.Equals("local", StringComparison.OrdinalIgnoreCase) && NumberPhraseReader.NextIs(text, nextEnd, "time", out var timeEnd))
            {
                return timeEnd; // 1700 local time
            }

            if (rangeEnd is null && !IsChangeFrom(previous)
                && (next is "to" or "or" || (cue == Cue.Between && next is "and"))
                && TryReadSecond(text, nextEnd, out var second) && IsRange(number, second) && second.Form == number.Form)
            {
                rangeEnd = second;
                end = second.End;
            }
        }

        end = Percent(text, end, ref unit);
        if (cue == Cue.Between && rangeEnd is null)
        {
            (cue, cueStart) = (Cue.None, start);
        }

        var following = Following.Nothing;
        var headStart = end;
        var spanEnd = end;
        if (unit is null)
        {
            following = CountedNounReader.Read(text, end, lexicon, out spanEnd, out headStart);
            if (following is Following.TimeUnit or Following.Fraction)
            {
                return end;
            }

            // After a number other than one, English counts a plural (20 people); a singular there is a modifier
            // or an adjective (20 single, five category), so the number has no counted noun.
            var head = text[headStart..spanEnd];
            if (following == Following.Noun && (rangeEnd ?? number).Value != 1
                && !CountedNounReader.IsPlural(head, lexicon) && !TextScan.IsCapitalized(head))
            {
                following = Following.Nothing;
            }

            if (following != Following.Noun)
            {
                spanEnd = end;
                headStart = end;
            }
        }

        // A four-digit number from 1800 to 2099 is a year (in 1998, 2004 sales, the 2013 protests: news writes counts
        // of that size with a comma) unless a cue says it is a count of a plural noun (some 1900 people).
        var yearContext = cue is Cue.None or Cue.Between || following != Following.Noun
            || !CountedNounReader.IsPlural(text[headStart..spanEnd], lexicon)
            || lexicon.BeforeYear.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous);
        if (IsOneAsPronoun(text, number, previous, following) || (IsYear(number) && yearContext))
        {
            return end;
        }

        if (following == Following.Noun)
        {
            unit = text[headStart..spanEnd].ToString();
        }

        found.Add(new QuantityCandidate(new TextSpan(Math.Min(cueStart, start), spanEnd), cue, number, rangeEnd, unit));
        return Math.Max(spanEnd, number.End);
    }

    // Dates (May 3), labels (Article 5, aged 25) and names or models (Boeing 737, Windows 10).
    private bool IsNotACountAfter(ReadOnlySpan<char> previous, bool digits, bool currency)
    {
        if (TextScan.IsCapitalized(previous) && lexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous))
        {
            return true;
        }

        if (currency)
        {
            return false;
        }

        return lexicon.Labels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous)
            || (digits && TextScan.IsCapitalized(previous)
                && !lexicon.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous)
                && !lexicon.CueWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous)
                && !lexicon.BeforeYear.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous));
    }

    // "one" counts only before a noun it counts: not in "no one", "the one who", "one another", "one of the".
    private bool IsOneAsPronoun(ReadOnlySpan<char> text, NumberPhrase number, ReadOnlySpan<char> previous, Following following)
    {
        if (number.Form != NumberForm.Words || number.Value != 1 || number.End - number.Start != 3)
        {
            return false;
        }

        return following != Following.Noun
            || NumberPhraseReader.NextIs(text, number.End, "of", out _)
            || lexicon.NotBeforeOne.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous);
    }

    private bool TryReadSecond(ReadOnlySpan<char> text, int from, out NumberPhrase second)
    {
        second = default;
        var start = from;
        while (start < text.Length && TextScan.IsSpace(text[start]))
        {
            start++;
        }

        if (start == from || start >= text.Length)
        {
            return false;
        }

        if (char.IsAsciiDigit(text[start]))
        {
            return NumberPhraseReader.TryReadDigits(text, start, out second);
        }

        var end = TextScan.LettersEnd(text, start);
        return end > start && lexicon.Triggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[start..end])
            && NumberPhraseReader.TryReadWords(text, start, end, lexicon, out second) && second.Start == start;
    }

    private (Cue Cue, int Start) MatchCue(ReadOnlySpan<char> text, int start)
    {
        Span<(int Start, int End)> before = stackalloc (int, int)[3];
        var count = 0;
        var position = start;
        while (count < 3 && TextScan.PreviousWord(text, position, out var s, out var e))
        {
            before[count++] = (s, e);
            position = s;
        }

        foreach (var (reversed, cue) in lexicon.Cues)
        {
            if (reversed.Length > count)
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < reversed.Length && matches; i++)
            {
                matches = text[before[i].Start..before[i].End].Equals(reversed[i], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                return (cue, before[reversed.Length - 1].Start);
            }
        }

        return (Cue.None, start);
    }

    // "rose from 20 to 30", "fell by 5 to 80": a change between two figures, not a range.
    private static bool IsChangeFrom(ReadOnlySpan<char> previous) =>
        previous.Equals("from", StringComparison.OrdinalIgnoreCase) || previous.Equals("by", StringComparison.OrdinalIgnoreCase);

    // A range's ends are ordered and of one order of magnitude (20-30, 1.5-2 million); "32,000 to 1.4 million" is a change.
    private static bool IsRange(NumberPhrase low, NumberPhrase high) =>
        high.Value > low.Value && (low.Value == 0 ? high.Value <= 10 : high.Value / low.Value <= 10);

    private static bool IsYear(NumberPhrase number) =>
        number.Form == NumberForm.Digits && number.End - number.Start == 4 && number.Value is >= 1800 and <= 2099
        && number.Value == decimal.Truncate(number.Value);

    private static int SkipCode(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is ':' or '/' or '.' or '-' or ' ' or '\u2013' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
        {
            i++;
        }

        return i;
    }
}
