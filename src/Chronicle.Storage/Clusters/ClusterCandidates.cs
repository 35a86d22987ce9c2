namespace Chronicle.Storage.Clusters;

/// <summary>Bounds on what a batch reads back to cluster against.</summary>
internal static class ClusterCandidates
{
    /// <summary>
    /// At most this many clusters per probe: a bound on the work per batch when one type and period hold very many
    /// events (the clusters found first by the <c>(type, day)</c> index are kept).
    /// </summary>
    public const int MaxClustersPerProbe = 2000;
}
