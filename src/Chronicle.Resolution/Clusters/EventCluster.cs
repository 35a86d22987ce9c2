using System.Collections.Immutable;

namespace Chronicle.Resolution.Clusters;

/// <summary>
/// A cluster of reports of one event: its stable id and its members in the order they were added, the first
/// being the earliest report when articles are added in date order. Each member keeps its source and its counts,
/// so figures that differ between sources (141 killed, up to 250) stand side by side with who gave which.
/// </summary>
/// <param name="Id">The cluster id, derived from the first member and never changed.</param>
/// <param name="Members">The reports.</param>
public sealed record EventCluster(string Id, ImmutableArray<ClusterMember> Members)
{
    /// <summary>At most this many members are compared with a new report (the first ones, which fix the event).</summary>
    public const int ComparedMembers = 32;

    /// <summary>The first report.</summary>
    public ClusterMember Earliest => Members[0];

    /// <summary>The distinct sources, in order of first report.</summary>
    public IEnumerable<string> Sources => Members.Select(m => m.Source).Distinct(StringComparer.Ordinal);
}
