using Chronicle.Storage.Clusters;

namespace Chronicle.Storage;

/// <summary>What storing a batch did.</summary>
/// <param name="Stored">Documents newly stored.</param>
/// <param name="Duplicates">Documents already stored (same body text), left as they were.</param>
public readonly record struct StoreOutcome(int Stored, int Duplicates);

/// <summary>A source a stored document was read from again (a mirror, a re-run): recorded, not re-analysed.</summary>
/// <param name="Document">The document's id.</param>
/// <param name="Source">Where it was read this time.</param>
public readonly record struct SourceSighting(DocumentId Document, string Source);

/// <summary>Counts a user checks after ingesting.</summary>
/// <param name="Documents">Distinct documents.</param>
/// <param name="Sources">Distinct sources they were read from.</param>
/// <param name="Events">Coded events.</param>
/// <param name="EventsByType">Events per PLOVER type.</param>
/// <param name="SchemaVersion">The database schema's version.</param>
/// <param name="Pipelines">The pipeline versions that produced the stored analyses, with document counts.</param>
public sealed record StoreStatistics(
    long Documents,
    long Sources,
    long Events,
    IReadOnlyDictionary<string, long> EventsByType,
    int SchemaVersion,
    IReadOnlyDictionary<string, long> Pipelines);

/// <summary>
/// Where analyses are kept: a SQLite file by default, PostgreSQL to scale out. A document is stored once per body
/// text; each batch is one transaction, so a killed run leaves whole batches or nothing.
/// </summary>
public interface IDocumentStore : IAsyncDisposable
{
    /// <summary>Where the store is, for messages (a path or a host), without secrets.</summary>
    string Description { get; }

    /// <summary>Which of <paramref name="ids"/> are stored already.</summary>
    Task<IReadOnlySet<DocumentId>> FindExistingAsync(IReadOnlyCollection<DocumentId> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a batch in one transaction: the analyses (documents already stored are counted, not rewritten), then
    /// the further sources of documents stored before or earlier in the batch.
    /// </summary>
    Task<StoreOutcome> StoreAsync(
        IReadOnlyList<Analysis> batch, IReadOnlyList<SourceSighting>? sightings = null, CancellationToken cancellationToken = default) =>
        StoreAsync(batch, sightings, null, cancellationToken);

    /// <summary>
    /// Stores a batch as <see cref="StoreAsync(IReadOnlyList{Analysis}, IReadOnlyList{SourceSighting}?, CancellationToken)"/>
    /// does, its events first given cluster ids by <paramref name="clusters"/> against the clusters stored before, in
    /// the same transaction (batches that cluster are written one at a time).
    /// </summary>
    Task<StoreOutcome> StoreAsync(
        IReadOnlyList<Analysis> batch, IReadOnlyList<SourceSighting>? sightings, IClusterAssigner? clusters, CancellationToken cancellationToken = default);

    /// <summary>Every stored article in the contract's JSON form, in the order they were first stored.</summary>
    IAsyncEnumerable<string> ReadArticlesJsonAsync(CancellationToken cancellationToken = default);

    /// <summary>Counts of what is stored.</summary>
    Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default);
}
