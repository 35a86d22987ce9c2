using Chronicle.Storage.Queries;

namespace Chronicle.Web.Api;

/// <summary>Events with coordinates as a GeoJSON FeatureCollection of points (RFC 7946: longitude first).</summary>
internal sealed record GeoJson(string Type, IReadOnlyList<GeoFeature> Features)
{
    public static GeoJson Of(Page<StoredEvent> page) => new("FeatureCollection",
    [
        .. page.Items
            .Where(e => e.Event.Place is { Lat: not null, Lon: not null })
            .Select(e => new GeoFeature("Feature", e.Event.Id, new GeoPoint("Point", [e.Event.Place!.Lon!.Value, e.Event.Place.Lat!.Value]),
                new GeoProperties(e.Event.Type, e.Event.Mode, e.Day, e.Event.Place.Name, e.Event.Place.Country, e.Event.Trigger.Text,
                    e.Title, e.DocumentId))),
    ]);
}

/// <summary>One event as a point.</summary>
internal sealed record GeoFeature(string Type, string Id, GeoPoint Geometry, GeoProperties Properties);

/// <summary>A point, longitude then latitude.</summary>
internal sealed record GeoPoint(string Type, IReadOnlyList<double> Coordinates);

/// <summary>What a map shows of an event.</summary>
internal sealed record GeoProperties(string EventType, string? Mode, string? Day, string Place, string? Country, string Trigger, string? Title, string DocumentId);
