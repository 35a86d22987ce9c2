using System.Globalization;

namespace Chronicle.Recognizers.Times;

/// <summary>
/// Turns a <see cref="TimeMeaning"/> into a TIMEX3 value against the article's date. Without a date, relative
/// meanings stay underspecified (<c>XXXX-WXX-3</c>, <c>XXXX-09</c>): a year is never guessed.
/// </summary>
internal static class TimeResolver
{
    public static string Resolve(in TimeMeaning meaning, DateOnly? anchor) => meaning.Kind switch
    {
        MeaningKind.Fixed => meaning.Value ?? "XXXX",
        MeaningKind.Shift => anchor is { } a ? Shift(meaning, a) : Unknown(meaning.Unit) + (meaning.Unit == TimeUnit.Day ? Suffix(meaning.DayPart) : string.Empty),
        MeaningKind.Weekday => anchor is { } a ? Day(Weekday(meaning, a)) + Suffix(meaning.DayPart)
            : string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{meaning.Part}") + Suffix(meaning.DayPart),
        MeaningKind.MonthDay => MonthDay(meaning, anchor),
        MeaningKind.Quarter => Quarter(meaning, anchor),
        MeaningKind.Season => Season(meaning, anchor),
        MeaningKind.Clock => Clock(meaning, anchor),
        MeaningKind.Holiday => Holiday(meaning, anchor),
        MeaningKind.Same => Unknown(meaning.Unit),
        _ => "XXXX",
    };

