using System.Globalization;
using Chronicle.Ingest;
using Chronicle.Storage.Queries;
using Chronicle.Web.Hosting;

namespace Chronicle.Web.Api;

/// <summary>Checks and converts <see cref="QueryParameters"/>; every refusal names its parameter.</summary>
internal static class QueryParsing
{
    private const int MaxTextLength = 200;

    private static readonly HashSet<string> PloverTypes =
        [.. Enum.GetNames<PloverType>().Select(name => name.ToUpperInvariant())];

    public static EventFilter Filter(QueryParameters query)
    {
        var from = Day(query.From, "from");
        var to = Day(query.To, "to");
        if (from > to)
        {
            throw new BadParameterException("to", $"'to' ({query.To}) is before 'from' ({query.From}).");
        }

        return new EventFilter(
            from,
            to,
            Type(query.Type),
            Text(query.Acled, "acled"),
            Country(query.Country),
            Text(query.Actor, "actor"),
            Text(query.Q, "q"),
            Text(query.Cluster, "cluster"),
            Text(query.Document, "document"),
            Confidence(query.MinConfidence, "min_confidence"));
    }

    public static PageRequest Page(QueryParameters query) => new(
        Integer(query.Limit, "limit", PageRequest.DefaultLimit, 1, PageRequest.MaxLimit),
        Integer(query.Offset, "offset", 0, 0, int.MaxValue));

    /// <summary>A sort such as <c>-date</c>; the keys are the enum's names in lower case.</summary>
    public static Sort<TKey> Sort<TKey>(string? value, TKey byDefault, bool descendingByDefault)
        where TKey : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new Sort<TKey>(byDefault, descendingByDefault);
        }

        var descending = value.StartsWith('-');
        var name = value.TrimStart('-', '+');
        return Enum.TryParse<TKey>(name, ignoreCase: true, out var key) && !int.TryParse(name, CultureInfo.InvariantCulture, out _)
            ? new Sort<TKey>(key, descending)
            : throw new BadParameterException("sort",
                $"'{value}' is not a sort key; use one of {string.Join(", ", Enum.GetNames<TKey>().Select(n => n.ToLowerInvariant()))} (prefix '-' for descending).");
    }

    public static DateOnly? Day(string? value, string parameter) =>
        string.IsNullOrEmpty(value) ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new BadParameterException(parameter, $"'{value}' is not an ISO date (yyyy-MM-dd).");

    private static string? Type(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var upper = value.ToUpperInvariant();
        return PloverTypes.Contains(upper)
            ? upper
            : throw new BadParameterException("type", $"'{value}' is not a PLOVER type; use one of {string.Join(", ", PloverTypes)}.");
    }

    private static string? Country(string? value) =>
        string.IsNullOrEmpty(value) ? null
        : value.Length == 2 && value.All(char.IsAsciiLetter) ? value.ToUpperInvariant()
        : throw new BadParameterException("country", $"'{value}' is not an ISO 3166 alpha-2 code (two letters, such as FR).");

    private static string? Text(string? value, string parameter) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Length > MaxTextLength ? throw new BadParameterException(parameter, $"'{parameter}' is longer than {MaxTextLength} characters.")
        : value.Any(char.IsControl) || StorableText.Problem(value, parameter) is not null
            // A NUL ends the search string inside SQLite's full-text parser: refused here rather than failing there.
            ? throw new BadParameterException(parameter, $"'{parameter}' contains control characters or broken Unicode.")
            : value.Trim();

    private static double? Confidence(string? value, string parameter) =>
        string.IsNullOrEmpty(value) ? null
        : double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var least) && least is >= 0 and <= 1
            ? least
            : throw new BadParameterException(parameter, $"'{value}' is not a confidence; use a number from 0 to 1 (such as 0.75).");

    private static int Integer(string? value, string parameter, int byDefault, int min, int max)
    {
        if (string.IsNullOrEmpty(value))
        {
            return byDefault;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new BadParameterException(parameter, string.Create(CultureInfo.InvariantCulture,
                $"'{value}' is not a whole number from {min} to {(max == int.MaxValue ? "any" : max)}."));
    }
}
