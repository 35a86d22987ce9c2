namespace Chronicle.Storage.Queries;

/// <summary>
/// The read side behind the API and the dashboard: filtered, sorted, paged events and the aggregates over them.
/// SQLite implements it with FTS5 and an actor table; a PostgreSQL implementation follows the same contract.
/// Implementations are safe to call from many requests at once.
/// </summary>
public interface IEventQueries
{
    /// <summary>Events that match the filter, sorted, one page.</summary>
    Task<Page<StoredEvent>> EventsAsync(EventFilter filter, Sort<EventSortKey> sort, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>One event by id, or null.</summary>
    Task<StoredEvent?> EventAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Counts of matching events by period and type, in period order.</summary>
    Task<IReadOnlyList<TimelineBucket>> TimelineAsync(EventFilter filter, TimelineInterval interval, CancellationToken cancellationToken = default);

    /// <summary>
    /// Articles, one page: <see cref="EventFilter.From"/> and <see cref="EventFilter.To"/> bound the publication date,
    /// <see cref="EventFilter.Text"/> searches title and text; the event fields keep articles with a matching event.
    /// </summary>
    Task<Page<DocumentSummary>> DocumentsAsync(EventFilter filter, Sort<DocumentSortKey> sort, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>One article by id with all its annotations, or null.</summary>
    Task<StoredDocument?> DocumentAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Actors of the matching events.</summary>
    Task<Page<ActorSummary>> ActorsAsync(EventFilter filter, Sort<SummarySortKey> sort, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>One actor by key or canonical name across all events, or null.</summary>
    Task<ActorSummary?> ActorAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Places of the matching events.</summary>
    Task<Page<PlaceSummary>> PlacesAsync(EventFilter filter, Sort<SummarySortKey> sort, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Clusters of the matching events.</summary>
    Task<Page<ClusterSummary>> ClustersAsync(EventFilter filter, Sort<SummarySortKey> sort, PageRequest page, CancellationToken cancellationToken = default);
}
