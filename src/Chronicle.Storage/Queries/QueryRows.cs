using Chronicle.Contract;

namespace Chronicle.Storage.Queries;

// Rows the read side returns. Events and articles keep the output contract's records (EventJson, ArticleJson), so
// the API and the exports show the same fields; the summaries are aggregates the contract has no record for.

/// <summary>A stored event with the article it was coded from.</summary>
/// <param name="DocumentId">The article's id.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Source">Where the article was read.</param>
/// <param name="Published">The article's date.</param>
/// <param name="Day">The event's first day (or the article's date), <c>yyyy-MM-dd</c>.</param>
/// <param name="Event">The event in the contract's form.</param>
public sealed record StoredEvent(string DocumentId, string? Title, string Source, string? Published, string? Day, EventJson Event);

/// <summary>A stored article without its text.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Source">Where it was first read.</param>
/// <param name="Title">Its title.</param>
/// <param name="Published">Its date.</param>
/// <param name="IngestedAt">When it was stored (UTC, ISO 8601).</param>
/// <param name="Events">Events coded from it.</param>
public sealed record DocumentSummary(string Id, string Source, string? Title, string? Published, string IngestedAt, long Events);

/// <summary>A stored article with everything found in it and every source it was read from.</summary>
/// <param name="Article">The article in the contract's form.</param>
/// <param name="Sources">Every source it was read from, first first.</param>
public sealed record StoredDocument(ArticleJson Article, IReadOnlyList<string> Sources);

/// <summary>An actor and its part in the events the filter matches.</summary>
/// <param name="Key">Its key in URLs and filters (see <see cref="ActorKey"/>).</param>
/// <param name="EntityId">Its entity id, once resolved.</param>
/// <param name="Canonical">Its canonical name.</param>
/// <param name="Country">Its country, when known.</param>
/// <param name="Events">Events it takes part in.</param>
/// <param name="AsSource">Events where it acts.</param>
/// <param name="AsTarget">Events where it is acted upon.</param>
public sealed record ActorSummary(string Key, string? EntityId, string Canonical, string? Country, long Events, long AsSource, long AsTarget);

/// <summary>A place and the events there.</summary>
/// <param name="Name">The gazetteer's name.</param>
/// <param name="Geonameid">Its GeoNames id.</param>
/// <param name="Country">ISO 3166 alpha-2 code.</param>
/// <param name="Lat">Degrees north.</param>
/// <param name="Lon">Degrees east.</param>
/// <param name="Events">Events placed there.</param>
public sealed record PlaceSummary(string Name, long? Geonameid, string? Country, double? Lat, double? Lon, long Events);

/// <summary>A cluster of reports of one event.</summary>
/// <param name="ClusterId">Its id.</param>
/// <param name="Type">The PLOVER type its reports share (the most frequent).</param>
/// <param name="Events">Reports (events) in it.</param>
/// <param name="Documents">Articles they come from.</param>
/// <param name="FirstDay">The earliest day of its events.</param>
/// <param name="LastDay">The latest day of its events.</param>
public sealed record ClusterSummary(string ClusterId, string Type, long Events, long Documents, string? FirstDay, string? LastDay);

/// <summary>One bar of a timeline: events of one type in one period.</summary>
/// <param name="Period">The period's first day (<c>yyyy-MM-dd</c>), or <c>yyyy-MM</c> for months.</param>
/// <param name="Type">PLOVER type.</param>
/// <param name="Count">Events.</param>
public sealed record TimelineBucket(string Period, string Type, long Count);
