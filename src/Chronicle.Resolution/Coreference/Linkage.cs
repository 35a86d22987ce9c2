namespace Chronicle.Resolution.Coreference;

/// <summary>How agglomerative clustering scores two clusters from the scores of their members' pairs.</summary>
public enum Linkage
{
    /// <summary>The mean pair score: one strong link cannot pull in a mention the rest disagree with.</summary>
    Average,
    /// <summary>The lowest pair score: every pair of the merged cluster must reach the threshold.</summary>
    Complete,
}
