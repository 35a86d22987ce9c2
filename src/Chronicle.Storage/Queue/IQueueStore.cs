using Chronicle.Storage.Clusters;

namespace Chronicle.Storage.Queue;

/// <summary>
/// Articles waiting to be analysed, shared by any number of workers on any number of machines. A worker claims a
/// batch under a lease, analyses it, and completes it: the analyses and the queue update are one transaction. A
/// claim whose lease runs out (its worker was killed) is taken again by another worker, so nothing is lost; an
/// article is queued once per body text and stored once.
/// </summary>
public interface IQueueStore : IAsyncDisposable
{
    /// <summary>Where the queue is, for messages, without secrets.</summary>
    string Description { get; }

    /// <summary>Adds documents; a body text queued or stored before only gains the new source.</summary>
    Task<EnqueueOutcome> EnqueueAsync(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default);

    /// <summary>Claims up to <paramref name="limit"/> articles for <paramref name="lease"/>; an empty claim when none is free.</summary>
    Task<QueueClaim> ClaimAsync(string worker, int limit, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Extends a claim's lease while its worker is still busy; false when the claim was lost.</summary>
    Task<bool> RenewAsync(QueueClaim claim, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction: stores <paramref name="analyses"/>, records the sources of claimed documents that were
    /// stored already, marks <paramref name="failures"/> failed and the rest done. Articles whose claim was lost are
    /// left to the worker that holds them now.
    /// </summary>
    Task<CompleteOutcome> CompleteAsync(
        QueueClaim claim, IReadOnlyList<Analysis> analyses, IReadOnlyList<QueueFailure> failures, CancellationToken cancellationToken = default) =>
        CompleteAsync(claim, analyses, failures, null, cancellationToken);

    /// <summary>
    /// Completes a claim as the overload without <paramref name="clusters"/> does, the analyses' events first given
    /// cluster ids against the clusters stored before, in the same transaction (see <see cref="IClusterAssigner"/>).
    /// </summary>
    Task<CompleteOutcome> CompleteAsync(
        QueueClaim claim, IReadOnlyList<Analysis> analyses, IReadOnlyList<QueueFailure> failures, IClusterAssigner? clusters,
        CancellationToken cancellationToken = default);

    /// <summary>How many articles are in each state.</summary>
    Task<QueueStatistics> StatisticsAsync(CancellationToken cancellationToken = default);
}
