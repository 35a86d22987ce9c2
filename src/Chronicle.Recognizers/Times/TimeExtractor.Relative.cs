using System.Collections.Frozen;

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
        if (!the && deixis == Deixis.Last && (IsWord(j - 1, "as") || IsWord(j - 1, "than")) && (k >= count || words[k].Shape == WordShape.Punctuation)
            && ElidedUnit(j) is { } elided)
        {
            // "twice as high a dividend this year as last": the unit of the "this" it is compared with.
            return new Match(k, TimexType.Date, new TimeMeaning(MeaningKind.Shift, elided, -1));
        }

        if (deixis == Deixis.This && IsWord(k, "past"))
        {
            deixis = Deixis.Last;
            k++;
        }

        if (Kind(k) == TimeWordKind.Fiscal && Kind(k + 1) == TimeWordKind.Unit)
        {
            // "the current fiscal year", "last fiscal year".
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
            case TimeWordKind.DayPart when the && deixis is Deixis.Next or Deixis.Following && !words[k].Entry.Plural:
                // "the next morning", "the following evening": that part of the day after the date last given; a
                // night or a morning gives the day alone, as after a weekday (WeekdayDate).
                return new Match(k + 1, TimexType.Date, new TimeMeaning(MeaningKind.Same, TimeUnit.Day, 1,
                    DayPart: (DayPart)Value(k) is DayPart.Night or DayPart.Morning ? DayPart.None : (DayPart)Value(k)));
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
                // TimeML gives "the past year" and "the next year" the neighbouring calendar year, which covers most of
                // those twelve months.
                // "the next day" is the day after the date the story last gave ("the following day"), not a length.
                if (the && deixis == Deixis.Next && unit == TimeUnit.Day)
                {
                    deixis = Deixis.Following;
                }

                var neighbour = the && unit == TimeUnit.Year && deixis is Deixis.Past or Deixis.Last or Deixis.Next or Deixis.Coming;
                if (the && deixis is Deixis.Past or Deixis.Last or Deixis.Next or Deixis.Coming && !neighbour)
                {
                    return new Match(OrSo(k + 1), TimexType.Duration, TimeMeaning.Fixed(DurationValue(1, unit)));
                }

                if (the && deixis is not (Deixis.Current or Deixis.Previous or Deixis.Following) && !neighbour)
                {
                    return Match.None;
                }

                if (neighbour)
                {
                    return new Match(OrSo(k + 1), TimexType.Date, new TimeMeaning(MeaningKind.Shift, unit, offset));
                }

                // "the following year", "the previous day": next to the date the story last gave, not the article's.
                if (the && deixis is Deixis.Previous or Deixis.Following && unit is TimeUnit.Day or TimeUnit.Month or TimeUnit.Year)
                {
                    return new Match(k + 1, TimexType.Date, new TimeMeaning(MeaningKind.Same, unit, offset));
                }

                // "This quarter's loss includes charges" after a report on the quarter just ended: the quarter under
                // report, as "the latest quarter" (the current one when none was named near or the clause looks ahead).
                var reported = unit == TimeUnit.Quarter && deixis == Deixis.This && !the
                    && (IsPunct(k + 1, '\'') || IsPunct(k + 1, '\u2019')) && IsWord(k + 2, "s") && TenseAround(i) != Tense.Future;
                return new Match(k + 1, TimexType.Date, new TimeMeaning(MeaningKind.Shift, unit, offset, Anaphoric: reported));
            case TimeWordKind.Unit:
                var plural = (TimeUnit)Value(k);
                // "in recent years": a vague stretch of the past that TimeML gives as a reference to the past, not a
                // length; the shorter "recent weeks" is an unknown number of weeks up to now, like "the past few weeks".
                if (plural == TimeUnit.Year && !the && deixis is Deixis.Recent or Deixis.Past)
                {
                    return new Match(k + 1, TimexType.Date, TimeMeaning.Fixed("PAST_REF"));
                }

                // "in coming quarters", "recent quarters": quarters are the periods of reports, so a run of them
                // is the future or the past (TBAQ: 2 of 3 such; the third a duration in months).
                if (plural == TimeUnit.Quarter && deixis is Deixis.Recent or Deixis.Past or Deixis.Last or Deixis.Coming or Deixis.Next)
                {
                    return new Match(k + 1, TimexType.Date, TimeMeaning.Fixed(offset > 0 ? "FUTURE_REF" : "PAST_REF"));
                }

                return new Match(k + 1, TimexType.Duration, TimeMeaning.Fixed(DurationValue(-1, plural)));
            case TimeWordKind.Month when Capitalised(k) && !the:
                var tense = offset switch { < 0 => Tense.Past, > 0 => Tense.Future, _ => Tense.Unknown };
                var thisYear = deixis is Deixis.This or Deixis.Current ? 1 : 0;
                var dayAt = AfterDot(k);
                if (IsDigits(dayAt) && Integer(dayAt, 2) is >= 1 and <= 31 and var day)
                {
                    // "last Oct. 23": that day, in the latest October before the article's date.
                    return new Match(dayAt + 1, TimexType.Date, new TimeMeaning(MeaningKind.MonthDay, Month: Value(k), Day: day, Part: thisYear, Tense: tense));
                }

                return new Match(dayAt, TimexType.Date, new TimeMeaning(MeaningKind.MonthDay, Month: Value(k), Part: thisYear, Tense: tense));
            case TimeWordKind.Season when !the:
                return new Match(k + 1, TimexType.Date, new TimeMeaning(MeaningKind.Season, Offset: offset, Part: Value(k)));
            default:
                return Match.None;
        }
    }

    /// <summary>
    /// <c>the year</c>, <c>the full year</c>, <c>the fiscal year</c>: the article's year; <c>the year ended
    /// Sept. 30</c> is a year's span ending then (P1Y), its end a date of its own.
    /// </summary>
    private Match TheYear(int i)
    {
        if (!IsThe(i))
        {
            return Match.None;
        }

        var j = i + 1;
        if (IsWord(j, "full") || Kind(j) == TimeWordKind.Fiscal)
        {
            j++;
        }

        if (!IsWord(j, "year") || HyphenJoined(j + 1) || IsDigits(j + 1) || Kind(j + 1) == TimeWordKind.Number)
        {
            return Match.None;
        }

        if (IsWord(j + 1, "ended") || IsWord(j + 1, "ending") || IsWord(j + 1, "ends"))
        {
            return new Match(j + 1, TimexType.Duration, TimeMeaning.Fixed("P1Y"));
        }

        // "down from $450 million the year before.": the year before the one last named, as "the previous year";
        // "the year before the war" is left to the year alone, its anchor an event.
        if (j == i + 1 && (IsWord(j + 1, "before") || IsWord(j + 1, "earlier") || IsWord(j + 1, "after"))
            && (j + 2 >= count || (words[j + 2].Shape == WordShape.Punctuation && !HyphenJoined(j + 2))
                || IsWord(j + 2, "and") || IsWord(j + 2, "or") || IsWord(j + 2, "but") || IsWord(j + 2, "when") || IsWord(j + 2, "while")))
        {
            return new Match(j + 2, TimexType.Date, new TimeMeaning(MeaningKind.Same, TimeUnit.Year, IsWord(j + 1, "after") ? 1 : -1));
        }

        return new Match(j + 1, TimexType.Date, new TimeMeaning(MeaningKind.Shift, TimeUnit.Year, 0));
    }

    /// <summary>
    /// <c>year-end</c> (the last day of the article's year), <c>year end</c>, <c>year's end</c> (the year), or those of
    /// the year before after <c>since</c>, which looks back to the last year-end passed. <c>last year's end</c> is left
    /// to the deictic year.
    /// </summary>
    private Match YearEnd(int i)
    {
        if (!IsWord(i, "year") || (i > 0 && Kind(i - 1) is TimeWordKind.Deictic or TimeWordKind.Demonstrative))
        {
            return Match.None;
        }

        var j = i + 1;
        if (HyphenJoined(j))
        {
            j++;
        }
        else if ((IsPunct(j, '\'') || IsPunct(j, '\u2019')) && IsWord(j + 1, "s"))
        {
            j += 2;
        }

        if (!IsWord(j, "end") || HyphenJoined(j + 1))
        {
            return Match.None;
        }

        // TimeML gives "the end of the year" the year (its end is a modifier), and so "year end" and "year's end";
        // the compound "year-end" names the closing day.
        var back = IsWord(i - 1, "since") ? -1 : 0;
        return new Match(j + 1, TimexType.Date, HyphenJoined(i + 1)
            ? new TimeMeaning(MeaningKind.MonthDay, Offset: back, Month: 12, Day: 31, Part: 1)
            : new TimeMeaning(MeaningKind.Shift, TimeUnit.Year, back));
    }

    /// <summary>The unit of a <c>this year</c>, <c>this week</c> shortly before word <paramref name="j"/> in the same sentence, if any.</summary>
    private TimeUnit? ElidedUnit(int j)
    {
        for (var k = j - 2; k >= 0 && k >= j - 12 && !IsSentenceEnd(k); k--)
        {
            if (Kind(k) == TimeWordKind.Deictic && (Deixis)Value(k) == Deixis.This && Kind(k + 1) == TimeWordKind.Unit && !words[k + 1].Entry.Plural
                && (TimeUnit)Value(k + 1) is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
            {
                return (TimeUnit)Value(k + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// <c>that year</c>, <c>that same day</c>, <c>the same month</c>, <c>Oct. 12, the day</c> before the crash: resolved
    /// against the date mentioned last.
    /// </summary>
    private Match ThatUnit(int i)
    {
        var j = i + 1;
        if (Kind(i) == TimeWordKind.Demonstrative)
        {
            if (IsWord(j, "same"))
            {
                j++;
            }
        }
        else if (IsThe(i) && IsWord(j, "day") && !HyphenJoined(j + 1) && i >= 2 && IsPunct(i - 1, ',')
                 && ((IsDigits(i - 2) && Integer(i - 2, 2) is >= 1 and <= 31) || (Kind(i - 2) == TimeWordKind.Weekday && Capitalised(i - 2))))
        {
            // "after Oct. 12, the day before the plunge": the day just named, in apposition.
            return new Match(j + 1, TimexType.Date, new TimeMeaning(MeaningKind.Same, TimeUnit.Day));
        }
        else if (!IsThe(i) || !IsWord(j++, "same"))
        {
            return Match.None;
        }

        if (Kind(j) != TimeWordKind.Unit || words[j].Entry.Plural || HyphenJoined(j + 1)
            || (TimeUnit)Value(j) is not (TimeUnit.Day or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year))
        {
            return Match.None;
        }

        return new Match(j + 1, TimexType.Date, new TimeMeaning(MeaningKind.Same, (TimeUnit)Value(j)));
    }

    /// <summary>
    /// <c>in the morning</c>, <c>during the night</c>: that part of the day the story is telling, which TimeML takes
    /// from the last day the narrative named (<c>On Friday ... buy orders in the morning</c>), else the article's day.
    /// <c>the morning of May 3</c>, <c>the night before</c> and <c>the morning Monday</c> are read by other patterns.
    /// </summary>
    private Match PartOfTheDay(int i)
    {
        if (!IsThe(i) || Kind(i + 1) != TimeWordKind.DayPart || words[i + 1].Entry.Plural || IsWord(i + 1, "overnight") || i == 0
            || !(IsWord(i - 1, "in") || IsWord(i - 1, "during") || IsWord(i - 1, "through") || IsWord(i - 1, "throughout")))
        {
            return Match.None;
        }

        return EndsDayPart(i + 2)
            ? new Match(i + 2, TimexType.Time, new TimeMeaning(MeaningKind.Same, TimeUnit.Day, DayPart: (DayPart)Value(i + 1)))
            : Match.None;
    }

    /// <summary>
    /// True when the part of the day ends before word <paramref name="next"/>: at punctuation or a word that opens
    /// a new phrase (<c>in the morning to start trading</c>), not a noun it modifies (<c>the morning session</c>)
    /// nor a day or phrase that says which morning (<c>the morning of May 3</c>, <c>the night before</c>).
    /// </summary>
    private bool EndsDayPart(int next) =>
        next >= count
        || (words[next].Shape == WordShape.Punctuation && !HyphenJoined(next))
        || PhraseOpeners.Contains(text.Substring(words[next].Start, words[next].Length));

    /// <summary>Words that open a new phrase or clause after a time: prepositions, conjunctions, pronouns.</summary>
    private static readonly FrozenSet<string> PhraseOpeners = FrozenSet.ToFrozenSet(
        ["to", "and", "or", "but", "when", "while", "as", "at", "on", "in", "for", "from", "with", "by", "until", "then", "that",
            "he", "she", "they", "we", "i", "it", "there", "the", "a", "an", "his", "her", "their"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary><c>the summer</c> (the article's year), <c>summer 1998</c>, <c>the winter of 1994</c>.</summary>
    private Match Seasons(int i)
    {
        var the = IsThe(i);
        var j = the ? i + 1 : i;
        if (Kind(j) != TimeWordKind.Season || (Capitalised(j) && !the && j > 0 && Capitalised(j - 1)))
        {
            return Match.None;
        }

        var k = IsWord(j + 1, "of") ? j + 2 : j + 1;
        if (Year(k) is > 0 and var year)
        {
            return new Match(k + 1, TimexType.Date, new TimeMeaning(MeaningKind.Season, Year: year, Part: Value(j)));
        }

        if (SpelledYear(k, out var end) is > 0 and var spelled)
        {
            return new Match(end, TimexType.Date, new TimeMeaning(MeaningKind.Season, Year: spelled, Part: Value(j)));
        }

        return the && !words[j].Entry.Plural && !IsWord(j + 1, "of")
            ? new Match(j + 1, TimexType.Date, new TimeMeaning(MeaningKind.Season, Part: Value(j)))
            : Match.None;
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
            if (IsThe(j) && (IsWord(j + 1, "month") || IsWord(j + 1, "week"))
                && (j + 2 >= count
                    || (words[j + 2].Shape == WordShape.Punctuation
                        ? !HyphenJoined(j + 2) && !IsPunct(j + 2, '\'') && !IsPunct(j + 2, '\u2019')
                        : PhraseOpeners.Contains(text.Substring(words[j + 2].Start, words[j + 2].Length)))))
            {
                // "by the end of the month", "at the start of the week": the article's month or week, as "the end of
                // the year" is its year (TimeML gives the period; "the end of the month-long talks" is no time).
                return new Match(j + 2, TimexType.Date, new TimeMeaning(MeaningKind.Shift, IsWord(j + 1, "month") ? TimeUnit.Month : TimeUnit.Week, 0));
            }

            if (IsThe(j) && TheYear(j).End < 0 && Seasons(j).End < 0)
            {
                j++;
            }
        }
        else if (Kind(j) == TimeWordKind.Narrower && (IsWord(j, "early") || IsWord(j, "late") || IsWord(j, "mid") || IsWord(j, "earlier") || IsWord(j, "later"))
                 || (IsThe(j) && (IsWord(j + 1, "early") || IsWord(j + 1, "late") || IsWord(j + 1, "mid"))))
        {
            // "the early summer", "the late 1970s": the article belongs to the expression.
            j = IsThe(j) ? j + 1 : j;
            j = HyphenJoined(j + 1) ? j + 2 : j + 1;
            if (IsWord(j, "in"))
            {
                j++;
                if (IsThe(j) && TheYear(j).End < 0 && Seasons(j).End < 0)
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
        var led = IsThe(i) && !IsWord(i + 2, "of");
        if (led && core.End <= j && Kind(j) == TimeWordKind.Season && !words[j].Entry.Plural && !IsWord(j + 1, "of"))
        {
            // "the early summer": the article goes with the season.
            core = new Match(j + 1, TimexType.Date, new TimeMeaning(MeaningKind.Season, Part: Value(j)));
        }

        // "the late-November trip": a month that modifies a noun keeps no article.
        if (core.End <= j || core.Type is not (TimexType.Date or TimexType.Time) || core.Meaning.Value is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF"
            || (led && core.Meaning.Kind == MeaningKind.MonthDay))
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
}
