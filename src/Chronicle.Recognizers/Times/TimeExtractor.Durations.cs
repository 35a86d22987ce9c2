using System.Globalization;

namespace Chronicle.Recognizers.Times;

/// <summary>Durations (<c>two weeks</c>, <c>the past four days</c>, <c>40-day</c>) and their anchored forms (<c>a year ago</c>).</summary>
internal sealed partial class TimeExtractor
{
    /// <summary>
    /// <c>[the] [past|last|next|first|coming] [about|more than|at least|up to] COUNT UNIT [ago|earlier|later]</c>,
    /// <c>COUNT-UNIT</c>, and bare plural units (<c>years</c>).
    /// </summary>
    private Match Durations(int i)
    {
        // "for a while", "after a while": a stretch of unknown length.
        if (IsA(i) && IsWord(i + 1, "while") && i > 0 && (IsWord(i - 1, "for") || IsWord(i - 1, "after")))
        {
            return new Match(i + 2, TimexType.Duration, TimeMeaning.Fixed("PXX"));
        }

        var j = SkipBounds(i);
        var bounded = j > i;
        var loose = !bounded && Kind(j) == TimeWordKind.Approximator && !IsWord(j, "some");
        if (loose)
        {
            j++;
        }

        var the = IsThe(j);
        if (the)
        {
            j++;
        }

        var deictic = Kind(j) == TimeWordKind.Deictic && Value(j) is (int)Deixis.Past or (int)Deixis.Last or (int)Deixis.Next or (int)Deixis.Coming
                      || Kind(j) == TimeWordKind.Ordinal && Value(j) == 1 && the;
        if (deictic)
        {
            j++;
        }

        if (!TryCount(j, out var amount, out var k))
        {
            // "a day-long meeting", "a decades-long feud": the length of what the noun names, one unit or an
            // uncounted run of them.
            if (!the && !deictic && !loose && Kind(j) == TimeWordKind.Unit && HyphenJoined(j + 1) && IsWord(j + 2, "long")
                && (TimeUnit)Value(j) is not (TimeUnit.Half or TimeUnit.Weekend))
            {
                return new Match(j + 3, TimexType.Duration, TimeMeaning.Fixed(DurationValue(words[j].Entry.Plural ? -1 : 1, (TimeUnit)Value(j))));
            }

            if (the || deictic || loose || Kind(j) != TimeWordKind.Unit || !words[j].Entry.Plural || (TimeUnit)Value(j) is TimeUnit.Quarter or TimeUnit.Half or TimeUnit.Weekend or TimeUnit.Second)
            {
                return Match.None;
            }

            // Not the unit of a count or an age found elsewhere ("52 years old", "hundreds of years").
            if (IsWord(j + 1, "old") || (j > 0 && (IsDigits(j - 1) || Kind(j - 1) == TimeWordKind.Number || IsWord(j - 1, "of"))))
            {
                return Match.None;
            }

            // "in the early hours of Thursday", "the small hours": a part of the night, not a stretch of hours.
            if ((TimeUnit)Value(j) == TimeUnit.Hour && (IsWord(j - 1, "early") || IsWord(j - 1, "small") || IsWord(j - 1, "wee")))
            {
                return Match.None;
            }

            // A bare plural of a short or a very long unit is a manner of speaking, not a stretch anyone measured:
            // "minutes apart", "for hours", "for months", "for decades" (TimeBank and AQUAINT mark 1 of 14 such;
            // "for years", "in weeks", "in the days before" are kept, as the annotators mostly mark them). It still
            // names a stretch as the head of "months of talks", in "months ago" and after "the first".
            if ((TimeUnit)Value(j) is TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Month or TimeUnit.Decade
                && !IsWord(j + 1, "of") && Kind(j + 1) != TimeWordKind.AgoWord && !(j > 0 && Kind(j - 1) == TimeWordKind.Ordinal))
            {
                return Match.None;
            }

            // A bare plural: "for years", "in weeks".
            return new Match(j + 1, TimexType.Duration, TimeMeaning.Fixed(DurationValue(-1, (TimeUnit)Value(j))));
        }

        // "two to three weeks", "three or four days", "the next 12 to 18 months": one expression for the range, valued
        // at its lower count, as TimeBank values "two to three weeks" (P2W, at least that long).
        var unitAt = CountRange(i, amount, k);
        var ranged = unitAt > k;
        k = unitAt;

        // "5 1/2 hours", "a minute and a half" (below): half a unit more.
        var half = IsDigits(k) && text.AsSpan(words[k].Start, words[k].Length).SequenceEqual("1/2");
        if (half)
        {
            k++;
        }

        var hyphen = HyphenJoined(k);
        if (hyphen)
        {
            k++;
        }
        else if ((IsWord(k, "trading") || IsWord(k, "business") || IsWord(k, "working")) && IsWord(k + 1, "days"))
        {
            // "eight trading days": days still, counted on the calendar of markets or offices.
            k++;
        }

        // "two more weeks", "an additional year".
        if (!hyphen && (IsWord(k, "more") || IsWord(k, "additional") || IsWord(k, "extra")) && Kind(k + 1) == TimeWordKind.Unit)
        {
            k++;
        }

        if (Kind(k) != TimeWordKind.Unit || (the && hyphen && !deictic))
        {
            return Match.None;
        }

        // "''60 Minutes''" in quotes with a capital: a title.
        if (k > j && Capitalised(k) && j > 0 && words[j - 1].Shape == WordShape.Punctuation && text[words[j - 1].Start] is '\'' or '"' or '`' or '\u2018' or '\u201C')
        {
            return Match.None;
        }

        var unit = (TimeUnit)Value(k);
        var plural = words[k].Entry.Plural;
        if (unit is TimeUnit.Half or TimeUnit.Weekend || (the && !deictic && amount < 0)
            || (!hyphen && amount > 1 && !plural && !IsCompoundHead(k + 1)) || (amount == 1 && plural && !half && !ranged)
            || (unit is TimeUnit.Quarter or TimeUnit.Second && amount == 1 && !hyphen))
        {
            return Match.None;
        }

        var end = k + 1;
        if (unit == TimeUnit.Day && k == j + 1 && IsWord(j, "one") && j == i && IsModal(i - 1))
        {
            // "Islam will one day be the second religion": some day ahead, not a day's length.
            return new Match(end, TimexType.Date, TimeMeaning.Fixed("FUTURE_REF"));
        }

        if (unit == TimeUnit.Quarter && hyphen && IsWord(end, "of"))
        {
            // "three-quarters of its food": a fraction.
            return Match.None;
        }

        if (unit == TimeUnit.Quarter && deictic && amount == 2 && IsWord(end, "of") && Year(end + 1) > 0)
        {
            // "the first two quarters of 1990": a half of that year (HalfOfYear).
            return Match.None;
        }

        if (!half && amount == 1 && IsWord(end, "and") && IsA(end + 1) && IsWord(end + 2, "half"))
        {
            half = true;
            end += 3;
        }

        // "a week or so ago", "the next two years or so": the hedge belongs to the expression; so does the upper count
        // of "a year or two", "a day or two later".
        end = OrSo(end);
        if (IsWord(end, "or") && amount > 0 && TryCount(end + 1, out var upper, out var afterUpper) && upper > amount
            && afterUpper == end + 2 && Kind(afterUpper) != TimeWordKind.Unit && !HyphenJoined(afterUpper) && !IsWord(afterUpper, "of"))
        {
            end = afterUpper;
        }

        if (HyphenJoined(end))
        {
            // Part of a longer compound ("a year-earlier quarter", "a decade-long war").
            return Match.None;
        }

        // "a year ago", "two years earlier": a date that far from the article's date.
        if (!hyphen && !deictic && !the && amount != 0 && unit >= TimeUnit.Day
            && (Kind(end) == TimeWordKind.AgoWord || IsWord(end, "earlier") || IsWord(end, "later")))
        {
            if (unit is TimeUnit.Day or TimeUnit.Week && (IsWord(end, "later") || IsWord(end, "earlier")))
            {
                // "three days later", "a day earlier": counted from an event in the story, not from the article's
                // date, so TimeML keeps the length.
                return new Match(end + 1, TimexType.Duration, TimeMeaning.Fixed(DurationValue(amount, unit)));
            }

            var sign = IsWord(end, "later") || IsWord(end, "hence") ? 1 : -1;
            var ago = Ago(unit, amount, sign);
            var comparative = unit == TimeUnit.Year && amount == 1 && sign < 0;
            return new Match(end + 1, TimexType.Date, comparative ? ago with { Anaphoric = true, Offset = -1 } : ago);
        }

        // Ages ("52 years old", "18 to 21 year olds") and rates ("$2 million a year") are not time expressions in TimeML.
        if (loose || IsWord(end, "old") || IsWord(end, "olds") || (IsA(j) && i > 0 && IsCountBefore(i)))
        {
            return Match.None;
        }

        // "the past several quarters": quarters are the periods of reports, so an uncounted run of them is the past
        // (or, ahead, the future), like "recent years", rather than a length.
        if (deictic && amount < 0 && unit == TimeUnit.Quarter && Kind(j - 1) == TimeWordKind.Deictic)
        {
            return new Match(end, TimexType.Date, TimeMeaning.Fixed(Value(j - 1) is (int)Deixis.Next or (int)Deixis.Coming ? "FUTURE_REF" : "PAST_REF"));
        }

        return new Match(end, TimexType.Duration, TimeMeaning.Fixed(half ? HalfValue(amount, unit) : DurationValue(amount, unit)));
    }

