using System.Globalization;

namespace Chronicle.Contract.Exports;

/// <summary>
/// Events in ACLED's own columns, one row per event that ACLED would code (an event with an <c>acled</c> type).
/// Event ids are the country's alpha-3 code and a running number, as ACLED's are; the Chronicle event id is kept in
/// <c>tags</c> so each row can be traced to its article. Not thread-safe: one instance per export.
/// </summary>
public sealed class AcledCsv(AcledLookups lookups)
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    /// <summary>ACLED's columns, in ACLED's order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
        "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
        "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>One row per event of the article that has an ACLED type.</summary>
    public IEnumerable<IReadOnlyList<string?>> Rows(ArticleJson article)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var e in article.Events)
        {
            if (e.Acled is not { } acled)
            {
                continue;
            }

            var sources = e.Actors.Where(a => a.Role == "source").ToList();
            var targets = e.Actors.Where(a => a.Role == "target").ToList();
            var (date, precision) = AcledDates.Of(e.Date);
            var countryCode = e.Place?.Country ?? sources.Select(a => a.Country).FirstOrDefault(c => c is not null);
            var country = countryCode is null ? null : lookups.Country(countryCode);
            var inter1 = Inter(sources.FirstOrDefault(), acled, source: true);
            var inter2 = Inter(targets.FirstOrDefault(), acled, source: false);
            yield return
            [
                EventId(country), date, date?[..4], precision, lookups.DisorderType(acled.EventType, acled.SubEventType),
                acled.EventType, acled.SubEventType, sources.FirstOrDefault()?.Canonical, Joined(sources.Skip(1)), Number(inter1),
                targets.FirstOrDefault()?.Canonical, Joined(targets.Skip(1)), Number(inter2), Interaction(inter1, inter2),
                CivilianTargeting(acled, inter2), country?.Numeric, country?.Region, country?.Name, e.Place?.Admin1, null, null,
                e.Place?.Name, Coordinate(e.Place?.Lat), Coordinate(e.Place?.Lon), GeoPrecision(e.Place?.Precision), article.Source,
                null, e.Evidence.Text.ReplaceLineEndings(" "), Fatalities(e), Tags(e), lookups.Timestamp.ToString(CultureInfo.InvariantCulture),
            ];
        }
    }

    private string EventId(AcledCountry? country)
    {
        var prefix = country?.Alpha3 ?? "XXX";
        var number = _numbers.GetValueOrDefault(prefix) + 1;
        _numbers[prefix] = number;
        return prefix + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The actor's code from its name, else what the event type implies (a protest's source protests).</summary>
    private int? Inter(ActorJson? actor, AcledJson acled, bool source)
    {
        if (actor is not null && (lookups.Inter(actor.Text) ?? lookups.Inter(actor.Canonical)) is { } code)
        {
            // Civilians who demonstrate are protesters (or rioters) in ACLED's terms.
            return (code, source, acled.EventType) switch
            {
                (7, true, "Protests") => 6,
                (7, true, "Riots") => 5,
                _ => code,
            };
        }

        return (acled.EventType, source, actor is null) switch
        {
            ("Protests", true, _) => 6,
            ("Riots", true, _) when acled.SubEventType == "Violent demonstration" => 5,
            ("Violence against civilians", false, false) => 7,
            _ => null,
        };
    }

    /// <summary>ACLED's two-digit interaction: the lower code first; a one-sided event is its code and 0.</summary>
    private static string? Interaction(int? inter1, int? inter2) => (inter1, inter2) switch
    {
        (null, null) => null,
        ({ } a, null) => (a * 10).ToString(CultureInfo.InvariantCulture),
        (null, { } b) => (b * 10).ToString(CultureInfo.InvariantCulture),
        ({ } a, { } b) => (Math.Min(a, b) * 10 + Math.Max(a, b)).ToString(CultureInfo.InvariantCulture),
    };

    private static string? CivilianTargeting(AcledJson acled, int? inter2) =>
        acled.EventType == "Violence against civilians" || (inter2 == 7 && acled.EventType == "Explosions/Remote violence")
            ? "Civilian targeting"
            : null;

    /// <summary>ACLED's geo-precision: 1 the place itself, 2 a part of a region, 3 only a wider region is known.</summary>
    private static string? GeoPrecision(string? precision) => precision switch
    {
        "site" or "city" => "1",
        "admin1" => "2",
        "country" => "3",
        _ => null,
    };

    private static string Fatalities(EventJson e) =>
        e.Counts.TryGetValue("killed", out var killed) ? decimal.Truncate(killed.Value).ToString(CultureInfo.InvariantCulture) : "0";

    private static string Tags(EventJson e)
    {
        var tags = new List<string>();
        if (e.Counts.TryGetValue("participants", out var crowd))
        {
            tags.Add("crowd size=" + crowd.Text);
        }

        tags.Add("chronicle event " + e.Id);
        return string.Join("; ", tags);
    }

    private static string? Joined(IEnumerable<ActorJson> actors)
    {
        var names = actors.Select(a => a.Canonical).Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? null : string.Join("; ", names);
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Coordinate(double? value) => value?.ToString("0.0000", CultureInfo.InvariantCulture);
}
