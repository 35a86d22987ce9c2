using System.Globalization;

namespace Chronicle.Ingest;

/// <summary>Reads the publication dates that inputs carry: ISO 8601 dates and times, RFC 1123 (RSS).</summary>
public static class PublicationDate
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd"];

    /// <summary>The calendar date of <paramref name="value"/> as written (its own offset, not converted to UTC).</summary>
    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var moment))
        {
            date = DateOnly.FromDateTime(moment.DateTime);
            return date.Year is >= 1000 and <= 9999;
        }

        return Rfc822Date.TryParse(text, out date);
    }
}
