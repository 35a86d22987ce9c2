using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Resolution.Clusters;

/// <summary>The days an event may have happened on, from its TIMEX3 value or from the article's date.</summary>
/// <param name="First">The first possible day.</param>
/// <param name="Last">The last possible day.</param>
/// <param name="Explicit">True when the text gives the date; false when it is assumed from the article's date.</param>
public sealed partial record EventWindow(DateOnly First, DateOnly Last, bool Explicit)
{
    /// <summary>An undated event in news is usually recent: up to this many days before publication.</summary>
    public const int AssumedDaysBeforePublication = 7;

    /// <summary>The window of a TIMEX3 date value (<c>2022-02-26</c>, <c>2022-W08</c>, <c>2022-02</c>, <c>2022</c>), or null.</summary>
    public static EventWindow? FromTimex(string? value)
    {
        var match = value is null ? null : Timex().Match(value);
        if (match is null || !match.Success)
        {
            return null;
        }
        var c = CultureInfo.InvariantCulture;
        var year = int.Parse(match.Groups["y"].Value, c);
        if (year is < 1 or > 9998)
        {
            return null;
        }
        if (match.Groups["w"].Success)
        {
            var week = Math.Clamp(int.Parse(match.Groups["w"].Value, c), 1, ISOWeek.GetWeeksInYear(year));
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return new EventWindow(monday, monday.AddDays(6), true);
        }
        if (!match.Groups["m"].Success)
        {
            return new EventWindow(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), true);
        }
        var month = int.Parse(match.Groups["m"].Value, c);
        if (month is < 1 or > 12)
        {
            return null;
        }
        if (!match.Groups["d"].Success)
        {
            return new EventWindow(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), true);
        }
        var day = int.Parse(match.Groups["d"].Value, c);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        var date = new DateOnly(year, month, day);
        return new EventWindow(date, date, true);
    }

    /// <summary>The window assumed for an undated event of an article published on <paramref name="published"/>.</summary>
    public static EventWindow Assumed(DateOnly published) => new(published.AddDays(-AssumedDaysBeforePublication), published, false);

    /// <summary>The length in days.</summary>
    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>True when the windows share a day, allowing one day either side for time zones and late reports.</summary>
    public bool Overlaps(EventWindow other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return First.DayNumber <= other.Last.DayNumber + 1 && other.First.DayNumber <= Last.DayNumber + 1;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:-W(?<w>\d{2})|-(?<m>\d{2})(?:-(?<d>\d{2}))?)?(?:$|T)", RegexOptions.CultureInvariant)]
    private static partial Regex Timex();
}
