namespace Chronicle.Recognizers.Times;

/// <summary>
/// Finds time expressions in scanned words: the "extract" half of the recogniser. At each word it tries every
/// pattern (dates, relative expressions, durations, sets, clock times) and keeps the longest match, so
/// <c>Monday, Oct. 26</c> wins over <c>Monday</c>. Patterns live in partial files by topic.
/// </summary>
internal sealed partial class TimeExtractor(string text, Word[] words, int count, DateOnly? published)
{
    internal const int NoMatch = -1;

    public void FindAll(List<TimeCandidate> found)
    {
        var i = 0;
        while (i < count)
        {
            // Tense cues (was, said, will) only colour expressions; none starts one.
            if (words[i].Entry.Kind is TimeWordKind.None or TimeWordKind.PastCue or TimeWordKind.FutureCue
                && words[i].Shape != WordShape.Digits && !IsA(i) && !IsPunct(i, '\''))
            {
                i++;
                continue;
            }

            var best = default(Match);
            if (words[i].Entry.Kind == TimeWordKind.Demonstrative)
            {
                // "that" is frequent and opens only "that year", "that day"; "these" only "these days", the present.
                Consider(ref best, Value(i) == 0 ? ThatUnit(i)
                    : IsWord(i + 1, "days") ? new Match(i + 2, TimexType.Date, TimeMeaning.Fixed("PRESENT_REF")) : Match.None);
            }
            else
            {
                Consider(ref best, Narrowed(i));
                Consider(ref best, Core(i));
            }

            if (best.End > i && Anaphora(best, i) is { } resolved)
            {
                var meaning = best.Meaning.Anaphoric ? Restated(best, resolved) : resolved;
                found.Add(new TimeCandidate(new TextSpan(words[i].Start, words[best.End - 1].End), best.Type, meaning));
                i = best.End;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// <c>the comparable year-ago quarter, the second quarter ended Oct. 31,</c>: a quarter restated in apposition says
    /// which quarter the reference means.
    /// </summary>
    private TimeMeaning Restated(Match match, TimeMeaning resolved) =>
        IsPunct(match.End, ',') && Quarters(match.End + 1) is { End: > 0, Meaning: { Kind: MeaningKind.Quarter, Part: > 0, Year: > 0 } restated }
            ? restated
            : resolved;

    /// <summary>How far back (in characters) a mentioned quarter is still what <c>the quarter</c> refers to.</summary>
    internal const int QuarterReach = 1500;

    private TimeMeaning? _lastQuarter;
    private int _lastQuarterAt = int.MinValue;
    private string? _lastQuarterValue;

    /// <summary>Where a span of months under report (<c>the first nine months</c>) was last mentioned.</summary>
    private int _lastMonthsAt = int.MinValue;

    /// <summary>
    /// Resolves references to the period last mentioned (earnings reports compare "the quarter" with "a year ago",
    /// meaning the same quarter a year before; after "the first nine months", "a year earlier" is last year);
    /// with none near, <c>the quarter</c> is the last completed one. A quarter still under way ("a fourth-quarter
    /// charge" in November) is a forecast, not the period under report, so it is no antecedent.
    /// </summary>
    private TimeMeaning? Anaphora(Match match, int first)
    {
        var meaning = match.Meaning;
        var start = words[first].Start;
        if (meaning.Kind == MeaningKind.Quarter && !meaning.Anaphoric && meaning.Unit == TimeUnit.Quarter)
        {
            // The period under report is the latest completed quarter: "after a flat second quarter" in a story on
            // the third is a look back, and "a year ago" after it still means the third quarter a year before.
            if (Completed(meaning, out var value)
                && (_lastQuarter is null || start - _lastQuarterAt > QuarterReach || string.CompareOrdinal(value, _lastQuarterValue) >= 0))
            {
                _lastQuarter = meaning;
                _lastQuarterAt = start;
                _lastQuarterValue = value;
            }

            return meaning;
        }

        if (match.Type == TimexType.Duration && meaning.Value is "P6M" or "P9M" && IsThe(first))
        {
            _lastMonthsAt = start;
        }

        if (!meaning.Anaphoric || meaning.Kind == MeaningKind.Clock)
        {
            return meaning;
        }

        if (meaning.Kind == MeaningKind.Shift && _lastMonthsAt > _lastQuarterAt && start - _lastMonthsAt <= QuarterReach)
        {
            // "the first nine months ... a year earlier": the same months a year before, which TimeML gives as the year.
            return meaning with { Anaphoric = false };
        }

        if (_lastQuarter is { } q && start - _lastQuarterAt <= QuarterReach)
        {
            if (meaning.Year > 0)
            {
                return q with { Year = meaning.Year, Offset = 0 };
            }

            var years = meaning.Offset;
            return q.Year > 0 ? q with { Year = q.Year + years } : q with { Offset = q.Offset + years };
        }

        if (meaning.Kind != MeaningKind.Quarter)
        {
            return meaning with { Anaphoric = false };
        }

        // "the quarter" with none mentioned: the one an earnings report is about, the last completed one.
        if (meaning.Part > 0)
        {
            _lastQuarter = meaning with { Anaphoric = false };
            _lastQuarterAt = start;
            _lastQuarterValue = published is { } on ? TimeResolver.Resolve(_lastQuarter.Value, on) : null;
            return _lastQuarter;
        }

        var reported = new TimeMeaning(MeaningKind.Quarter, TimeUnit.Quarter, Part: 0);
        _lastQuarter = reported;
        _lastQuarterAt = start;
        _lastQuarterValue = published is { } day ? TimeResolver.Resolve(reported, day) : null;
        return reported with { Offset = meaning.Offset };
    }

    /// <summary>True when the quarter has ended by the article's date (or there is no date to tell).</summary>
    private bool Completed(in TimeMeaning quarter, out string? value)
    {
        value = published is { } at ? TimeResolver.Resolve(quarter, at) : null;
        // "reported a decline in fourth-quarter earnings" in November: a fiscal quarter the clause says is over.
        if (published is not { } a || quarter.Part == 0 || quarter.Tense is Tense.Past or Tense.PastClause || value is null)
        {
            return true;
        }

        var current = (a.Year * 4) + ((a.Month - 1) / 3);
        var year = int.Parse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        return (year * 4) + value[6] - '1' < current;
    }

    /// <summary>A pattern's result: one past its last word, its type and meaning; <c>End == -1</c> for none.</summary>
    private readonly record struct Match(int End, TimexType Type, TimeMeaning Meaning)
    {
        public static Match None => new(NoMatch, TimexType.Date, default);
    }

    private static void Consider(ref Match best, Match candidate)
    {
        if (candidate.End > best.End)
        {
            best = candidate;
        }
    }

    private static Match Best(Match a, Match b) => b.End > a.End ? b : a;

    /// <summary>Everything except the narrowed forms (<c>early</c>, <c>the end of</c>), which wrap these.</summary>
    private Match Core(int i)
    {
        var best = Match.None;
        best = Best(best, Dates(i));
        best = Best(best, Deictic(i));
        best = Best(best, Durations(i));
        best = Best(best, References(i));
        best = Best(best, Sets(i));
        best = Best(best, Clock(i));
        best = Best(best, Quarters(i));
        best = Best(best, HalfOfYear(i));
        best = Best(best, DayPartFirst(i));
        best = Best(best, YearAgo(i));
        best = Best(best, TheYear(i));
        best = Best(best, YearEnd(i));
        best = Best(best, Seasons(i));
        best = Best(best, ThatUnit(i));
        best = Best(best, PartOfTheDay(i));
        best = Best(best, WeekOf(i));
        best = Best(best, OrdinalToday(i));
        best = Best(best, DayNextTo(i));
        best = Best(best, JudgedDay(i));
        return best;
    }

    /// <summary>
    /// <c>the day before yesterday</c>, <c>the day after Christmas</c>, <c>the day before last Tuesday's hearing</c>:
    /// the day next to a day named in the same phrase. Without the article's date, an unknown day.
    /// </summary>
    private Match DayNextTo(int i)
    {
        if (!IsThe(i) || !IsWord(i + 1, "day") || !(IsWord(i + 2, "before") || IsWord(i + 2, "after")))
        {
            return Match.None;
        }

        var day = Best(Dates(i + 3), Deictic(i + 3));
        if (day.End <= i + 3 || day.Type != TimexType.Date || day.Meaning.Kind is MeaningKind.Same or MeaningKind.Fixed || day.Meaning.Anaphoric)
        {
            return Match.None;
        }

        var value = TimeResolver.Resolve(day.Meaning, published);
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return published is null && day.Meaning.Kind is MeaningKind.Weekday or MeaningKind.Holiday or MeaningKind.MonthDay
                   || (day.Meaning.Kind == MeaningKind.Shift && day.Meaning.Unit == TimeUnit.Day)
                ? new Match(day.End, TimexType.Date, TimeMeaning.Fixed("XXXX-XX-XX"))
                : Match.None;
        }

        var next = date.AddDays(IsWord(i + 2, "before") ? -1 : 1);
        return new Match(day.End, TimexType.Date, TimeMeaning.Fixed(next.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary><c>the week of March 6</c>: the calendar week holding that day.</summary>
    private Match WeekOf(int i)
    {
        if (!IsThe(i) || !IsWord(i + 1, "week") || !IsWord(i + 2, "of"))
        {
            return Match.None;
        }

        var day = Dates(i + 3);
        return day.End > 0 && day.Meaning.Kind == MeaningKind.MonthDay && day.Meaning.Day > 0
            ? new Match(day.End, TimexType.Date, day.Meaning with { Unit = TimeUnit.Week })
            : Match.None;
    }

    // ---- word tests ----
    private TimeWordKind Kind(int i) => (uint)i < (uint)count ? words[i].Entry.Kind : TimeWordKind.None;

    private int Value(int i) => words[i].Entry.Value;

    private bool IsWord(int i, string word) => (uint)i < (uint)count && text.AsSpan(words[i].Start, words[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsA(int i) => IsWord(i, "a") || IsWord(i, "an");

    private bool IsThe(int i) => IsWord(i, "the");

    private bool IsPunct(int i, char c) => (uint)i < (uint)count && words[i].Shape == WordShape.Punctuation && text[words[i].Start] == c;

    /// <summary>True when word <paramref name="i"/> is joined to the previous one by a hyphen (<c>five-year</c>).</summary>
    private bool HyphenJoined(int i) => i + 1 < count && IsPunct(i, '-') && words[i].Attached && words[i + 1].Attached;

    private bool Capitalised(int i) => char.IsUpper(text[words[i].Start]);

    private bool IsDigits(int i) => (uint)i < (uint)count && words[i].Shape == WordShape.Digits;

    private int Integer(int i, int maxDigits)
    {
        var span = text.AsSpan(words[i].Start, words[i].Length);
        if (span.Length > maxDigits)
        {
            return NoMatch;
        }

        var value = 0;
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return NoMatch;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>Skips an abbreviation's full stop directly after word <paramref name="i"/> (<c>Sept.</c>, not <c>May.</c>).</summary>
    private int AfterDot(int i) =>
        IsPunct(i + 1, '.') && words[i + 1].Attached && (words[i].Length == 3 || IsWord(i, "sept") || IsWord(i, "tues") || IsWord(i, "thurs"))
        && !IsWord(i, "may")
            ? i + 2
            : i + 1;
}
