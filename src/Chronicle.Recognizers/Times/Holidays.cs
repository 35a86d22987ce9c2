namespace Chronicle.Recognizers.Times;

/// <summary>Holidays that news dates things by, and their dates in a given year (US ones where countries differ).</summary>
internal static class Holidays
{
    public const int NewYear = 1;
    public const int Christmas = 2;
    public const int ChristmasEve = 3;
    public const int Thanksgiving = 4;
    public const int ElectionDay = 5;
    public const int Independence = 6;
    public const int LaborDay = 7;
    public const int MemorialDay = 8;
    public const int NewYearsEve = 9;
    public const int Halloween = 10;
    public const int Easter = 11;

    /// <summary>The holiday's date in <paramref name="year"/>.</summary>
    public static DateOnly On(int holiday, int year) => holiday switch
    {
        NewYear => new DateOnly(year, 1, 1),
        Christmas => new DateOnly(year, 12, 25),
        ChristmasEve => new DateOnly(year, 12, 24),
        NewYearsEve => new DateOnly(year, 12, 31),
        Independence => new DateOnly(year, 7, 4),
        Halloween => new DateOnly(year, 10, 31),
        Thanksgiving => Nth(year, 11, DayOfWeek.Thursday, 4),
        LaborDay => Nth(year, 9, DayOfWeek.Monday, 1),
        MemorialDay => Nth(year, 6, DayOfWeek.Monday, 1).AddDays(-7),
        // The Tuesday after the first Monday of November.
        ElectionDay => Nth(year, 11, DayOfWeek.Monday, 1).AddDays(1),
        Easter => EasterSunday(year),
        _ => new DateOnly(year, 1, 1),
    };

    /// <summary>Western Easter Sunday in <paramref name="year"/> (the Gregorian computus, Meeus/Jones/Butcher).</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The month a holiday falls in, for articles without a date.</summary>
    public static int Month(int holiday) => On(holiday, 2001).Month;

    /// <summary>True when the holiday has the same day of the month every year.</summary>
    public static bool Fixed(int holiday) => holiday is NewYear or Christmas or ChristmasEve or NewYearsEve or Independence or Halloween;

    private static DateOnly Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var shift = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(shift + (7 * (n - 1)));
    }
}