    /// <summary>
    /// Where the unit of a count range starts: after <c>to</c> or <c>or</c> and a higher count (<c>two to three
    /// weeks</c>, <c>three or four days</c>); <paramref name="k"/> when no range follows the count. <c>from 30 to 60
    /// days</c> and <c>between</c> leave the second count alone, the first being elliptical.
    /// </summary>
    private int CountRange(int i, int amount, int k)
    {
        if (amount <= 0 || !(IsWord(k, "to") || IsWord(k, "or")) || IsWord(i - 1, "from") || IsWord(i - 1, "between")
            || !TryCount(k + 1, out var upper, out var unitAt) || upper <= amount || IsA(k + 1))
        {
            return k;
        }

        return Kind(unitAt) == TimeWordKind.Unit ? unitAt : k;
    }

    private bool IsModal(int i) =>
        IsWord(i, "will") || IsWord(i, "would") || IsWord(i, "could") || IsWord(i, "might") || IsWord(i, "may") || IsWord(i, "can")
        || IsWord(i, "shall") || IsWord(i, "should");

    /// <summary>A lower-case word after "five year" that makes it a modifier: "a five year low", "a two day rally".</summary>
    private bool IsCompoundHead(int i) =>
        i < count && words[i].Shape == WordShape.Letters && words[i].Entry.Kind == TimeWordKind.None && char.IsLower(text[words[i].Start])
        && !IsWord(i, "and") && !IsWord(i, "or") && !IsWord(i, "of");

