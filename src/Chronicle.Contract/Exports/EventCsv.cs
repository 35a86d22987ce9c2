using System.Globalization;

namespace Chronicle.Contract.Exports;

/// <summary>Events as CSV rows in ACLED-like columns, one row per event, with the evidence and its source.</summary>
public static class EventCsv
{
    /// <summary>The header row's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "event_id", "event_date", "date_precision", "year", "plover_type", "plover_mode", "acled_event_type", "acled_sub_event_type",
        "cameo", "actor1", "actor1_country", "actor2", "actor2_country", "country", "admin1", "location", "latitude", "longitude",
        "geo_precision", "geonameid", "participants", "killed", "injured", "arrested", "weapons", "modality", "attributed_to",
        "confidence", "cluster_id", "document_id", "source", "published", "evidence",
    ];

    /// <summary>One row per event of the article.</summary>
    public static IEnumerable<IReadOnlyList<string?>> Rows(ArticleJson article)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var e in article.Events)
        {
            var source = e.Actors.FirstOrDefault(a => a.Role == "source");
            var target = e.Actors.FirstOrDefault(a => a.Role == "target");
            yield return
            [
                e.Id, e.Date?.Value, e.Date?.Precision, Year(e.Date?.Value), e.Type, e.Mode, e.Acled?.EventType, e.Acled?.SubEventType,
                e.Cameo, source?.Canonical, source?.Country, target?.Canonical, target?.Country, e.Place?.Country, e.Place?.Admin1,
                e.Place?.Name, Number(e.Place?.Lat), Number(e.Place?.Lon), e.Place?.Precision,
                e.Place?.Geonameid?.ToString(CultureInfo.InvariantCulture),
                Count(e, "participants"), Count(e, "killed"), Count(e, "injured"), Count(e, "arrested"), Count(e, "weapons"),
                e.Modality, e.Attribution?.Speaker, Number(e.Confidence), e.ClusterId, article.Id, article.Source, article.Published,
                e.Evidence.Text.ReplaceLineEndings(" "),
            ];
        }
    }

    private static string? Year(string? value) =>
        value is { Length: >= 4 } && value[..4].All(char.IsAsciiDigit) ? value[..4] : null;

    private static string? Number(double? value) => value?.ToString("0.#####", CultureInfo.InvariantCulture);

    private static string? Count(EventJson e, string kind) =>
        e.Counts.TryGetValue(kind, out var count) ? count.Value.ToString(CultureInfo.InvariantCulture) : null;
}