    private static string Shift(in TimeMeaning m, DateOnly a)
    {
        switch (m.Unit)
        {
            case TimeUnit.Day:
                return Day(a.AddDays(m.Offset)) + Suffix(m.DayPart);
            case TimeUnit.Week:
            case TimeUnit.Weekend:
                // "the weekend" said on a Saturday or Sunday is that weekend.
                var offset = m.Part == 1 && a.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : m.Offset;
                var day = a.AddDays(7 * offset).ToDateTime(TimeOnly.MinValue);
                return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}")
                       + (m.Unit == TimeUnit.Weekend ? "-WE" : string.Empty);
            case TimeUnit.Month:
                return a.AddMonths(m.Offset).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            case TimeUnit.Quarter:
                var q = (a.Year * 4) + ((a.Month - 1) / 3) + m.Offset;
                return string.Create(CultureInfo.InvariantCulture, $"{q / 4:D4}-Q{(q % 4) + 1}");
            case TimeUnit.Half:
                var h = (a.Year * 2) + ((a.Month - 1) / 6) + m.Offset;
                return string.Create(CultureInfo.InvariantCulture, $"{h / 2:D4}-H{(h % 2) + 1}");
            case TimeUnit.Decade:
                return string.Create(CultureInfo.InvariantCulture, $"{(a.Year / 10) + m.Offset:D3}");
            case TimeUnit.Century:
                return string.Create(CultureInfo.InvariantCulture, $"{(a.Year / 100) + m.Offset:D2}");
            default:
                return (a.Year + m.Offset).ToString("D4", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// The <paramref name="unit"/> (year, quarter, month, day) of <paramref name="previous"/>, a date mentioned
    /// before (<c>1998-06</c> gives <c>1998</c> for <c>that year</c>); what it does not say stays X.
    /// </summary>
    public static string Same(TimeUnit unit, string? previous, int offset = 0)
    {
        if (previous is null)
        {
            return Unknown(unit);
        }

        var year = previous[..4];
        var hasMonth = previous.Length >= 7 && previous[4] == '-' && char.IsAsciiDigit(previous[5]) && char.IsAsciiDigit(previous[6]);
        var hasDay = hasMonth && previous.Length >= 10 && previous[7] == '-' && char.IsAsciiDigit(previous[8]);
        if (offset != 0)
        {
            return Next(unit, previous, offset, hasMonth, hasDay);
        }
        return unit switch
        {
            TimeUnit.Day => hasDay ? previous[..10] : hasMonth ? previous[..7] + "-XX" : year + "-XX-XX",
            TimeUnit.Month => hasMonth ? previous[..7] : year + "-XX",
            TimeUnit.Quarter => previous.Length >= 7 && previous[5] == 'Q' ? previous[..7]
                : hasMonth ? string.Create(CultureInfo.InvariantCulture, $"{year}-Q{((previous[5] - '0') * 10 + previous[6] - '0' + 2) / 3}")
                : year + "-QX",
            _ => year,
        };
    }

    /// <summary><paramref name="offset"/> units of <paramref name="unit"/> from a date mentioned before; X where it says too little.</summary>
    private static string Next(TimeUnit unit, string previous, int offset, bool hasMonth, bool hasDay)
    {
        var year = int.Parse(previous.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        var month = hasMonth ? int.Parse(previous.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        return unit switch
        {
            TimeUnit.Year => (year + offset).ToString("D4", CultureInfo.InvariantCulture),
            TimeUnit.Month when hasMonth => new DateOnly(year, month, 1).AddMonths(offset).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            TimeUnit.Day when hasDay && DateOnly.TryParseExact(previous.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                => Day(day.AddDays(offset)),
            _ => Unknown(unit),
        };
    }

    private static string Unknown(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => "XXXX-XX-XX",
        TimeUnit.Week => "XXXX-WXX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        TimeUnit.Month => "XXXX-XX",
        TimeUnit.Quarter => "XXXX-QX",
        TimeUnit.Half => "XXXX-HX",
        TimeUnit.Decade => "XXX",
        TimeUnit.Century => "XX",
        TimeUnit.Season => "XXXX-XX",
        _ => "XXXX",
    };

    private static DateOnly Weekday(in TimeMeaning m, DateOnly a)
    {
        var today = (int)a.DayOfWeek == 0 ? 7 : (int)a.DayOfWeek;
        var back = (today - m.Part + 7) % 7;
        var forward = (m.Part - today + 7) % 7;
        if (m.Offset < 0 || (m.Offset == 0 && m.Tense != Tense.Future))
        {
            // Offset -2 is the one before the latest ("the previous Friday").
            return a.AddDays((m.Offset < 0 && back == 0 ? -7 : -back) - (m.Offset < -1 ? 7 : 0));
        }

        return a.AddDays(m.Offset > 0 && forward == 0 ? 7 : forward);
    }

    private static string MonthDay(in TimeMeaning m, DateOnly? anchor)
    {
        var suffix = m.Day > 0 ? string.Create(CultureInfo.InvariantCulture, $"-{m.Day:D2}") : string.Empty;
        if (m.Unit == TimeUnit.Week && m.Day > 0)
        {
            // "the week of March 6": the ISO week holding the day.
            var dated = MonthDay(m with { Unit = TimeUnit.Day }, anchor);
            return dated[0] == 'X' || !DateOnly.TryParseExact(dated, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? "XXXX-WXX"
                : string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):D2}");
        }

        if (anchor is not { } a)
        {
            return string.Create(CultureInfo.InvariantCulture, $"XXXX-{m.Month:D2}") + suffix;
        }

        // Days from the article's date to the date in this year (roughly): negative is earlier this year.
        // News mostly looks back: without a cue, a date is the most recent one, unless the next one is at most
        // a quarter ahead ("payable Jan. 2" in late October).
        var diff = ((m.Month - a.Month) * 31) + (m.Day > 0 ? m.Day - a.Day : 0);
        var year = m.Part == 1 ? a.Year + m.Offset : m.Tense switch
        {
            // A cue moves the date across the year only when it is more than a month away on the wrong side:
            // "by Jan. 14" a day after it is still this year's, as is "announced on Jan. 14" a week before.
            Tense.Future => diff < -31 ? a.Year + 1 : a.Year,
            // "last February" said in March is a year back: the month just gone would be "last month" or "in February".
            Tense.Past => diff > 0 || (m.Day == 0 && diff >= -31) ? a.Year - 1 : a.Year,
            // A month alone in a past clause is one that has begun: "changed its fiscal year in December" in November
            // is last December. A day may be a few weeks ahead of a late-filed date line, so it keeps the margin.
            Tense.PastClause => diff > (m.Day == 0 ? 0 : SoonAhead) ? a.Year - 1 : a.Year,
            _ when diff >= 0 => diff <= SoonAhead ? a.Year : a.Year - 1,
            _ => diff + 372 <= SoonAhead ? a.Year + 1 : a.Year,
        };

        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{m.Month:D2}") + suffix;
    }

    /// <summary>How far ahead (in 31-day months' days) an undated month or day may still be the next one.</summary>
    internal const int SoonAhead = 93;

    private static string Quarter(in TimeMeaning m, DateOnly? anchor)
    {
        var letter = m.Unit == TimeUnit.Half ? 'H' : 'Q';
        if (m.Part == 0 && m.Year > 0)
        {
            // The reported quarter of another year ("the 1988 quarter").
            return anchor is { } at
                ? string.Create(CultureInfo.InvariantCulture, $"{m.Year:D4}-Q{((((at.Month - 1) / 3) + 3) % 4) + 1}")
                : string.Create(CultureInfo.InvariantCulture, $"{m.Year:D4}-QX");
        }

        if (m.Year > 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{m.Year:D4}-{letter}{m.Part}");
        }

        if (anchor is not { } a)
        {
            return m.Part == 0 ? $"XXXX-{letter}X" : string.Create(CultureInfo.InvariantCulture, $"XXXX-{letter}{m.Part}");
        }

        if (m.Part == 0)
        {
            // The last completed quarter, Offset years away.
            var done = (a.Year * 4) + ((a.Month - 1) / 3) - 1 + (4 * m.Offset);
            return string.Create(CultureInfo.InvariantCulture, $"{done / 4:D4}-Q{(done % 4) + 1}");
        }

        var current = m.Unit == TimeUnit.Half ? ((a.Month - 1) / 6) + 1 : ((a.Month - 1) / 3) + 1;
        var year = a.Year + m.Offset;
        if (m.Offset == 0 && m.Part > current + 1 && m.Tense != Tense.Future)
        {
            year--;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{letter}{m.Part}");
    }

    private static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    private static string Season(in TimeMeaning m, DateOnly? anchor)
    {
        var code = SeasonCodes[m.Part];
        if (m.Year > 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{m.Year:D4}-{code}");
        }

        if (anchor is not { } a)
        {
            return "XXXX-" + code;
        }

        var start = 3 + (3 * m.Part);
        var year = m.Offset switch
        {
            < 0 => start + 3 <= a.Month ? a.Year : a.Year - 1,
            > 0 => start > a.Month ? a.Year : a.Year + 1,
            _ => a.Year,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{code}");
    }

    private static string Clock(in TimeMeaning m, DateOnly? anchor)
    {
        // A month and day given with the hour ("5 p.m. Nov. 9"): that day, in the year a bare date would get.
        var date = m.Month > 0 ? MonthDay(m with { Kind = MeaningKind.MonthDay, Part = 0 }, anchor)
            : anchor is { } a
            ? Day(m.Day > 0 ? Weekday(m with { Part = m.Day, Offset = 0 }, a) : a.AddDays(m.Offset))
            : m.Day > 0 ? string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{m.Day}") : "XXXX-XX-XX";
        return string.Create(CultureInfo.InvariantCulture, $"{date}T{m.Part / 60:D2}:{m.Part % 60:D2}");
    }

    /// <summary>The clock time of <paramref name="m"/> on the day of <paramref name="day"/> (a value naming a day).</summary>
    public static string OnDay(in TimeMeaning m, string day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.AsSpan(0, 10)}T{m.Part / 60:D2}:{m.Part % 60:D2}");

    private static string Holiday(in TimeMeaning m, DateOnly? anchor)
    {
        if (anchor is not { } a)
        {
            if (m.Unit == TimeUnit.Week)
            {
                return "XXXX-WXX";
            }

            var underspecified = Holidays.On(m.Part, 2001);
            return Holidays.Fixed(m.Part)
                ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{underspecified.Month:D2}-{underspecified.Day:D2}")
                : string.Create(CultureInfo.InvariantCulture, $"XXXX-{underspecified.Month:D2}");
        }

        // As for a month and day: the latest one unless it is ahead soon, or the words say which.
        var diff = Holidays.On(m.Part, a.Year).DayNumber - a.DayNumber;
        var year = m.Offset switch
        {
            < 0 => diff >= 0 ? a.Year - 1 : a.Year,
            > 0 => diff <= 0 ? a.Year + 1 : a.Year,
            _ => m.Tense switch
            {
                Tense.Future => diff < -31 ? a.Year + 1 : a.Year,
                _ when diff >= 0 => diff <= SoonAhead ? a.Year : a.Year - 1,
                _ => diff + 365 <= SoonAhead && m.Tense != Tense.PastClause ? a.Year + 1 : a.Year,
            },
        };
        var date = Holidays.On(m.Part, year);
        if (m.Unit == TimeUnit.Week)
        {
            // "Easter week": the ISO week that ends on the holiday's Sunday.
            var at = date.ToDateTime(TimeOnly.MinValue);
            return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(at):D4}-W{ISOWeek.GetWeekOfYear(at):D2}");
        }

        return Day(date);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Suffix(DayPart part) => part switch
    {
        DayPart.Morning => "TMO",
        DayPart.Afternoon => "TAF",
        DayPart.Evening => "TEV",
        DayPart.Night => "TNI",
        _ => string.Empty,
    };
}
