using Microsoft.AspNetCore.Mvc;

namespace Chronicle.Web.Api;

/// <summary>
/// The query parameters every list takes, bound as strings so that a bad value is answered by
/// <see cref="QueryParsing"/> with a 400 naming the parameter (not a bare binding failure).
/// </summary>
internal sealed class QueryParameters
{
    /// <summary>First day, ISO (<c>2022-02-24</c>).</summary>
    [FromQuery(Name = "from")] public string? From { get; init; }

    /// <summary>Last day, ISO, inclusive.</summary>
    [FromQuery(Name = "to")] public string? To { get; init; }

    /// <summary>PLOVER event type (<c>PROTEST</c>).</summary>
    [FromQuery(Name = "type")] public string? Type { get; init; }

    /// <summary>ACLED event type or sub-event type (<c>Protests</c>).</summary>
    [FromQuery(Name = "acled")] public string? Acled { get; init; }

    /// <summary>ISO 3166 alpha-2 country of the event's place.</summary>
    [FromQuery(Name = "country")] public string? Country { get; init; }

    /// <summary>An actor's key or canonical name.</summary>
    [FromQuery(Name = "actor")] public string? Actor { get; init; }

    /// <summary>Words the article must contain (full-text search; <c>word*</c> for a prefix).</summary>
    [FromQuery(Name = "q")] public string? Q { get; init; }

    /// <summary>A cluster of reports of one event.</summary>
    [FromQuery(Name = "cluster")] public string? Cluster { get; init; }

    /// <summary>An article's id.</summary>
    [FromQuery(Name = "document")] public string? Document { get; init; }

    /// <summary>The least confidence of an event, 0 to 1 (<c>0.75</c>).</summary>
    [FromQuery(Name = "min_confidence")] public string? MinConfidence { get; init; }

    /// <summary>Page size, 1 to 1000 (default 50).</summary>
    [FromQuery(Name = "limit")] public string? Limit { get; init; }

    /// <summary>Items to skip (default 0).</summary>
    [FromQuery(Name = "offset")] public string? Offset { get; init; }

    /// <summary>Sort key, <c>-</c> first for descending (<c>-date</c>).</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; init; }

    /// <summary><c>json</c> (default) or <c>csv</c>; events also <c>geojson</c>. The Accept header works too.</summary>
    [FromQuery(Name = "format")] public string? Format { get; init; }
}
