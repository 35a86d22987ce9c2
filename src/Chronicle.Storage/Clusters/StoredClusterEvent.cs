using Chronicle.Contract;

namespace Chronicle.Storage.Clusters;

/// <summary>A stored report in a cluster, with what the clusterer needs of its article.</summary>
/// <param name="ClusterId">The cluster it belongs to.</param>
/// <param name="DocumentId">Its article's id.</param>
/// <param name="Source">Where its article was first read.</param>
/// <param name="Published">Its article's date.</param>
/// <param name="Event">The event in the contract's form (its evidence carries its text).</param>
public sealed record StoredClusterEvent(string ClusterId, string DocumentId, string Source, DateOnly? Published, EventJson Event);
