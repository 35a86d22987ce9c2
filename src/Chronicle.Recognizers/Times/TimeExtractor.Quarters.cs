using System.Globalization;

namespace Chronicle.Recognizers.Times;

/// <summary>Quarters and halves (<c>the third quarter</c>, <c>fiscal 1990</c>'s first half) and year-ago comparisons of earnings reports.</summary>
internal sealed partial class TimeExtractor
{
    /// <summary><c>year-ago</c>, <c>the year-earlier quarter</c>, <c>the year-ago period</c>: the same period a year before.</summary>
    private Match YearAgo(int i)
    {
        var j = IsThe(i) ? i + 1 : i;
        if (j > i && IsComparable(j))
        {
            j++;
        }

        if (!IsWord(j, "year") || !HyphenJoined(j + 1) || !(IsWord(j + 2, "ago") || IsWord(j + 2, "earlier")))
        {
            return Match.None;
        }

        var end = j + 3;
        if (Kind(end) == TimeWordKind.Ordinal && Value(end) <= 4 && IsWord(end + 1, "quarter"))
        {
            // "the year-earlier third quarter": that quarter of last year.
            return new Match(end + 2, TimexType.Date, new TimeMeaning(MeaningKind.Quarter, TimeUnit.Quarter, -1, Part: Value(end), Tense: Tense.Past));
        }

        if (TryCount(end, out var months, out var unitAt) && months > 1 && IsWord(unitAt, "months"))
        {
            // "the year-earlier nine months": a span of that length, a year back.
            return new Match(unitAt + 1, TimexType.Duration, TimeMeaning.Fixed(DurationValue(months, TimeUnit.Month)));
        }

        if (IsWord(end, "quarter") || IsWord(end, "period"))
        {
            end++;
        }
        else if (j > i)
        {
            return Match.None;
        }

        return new Match(end, TimexType.Date, new TimeMeaning(MeaningKind.Shift, TimeUnit.Year, -1, Anaphoric: true));
    }

