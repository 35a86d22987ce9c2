using System.Globalization;

namespace Chronicle.Storage.Queries;

/// <summary>
/// The first day an event's TIMEX3 date covers (<c>2022-W08</c> → its Monday, <c>2022-02</c> → the 1st), so that
/// date filters and timelines compare days; an underspecified date (<c>XXXX-WXX-3</c>) falls back to the article's date.
/// </summary>
public static class EventDay
{
    /// <summary>The day as <c>yyyy-MM-dd</c>, or null when neither the event nor the article is dated.</summary>
    public static string? Of(string? timex, string? published) => Parse(timex) ?? Parse(published);

    private static string? Parse(string? value)
    {
        if (value is null || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        if (value.Length >= 8 && value[4] == '-' && value[5] == 'W'
            && int.TryParse(value.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            && week >= 1 && week <= ISOWeek.GetWeeksInYear(year))
        {
            return Format(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        }

        if (value.Length >= 10 && DateTime.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Format(day);
        }

        if (value.Length >= 7 && value[4] == '-'
            && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return Format(new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified));
        }

        return value.Length == 4 || !char.IsAsciiDigit(value[4]) ? Format(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified)) : null;
    }

    private static string Format(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
