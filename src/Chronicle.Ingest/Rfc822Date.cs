using System.Globalization;

namespace Chronicle.Ingest;

/// <summary>
/// The RSS date forms .NET does not parse: a named zone (<c>EST</c>, <c>PDT</c>, <c>UT</c>) or a weekday that does
/// not match the date. The date is read as written, so the zone only needs removing, not converting.
/// </summary>
internal static class Rfc822Date
{
    private static readonly string[] Formats =
        ["d MMM yyyy H:m:s", "d MMM yyyy H:m", "d MMM yy H:m:s", "d MMM yy H:m", "d MMM yyyy", "d MMM yy"];

    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count > 0 && parts[0].EndsWith(',') && parts[0].Length <= 10)
        {
            parts.RemoveAt(0);
        }

        if (parts.Count > 3 && IsZone(parts[^1]))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        if (DateTime.TryParseExact(string.Join(' ', parts), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            date = DateOnly.FromDateTime(moment);
            return true;
        }

        return false;
    }

    private static bool IsZone(string part) =>
        (part.Length <= 5 && part.All(char.IsAsciiLetter))
        || (part.Length == 5 && part[0] is '+' or '-' && part.AsSpan(1).ContainsAnyExceptInRange('0', '9') is false);
}