    /// <summary><c>PT5H30M</c>, <c>P2Y6M</c>: a count and a half of a unit, in the next smaller unit.</summary>
    private static string HalfValue(int amount, TimeUnit unit)
    {
        var n = amount.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Minute => $"PT{n}M30S",
            TimeUnit.Hour => $"PT{n}H30M",
            TimeUnit.Day => $"P{n}DT12H",
            TimeUnit.Year => $"P{n}Y6M",
            _ => DurationValue(amount, unit),
        };
    }

    private static TimeMeaning Ago(TimeUnit unit, int amount, int sign)
    {
        if (amount < 0)
        {
            return TimeMeaning.Fixed(sign < 0 ? "PAST_REF" : "FUTURE_REF");
        }

        return unit switch
        {
            TimeUnit.Decade => new TimeMeaning(MeaningKind.Shift, TimeUnit.Year, sign * amount * 10),
            TimeUnit.Century => new TimeMeaning(MeaningKind.Shift, TimeUnit.Year, sign * amount * 100),
            TimeUnit.Season => new TimeMeaning(MeaningKind.Shift, TimeUnit.Quarter, sign * amount),
            _ => new TimeMeaning(MeaningKind.Shift, unit, sign * amount),
        };
    }

    private bool IsCountBefore(int i) =>
        IsDigits(i - 1) || IsPunct(i - 1, '%') || IsWord(i - 1, "percent") || IsWord(i - 1, "million") || IsWord(i - 1, "billion")
        || IsWord(i - 1, "times") || (i > 1 && (IsDigits(i - 2) || Kind(i - 2) == TimeWordKind.Number) && words[i - 1].Shape == WordShape.Letters);

    /// <summary>Skips bounds that TimeBank keeps in the span: <c>more than</c>, <c>at least</c>, <c>up to</c>, <c>over</c>.</summary>
    private int SkipBounds(int j)
    {
        if (Kind(j) != TimeWordKind.Bound)
        {
            return j;
        }

        if (IsWord(j, "no") && IsWord(j + 1, "more") && IsWord(j + 2, "than"))
        {
            return j + 3;
        }

        if ((IsWord(j, "more") || IsWord(j, "less") || IsWord(j, "fewer")) && IsWord(j + 1, "than"))
        {
            return j + 2;
        }

        // TimeBank keeps "nearly" in the span ("nearly two years"), but mostly not "about" or "almost".
        if (IsWord(j, "nearly"))
        {
            return j + 1;
        }

        if ((IsWord(j, "at") && IsWord(j + 1, "least")) || (IsWord(j, "up") && IsWord(j + 1, "to")))
        {
            return j + 2;
        }

        // "over a week" is a bound; "over the past week" is a preposition.
        return IsWord(j, "over") && !IsThe(j + 1) && Kind(j + 1) != TimeWordKind.Deictic ? j + 1 : j;
    }

    /// <summary>A count: digits, number words (<c>twenty four</c>, <c>twenty-four</c>), <c>a</c>, or a vague one (<c>several</c>: -1).</summary>
    private bool TryCount(int j, out int amount, out int next)
    {
        amount = 0;
        next = j;
        if (IsDigits(j))
        {
            amount = Integer(j, 4);
            next = j + 1;
            return amount > 0;
        }

        if (IsA(j))
        {
            if (IsWord(j + 1, "few") || IsWord(j + 1, "couple"))
            {
                amount = IsWord(j + 1, "few") ? -1 : 2;
                next = IsWord(j + 2, "of") ? j + 3 : j + 2;
                return true;
            }

            if (Kind(j + 1) == TimeWordKind.Number && Value(j + 1) is 12 or 100)
            {
                amount = Value(j + 1);
                next = j + 2;
                return true;
            }

            amount = 1;
            next = j + 1;
            return true;
        }

        if (Kind(j) == TimeWordKind.Vague)
        {
            // "the next couple of years": two, as "a couple of years" is.
            var couple = IsWord(j, "couple") && IsWord(j + 1, "of");
            amount = couple ? 2 : -1;
            next = couple ? j + 2 : j + 1;
            return true;
        }

        if (Kind(j) != TimeWordKind.Number)
        {
            return false;
        }

        amount = Value(j);
        next = j + 1;
        if (amount >= 20 && amount % 10 == 0 && amount < 100)
        {
            var unitAt = HyphenJoined(next) ? next + 1 : next;
            if (Kind(unitAt) == TimeWordKind.Number && Value(unitAt) < 10)
            {
                amount += Value(unitAt);
                next = unitAt + 1;
            }
        }

        if (Kind(next) == TimeWordKind.Number && Value(next) is 100 or 1000)
        {
            amount *= Value(next);
            next++;
        }

        return true;
    }

    /// <summary>A TIMEX3 duration: <c>P4D</c>, <c>PT5H</c>, <c>PXY</c> (an unknown count is <c>X</c>); decades are ten years.</summary>
    internal static string DurationValue(int amount, TimeUnit unit)
    {
        var n = amount < 0 ? "X" : amount.ToString(CultureInfo.InvariantCulture);
        var scaled = amount < 0 ? "X" : unit == TimeUnit.Decade ? (amount * 10).ToString(CultureInfo.InvariantCulture) : (amount * 100).ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Second => $"PT{n}S",
            TimeUnit.Minute => $"PT{n}M",
            TimeUnit.Hour => $"PT{n}H",
            TimeUnit.Day => $"P{n}D",
            TimeUnit.Week => $"P{n}W",
            TimeUnit.Month => $"P{n}M",
            TimeUnit.Quarter => $"P{n}Q",
            TimeUnit.Season => $"P{n}Q",
            TimeUnit.Decade => amount < 0 ? "PXDE" : $"P{scaled}Y",
            TimeUnit.Century => amount < 0 ? "PXCE" : $"P{scaled}Y",
            // TimeML writes millennia with L: "two thousand years" is P2L.
            _ => amount >= 1000 && amount % 1000 == 0 ? $"P{amount / 1000}L" : $"P{n}Y",
        };
    }

    /// <summary>One past <c>or so</c> when it follows at <paramref name="end"/>, else <paramref name="end"/>.</summary>
    private int OrSo(int end) => IsWord(end, "or") && IsWord(end + 1, "so") ? end + 2 : end;
}