    /// <summary>
    /// <c>the third quarter</c>, <c>third-quarter</c>, <c>the fiscal first quarter</c>, <c>the first half of 1990</c>,
    /// <c>this year's third quarter</c>, <c>the fourth quarter of next year</c>.
    /// </summary>
    private Match Quarters(int i)
    {
        var j = i;
        var yearOffset = 0;
        var explicitYear = 0;
        if (IsThe(j))
        {
            j++;
        }
        else if (Kind(j) == TimeWordKind.Deictic && IsWord(j + 1, "year") && (IsPunct(j + 2, '\'') || IsPunct(j + 2, '\u2019')) && IsWord(j + 3, "s"))
        {
            yearOffset = Value(j) switch { (int)Deixis.Last => -1, (int)Deixis.Next => 1, _ => 0 };
            j += 4;
        }

        var the = j > i;
        if (Year(j) is > 0 and var leadingYear)
        {
            explicitYear = leadingYear;
            j++;
        }

        if (the && explicitYear > 0 && (IsWord(j, "quarter") || IsWord(j, "period")))
        {
            // "the 1988 quarter": the quarter under report, in that year.
            var fallback = TimeMeaning.Fixed(explicitYear.ToString("D4", CultureInfo.InvariantCulture)) with { Year = explicitYear, Anaphoric = true };
            return new Match(j + 1, TimexType.Date, fallback);
        }

        if (Kind(j) == TimeWordKind.Fiscal)
        {
            j++;
        }

        if (the && explicitYear == 0 && (IsWord(j, "quarter") || (IsWord(j, "latest") && (IsWord(j + 1, "quarter") || IsWord(j + 1, "period")))))
        {
            // "the quarter", "the latest quarter", "the latest period": the one the report is about;
            // "last year's quarter", "the quarter a year ago": the same one a year before.
            var after = IsWord(j, "latest") ? j + 2 : j + 1;
            if (HyphenJoined(after))
            {
                // "the quarter-to-quarter comparison": a modifier, no period.
                return Match.None;
            }

            // "the quarter ended July 31": a quarter named before (a fiscal one keeps its number), else the three
            // months up to that day, named by the calendar quarter that holds most of them (May to July: the second).
            if (yearOffset == 0 && IsWord(after, "ended") && Kind(after + 1) == TimeWordKind.Month && MonthFirst(after + 1) is { End: > 0 } closed
                && closed.Meaning is { Kind: MeaningKind.MonthDay, Day: > 0 } day)
            {
                var middle = day.Month == 1 ? 12 : day.Month - 1;
                return new Match(after, TimexType.Date, new TimeMeaning(MeaningKind.Quarter, TimeUnit.Quarter, day.Month == 1 ? -1 : 0,
                    Part: ((middle - 1) / 3) + 1, Tense: Tense.Past, Anaphoric: true));
            }

            if (IsA(after) && IsWord(after + 1, "year") && (IsWord(after + 2, "ago") || IsWord(after + 2, "earlier")))
            {
                yearOffset = -1;
                after += 3;
            }

            return new Match(after, TimexType.Date, new TimeMeaning(MeaningKind.Quarter, TimeUnit.Quarter, yearOffset, Part: 0, Anaphoric: true));
        }

        if (the && explicitYear == 0 && IsComparable(j) && (IsWord(j + 1, "quarter") || IsWord(j + 1, "period")) && YearDeixis(j + 2) is var back and not NotDeictic)
        {
            // "the corresponding period last year".
            return new Match(j + 4, TimexType.Date, new TimeMeaning(MeaningKind.Quarter, TimeUnit.Quarter, back, Part: 0, Anaphoric: true));
        }

        if (Kind(j) != TimeWordKind.Ordinal || Value(j) > 4 || (the && explicitYear == 0 && HyphenJoined(j + 1)))
        {
            return Match.None;
        }

        var part = Value(j);
        var k = HyphenJoined(j + 1) ? j + 2 : j + 1;
        if (!IsWord(k, "quarter") && !IsWord(k, "half"))
        {
            return Match.None;
        }

        var half = IsWord(k, "half");
        if (half && part > 2)
        {
            return Match.None;
        }

        var end = k + 1;
        if (explicitYear == 0 && IsWord(end, "of") && Year(end + 1) is > 0 and var year)
        {
            explicitYear = year;
            end += 2;
        }
        else if (explicitYear == 0 && IsWord(end, "of") && Kind(end + 1) == TimeWordKind.Deictic && IsWord(end + 2, "year"))
        {
            yearOffset = Value(end + 1) switch { (int)Deixis.Last => -1, (int)Deixis.Next => 1, _ => 0 };
            end += 3;
        }

        // "the fourth quarter ended Sept. 30": a fiscal quarter already closed, whatever its number, in the year of
        // the day it closed ("the second quarter ended Oct. 31" in a story of late October is last year's).
        var ended = IsWord(end, "ended") && Kind(end + 1) == TimeWordKind.Month;
        if (ended && explicitYear == 0 && yearOffset == 0 && published is { } on && MonthFirst(end + 1) is { End: > 0 } closing
            && closing.Meaning.Kind is MeaningKind.MonthDay or MeaningKind.Fixed
            && TimeResolver.Resolve(closing.Meaning, on) is { Length: 10 } closedOn && char.IsAsciiDigit(closedOn[0]))
        {
            explicitYear = int.Parse(closedOn.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        var meaning = new TimeMeaning(MeaningKind.Quarter, half ? TimeUnit.Half : TimeUnit.Quarter, yearOffset, Year: explicitYear, Part: part,
            Tense: ended ? Tense.Past : TenseAround(i));
        return new Match(end, TimexType.Date, meaning);
    }

    /// <summary><c>the last half of 1989</c>, <c>the first two quarters of 1990</c>: a half of a named year.</summary>
    private Match HalfOfYear(int i)
    {
        var j = IsThe(i) ? i + 1 : i;
        var first = Kind(j) == TimeWordKind.Ordinal && Value(j) == 1;
        if (!first && !IsWord(j, "last"))
        {
            return Match.None;
        }

        var k = j + 1;
        if (IsWord(k, "two") && IsWord(k + 1, "quarters"))
        {
            k += 2;
        }
        else if (IsWord(k, "half"))
        {
            k++;
        }
        else
        {
            return Match.None;
        }

        return IsWord(k, "of") && Year(k + 1) is > 0 and var year
            ? new Match(k + 2, TimexType.Date, new TimeMeaning(MeaningKind.Quarter, TimeUnit.Half, Year: year, Part: first ? 1 : 2))
            : Match.None;
    }
}
