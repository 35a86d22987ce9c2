namespace Chronicle.Storage.Queue;

/// <summary>What enqueuing a batch did.</summary>
/// <param name="Queued">Documents newly queued.</param>
/// <param name="AlreadyQueued">Documents queued or stored before (their new source is recorded).</param>
public readonly record struct EnqueueOutcome(int Queued, int AlreadyQueued);

/// <summary>A claimed document that could not be analysed, and why.</summary>
/// <param name="Document">The document's id.</param>
/// <param name="Reason">A one-line reason.</param>
public readonly record struct QueueFailure(DocumentId Document, string Reason);

/// <summary>What completing a claim did.</summary>
/// <param name="Stored">Documents newly stored.</param>
/// <param name="AlreadyStored">Claimed documents that were stored before (only their source was recorded).</param>
/// <param name="Failed">Documents marked failed.</param>
/// <param name="Lost">Documents whose lease had run out and that another worker had claimed: nothing was written for them.</param>
public readonly record struct CompleteOutcome(int Stored, int AlreadyStored, int Failed, int Lost);

/// <summary>The queue's counts by state.</summary>
/// <param name="Pending">Waiting for a worker.</param>
/// <param name="Claimed">Claimed under a lease that is still running.</param>
/// <param name="Expired">Claimed under a lease that ran out: the worker died; another will take them.</param>
/// <param name="Done">Analysed and stored.</param>
/// <param name="Failed">Could not be analysed (see the error column).</param>
public sealed record QueueStatistics(long Pending, long Claimed, long Expired, long Done, long Failed)
{
    /// <summary>Articles not finished yet: pending, claimed or expired.</summary>
    public long Open => Pending + Claimed + Expired;
}
