namespace Chronicle.Storage.Clusters;

/// <summary>
/// Gives a batch's events their cluster ids while a store writes it, inside the batch's transaction, so that each
/// batch is clustered against every batch committed before it. The store asks for the probes, reads the stored
/// clusters they reach (each with its first <see cref="MembersPerCluster"/> reports, clusters in the order they were
/// made), and writes what <see cref="Assign"/> returns. Stored events are never rewritten: ids only get added.
/// </summary>
public interface IClusterAssigner
{
    /// <summary>How many of a stored cluster's first reports the clusterer compares a new report with.</summary>
    int MembersPerCluster { get; }

    /// <summary>Where stored reports of the batch's events can be found.</summary>
    IReadOnlyList<ClusterProbe> Probes(IReadOnlyList<Analysis> batch);

    /// <summary>The batch, in the same order, its events with cluster ids, given the stored clusters the probes reached.</summary>
    IReadOnlyList<Analysis> Assign(IReadOnlyList<Analysis> batch, IReadOnlyList<StoredClusterEvent> stored);
}
