using System.Text.Json.Serialization;

namespace Chronicle.Contract;

// The output contract of DESIGN.md, field for field. These records are the wire format only: they are built
// from Core's annotations by ArticleMapper and never used for analysis. Property names are snake_case on the wire.

/// <summary>One article with everything found in it.</summary>
public sealed record ArticleJson(
    string Id,
    string Source,
    string? Title,
    string? Published,
    string Text,
    IReadOnlyList<EntityJson> Entities,
    IReadOnlyList<TimeJson> Times,
    IReadOnlyList<QuantityJson> Quantities,
    IReadOnlyList<PlaceJson> Places,
    IReadOnlyList<QuoteJson> Quotes,
    IReadOnlyList<EventJson> Events,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Metadata,
    string Pipeline)
{
    /// <summary>Roles and affiliations the article gives the actors it names (added to the contract; may be empty).</summary>
    public IReadOnlyList<RoleJson> Roles { get; init; } = [];

    /// <summary>The article with only the events whose confidence is at least <paramref name="least"/>; itself when null.</summary>
    public ArticleJson WithEventsAtLeast(double? least) =>
        least is { } floor && Events.Any(e => e.Confidence < floor) ? this with { Events = [.. Events.Where(e => e.Confidence >= floor)] } : this;
}

/// <summary>A role the text gives a named actor: the words that say it, who, which role, with whom.</summary>
public sealed record RoleJson(
    string Text, int Start, int End, string Canonical, string? EntityId, string Role, string? Affiliation, string? AffiliationId, string? Country, string? Sector);

/// <summary>A span of the body text with its surface text.</summary>
public sealed record SpanJson(string Text, int Start, int End);

/// <summary>A name.</summary>
public sealed record EntityJson(string Text, int Start, int End, string Type, string Canonical, string? EntityId);

/// <summary>A time expression.</summary>
public sealed record TimeJson(string Text, int Start, int End, string Type, string Value);

/// <summary>A quantity.</summary>
public sealed record QuantityJson(string Text, int Start, int End, decimal Value, decimal? Low, decimal? High, string Qualifier, string? Unit);

/// <summary>A place name resolved to a gazetteer entry.</summary>
public sealed record PlaceJson(
    string Text, int Start, int End, string Name, long? Geonameid, string? Country, string? Admin1, double? Lat, double? Lon, string Precision);

/// <summary>A quote's speaker.</summary>
public sealed record SpeakerJson(string Text, int Start, int End, string Canonical, string? EntityId);

/// <summary>An attribution.</summary>
public sealed record QuoteJson(SpeakerJson? Speaker, SpanJson Cue, SpanJson Content, bool Direct, string Stance, string? Medium, bool Speech = true);

/// <summary>An event's actor.</summary>
public sealed record ActorJson(string Role, string Text, int Start, int End, string Canonical, string? EntityId, string? Country);

/// <summary>An event's place.</summary>
public sealed record EventPlaceJson(string Name, long? Geonameid, string? Country, string? Admin1, double? Lat, double? Lon, string Precision);

/// <summary>An event's date.</summary>
public sealed record EventDateJson(string Value, string Precision, string Text);

/// <summary>A count attached to an event.</summary>
public sealed record CountJson(decimal Value, decimal? Low, decimal? High, string Qualifier, string Text);

/// <summary>Who an event is attributed to.</summary>
public sealed record AttributionJson(string? Speaker, int Quote);

/// <summary>ACLED's event type and sub-event type.</summary>
public sealed record AcledJson(string EventType, string SubEventType);

/// <summary>A coded event.</summary>
public sealed record EventJson(
    string Id,
    string Type,
    string? Mode,
    SpanJson Trigger,
    IReadOnlyList<ActorJson> Actors,
    EventPlaceJson? Place,
    EventDateJson? Date,
    IReadOnlyDictionary<string, CountJson> Counts,
    string Modality,
    AttributionJson? Attribution,
    SpanJson Evidence,
    double Confidence,
    string? ClusterId,
    AcledJson? Acled,
    string? Cameo);
