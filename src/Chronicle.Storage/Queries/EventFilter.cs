namespace Chronicle.Storage.Queries;

/// <summary>Which events a query covers; every field left null matches all.</summary>
/// <param name="From">First day (inclusive) of the event's date.</param>
/// <param name="To">Last day (inclusive) of the event's date.</param>
/// <param name="Type">PLOVER type, upper case (<c>PROTEST</c>).</param>
/// <param name="Acled">ACLED event type or sub-event type (<c>Protests</c>, <c>Peaceful protest</c>), any case.</param>
/// <param name="Country">ISO 3166 alpha-2 code of the event's place, upper case.</param>
/// <param name="Actor">An actor's key (entity id, or canonical name in lower case) or canonical name, any case.</param>
/// <param name="Text">Words that the article's title or text must contain (full-text search).</param>
/// <param name="Cluster">The cluster of reports of one event.</param>
/// <param name="Document">The article's id.</param>
/// <param name="MinConfidence">The least confidence an event may have (0 to 1): analysts who want fewer wrong events trade
/// recall for precision with it (see the README's reading of held-out articles by confidence).</param>
public sealed record EventFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    string? Type = null,
    string? Acled = null,
    string? Country = null,
    string? Actor = null,
    string? Text = null,
    string? Cluster = null,
    string? Document = null,
    double? MinConfidence = null)
{
    /// <summary>Every event.</summary>
    public static EventFilter All { get; } = new();
}
