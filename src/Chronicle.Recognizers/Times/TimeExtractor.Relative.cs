namespace Chronicle.Recognizers.Times;

/// <summary>Deictic expressions (<c>last week</c>, <c>this year</c>, <c>next April</c>) and narrowed ones (<c>early next year</c>).</summary>
internal sealed partial class TimeExtractor
{
    /// <summary><c>last week</c>, <c>this month</c>, <c>next year</c>, <c>last fall</c>, <c>this September</c>, <c>the current quarter</c>.</summary>
    private Match Deictic(int i)
    {
        var j = i;
        var the = IsThe(j);
        if (the)
        {
            j++;
        }

        if (the && Kind(j) == TimeWordKind.Unit && (TimeUnit)Value(j) == TimeUnit.Weekend && !words[j].Entry.Plural)
        {
            // "the weekend": the one just past, unless the clause looks ahead.
            var ahead = TenseAround(i) == Tense.Future;
            return new Match(j + 1, TimexType.Date, new TimeMeaning(MeaningKind.Shift, TimeUnit.Weekend, ahead ? 0 : -1, Part: 1));
        }

        if (Kind(j) != TimeWordKind.Deictic)
        {
            return Match.None;
        }

        var deixis = (Deixis)Value(j);
        var k = j + 1;
        if (deixis == Deixis.This && IsWord(k, "past"))
        {
            deixis = Deixis.Last;
            k++;
        }

        var offset = deixis switch
        {
            Deixis.This or Deixis.Current => 0,
            Deixis.Last or Deixis.Past or Deixis.Previous or Deixis.Recent => -1,
            _ => 1,
        };
        switch (Kind(k))
        {
            case TimeWordKind.Unit when Capitalised(k):
                // "This Week" as a programme's name.
                return Match.None;
            case TimeWordKind.Unit when !words[k].Entry.Plural:
                var unit = (TimeUnit)Value(k);
                if (unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Half || deixis == Deixis.Recent)
                {
                    return Match.None;
                }

                // "the past week" is the seven days up to now; "last week" is the calendar week before this one.
                if (the && deixis is Deixis.Past or Deixis.Last or Deixis.Next or Deixis.Coming)
                {
                    return new Match(k + 1, TimexType.Duration, TimeMeaning.Fixed(DurationValue(1, unit)));
                }

                if (the && deixis is not (Deixis.Current or Deixis.Previous or Deixis.Following))
                {
                    return Match.None;
                }

                return new Match(k + 1, TimexType.Date, new TimeMeaning(MeaningKind.Shift, unit, offset));
            case TimeWordKind.Unit:
                var plural = (TimeUnit)Value(k);
                if (deixis == Deixis.Recent)
                {
                    return new Match(k + 1, TimexType.Date, TimeMeaning.Fixed("PAST_REF"));
                }

                return new Match(k + 1, TimexType.Duration, TimeMeaning.Fixed(DurationValue(-1, plural)));
            case TimeWordKind.Month when Capitalised(k) && !the:
                var tense = offset switch { < 0 => Tense.Past, > 0 => Tense.Future, _ => Tense.Unknown };
                var thisYear = deixis is Deixis.This or Deixis.Current ? 1 : 0;
                return new Match(AfterDot(k), TimexType.Date, new TimeMeaning(MeaningKind.MonthDay, Month: Value(k), Part: thisYear, Tense: tense));
            case TimeWordKind.Season when !the:
                return new Match(k + 1, TimexType.Date, new TimeMeaning(MeaningKind.Season, Offset: offset, Part: Value(k)));
            default:
                return Match.None;
        }
    }

    /// <summary>
    /// <c>early next year</c>, <c>late November</c>, <c>mid-September</c>, <c>earlier this month</c>,
    /// <c>the end of 1990</c>: the span takes the narrowing words, the value stays the period's.
    /// </summary>
    private Match Narrowed(int i)
    {
        var j = i;
        if (IsThe(j) && Kind(j + 1) == TimeWordKind.Narrower && IsWord(j + 2, "of"))
        {
            j += 3;
            if (IsThe(j))
            {
                j++;
            }
        }
        else if (Kind(j) == TimeWordKind.Narrower && (IsWord(j, "early") || IsWord(j, "late") || IsWord(j, "mid") || IsWord(j, "earlier") || IsWord(j, "later")))
        {
            j = HyphenJoined(j + 1) ? j + 2 : j + 1;
            if (IsWord(j, "in"))
            {
                j++;
                if (IsThe(j))
                {
                    j++;
                }
            }
        }
        else
        {
            return Match.None;
        }

        var core = Core(j);
        if (core.End <= j || core.Type is not (TimexType.Date or TimexType.Time) || core.Meaning.Value is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF")
        {
            return Match.None;
        }

        // TimeBank keeps "early"/"earlier" with months, years and decades ("early next year", "late November"),
        // and with yesterday ("late yesterday"), "early" with weeks ("early next week") but not "earlier this week",
        // and neither with weekdays ("late Monday").
        var meaning = core.Meaning;
        if (meaning.Kind is MeaningKind.Weekday or MeaningKind.Clock || (meaning.Kind == MeaningKind.MonthDay && meaning.Day > 0)
            || ((IsWord(i, "earlier") || IsWord(i, "later"))
                && (meaning.Kind == MeaningKind.MonthDay || (meaning.Kind == MeaningKind.Shift && meaning.Unit is TimeUnit.Week or TimeUnit.Weekend))))
        {
            return Match.None;
        }

        return core;
    }

    /// <summary>
    /// Which way the clause around word <paramref name="i"/> points: a future cue (<c>will</c>, <c>next</c>,
    /// <c>scheduled</c>) in the same sentence before it, or just after it, says future; otherwise unknown.
    /// </summary>
    private Tense TenseAround(int i)
    {
        // "as soon as Tuesday", "as early as Tuesday"
        if (i >= 3 && IsWord(i - 1, "as") && (IsWord(i - 2, "soon") || IsWord(i - 2, "early")) && IsWord(i - 3, "as"))
        {
            return Tense.Future;
        }

        for (var j = i - 1; j >= 0 && j >= i - 8; j--)
        {
            if (IsSentenceEnd(j))
            {
                break;
            }

            // "set"/"due"/"plan" point ahead only as "set to", "due to", "plans to".
            if (Kind(j) == TimeWordKind.FutureCue
                && (!(IsWord(j, "set") || IsWord(j, "due") || IsWord(j, "plan") || IsWord(j, "plans") || IsWord(j, "planned")) || IsWord(j + 1, "to")))
            {
                return Tense.Future;
            }
        }

        for (var j = i + 1; j < count && j <= i + 3; j++)
        {
            if (IsSentenceEnd(j))
            {
                break;
            }

            if (IsWord(j, "will") || IsWord(j, "shall"))
            {
                return Tense.Future;
            }
        }

        return Tense.Unknown;
    }

    private bool IsSentenceEnd(int i) => IsPunct(i, '.') || IsPunct(i, '!') || IsPunct(i, '?') || IsPunct(i, ';');
}
