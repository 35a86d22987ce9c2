using System.Globalization;

namespace Chronicle.Contract.Exports;

/// <summary>An event's date as ACLED writes it: a calendar day and a time precision (1 day, 2 week, 3 month or vaguer).</summary>
internal static class AcledDates
{
    /// <summary>
    /// The day and precision of an event's TIMEX3 date: a week gives its Monday (2), a month or year its first day (3).
    /// An event with no date of its own, or one with no year (<c>XXXX-</c>), gives none rather than the article's
    /// date: the event coder already dates current events by the article, so a missing date means it is not known.
    /// </summary>
    public static (string? Date, string? Precision) Of(EventDateJson? date)
    {
        var value = date?.Value ?? string.Empty;
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (Format(day), "1");
        }

        if (value.Length >= 8 && value[4..6] == "-W" && int.TryParse(value[..4], CultureInfo.InvariantCulture, out var weekYear)
            && int.TryParse(value[6..8], CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
        {
            return (Format(DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Monday))), "2");
        }

        if (value.Length >= 7 && DateOnly.TryParseExact(value[..7], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (Format(month), "3");
        }

        if (value.Length >= 4 && int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 0)
        {
            return (Format(new DateOnly(year, 1, 1)), "3");
        }

        return (null, null);
    }

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
