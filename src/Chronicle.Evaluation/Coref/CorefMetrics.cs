namespace Chronicle.Evaluation.Coref;

/// <summary>
/// MUC, B³ and CEAF-e as the CoNLL reference scorer (v8, Pradhan et al. 2014) computes them. A key or response
/// is a list of clusters of mentions; a mention absent from the other side counts as a singleton there.
/// </summary>
public static class CorefMetrics
{
    /// <summary>All three metrics.</summary>
    public static CorefScores Score<T>(IReadOnlyList<IReadOnlyCollection<T>> key, IReadOnlyList<IReadOnlyCollection<T>> response)
        where T : notnull => new(Muc(key, response), BCubed(key, response), CeafE(key, response));

    /// <summary>
    /// MUC: recall is Σ(|K| − |p(K)|) / Σ(|K| − 1), where p(K) splits key cluster K by the response clusters
    /// (a mention not in the response is a part of its own); precision swaps key and response.
    /// </summary>
    public static CorefScore Muc<T>(IReadOnlyList<IReadOnlyCollection<T>> key, IReadOnlyList<IReadOnlyCollection<T>> response)
        where T : notnull
    {
        var (rNum, rDen) = MucCounts(key, ClusterOf(response));
        var (pNum, pDen) = MucCounts(response, ClusterOf(key));
        return CorefScore.Of(pNum, pDen, rNum, rDen);
    }

    /// <summary>
    /// B³: recall is Σ over key clusters K and response clusters R of |K∩R|²/|K|, over the number of key mentions;
    /// precision swaps key and response.
    /// </summary>
    public static CorefScore BCubed<T>(IReadOnlyList<IReadOnlyCollection<T>> key, IReadOnlyList<IReadOnlyCollection<T>> response)
        where T : notnull
    {
        var (rNum, rDen) = BCubedCounts(key, ClusterOf(response));
        var (pNum, pDen) = BCubedCounts(response, ClusterOf(key));
        return CorefScore.Of(pNum, pDen, rNum, rDen);
    }

    /// <summary>
    /// CEAF-e: the one-to-one alignment of key and response clusters that maximises Σ φ4(K, R) =
    /// 2|K∩R| / (|K| + |R|); recall divides that sum by the number of key clusters, precision by the number of
    /// response clusters.
    /// </summary>
    public static CorefScore CeafE<T>(IReadOnlyList<IReadOnlyCollection<T>> key, IReadOnlyList<IReadOnlyCollection<T>> response)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(response);
        var similarity = ClusterAlignment.MaximumSimilarity(key, response);
        return CorefScore.Of(similarity, response.Count, similarity, key.Count);
    }

    private static (double Numerator, double Denominator) MucCounts<T>(
        IReadOnlyList<IReadOnlyCollection<T>> clusters, Dictionary<T, int> other)
        where T : notnull
    {
        double numerator = 0, denominator = 0;
        var parts = new HashSet<int>();
        foreach (var cluster in clusters)
        {
            parts.Clear();
            var unmatched = 0;
            foreach (var mention in cluster)
            {
                if (other.TryGetValue(mention, out var id))
                {
                    parts.Add(id);
                }
                else
                {
                    unmatched++;
                }
            }
            numerator += cluster.Count - (parts.Count + unmatched);
            denominator += cluster.Count - 1;
        }
        return (numerator, denominator);
    }

    private static (double Numerator, double Denominator) BCubedCounts<T>(
        IReadOnlyList<IReadOnlyCollection<T>> clusters, Dictionary<T, int> other)
        where T : notnull
    {
        double numerator = 0, denominator = 0;
        var overlaps = new Dictionary<int, int>();
        foreach (var cluster in clusters)
        {
            overlaps.Clear();
            foreach (var mention in cluster)
            {
                if (other.TryGetValue(mention, out var id))
                {
                    overlaps[id] = overlaps.GetValueOrDefault(id) + 1;
                }
            }
            foreach (var overlap in overlaps.Values)
            {
                numerator += (double)overlap * overlap / cluster.Count;
            }
            denominator += cluster.Count;
        }
        return (numerator, denominator);
    }

    internal static Dictionary<T, int> ClusterOf<T>(IReadOnlyList<IReadOnlyCollection<T>> clusters)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var index = new Dictionary<T, int>();
        for (var i = 0; i < clusters.Count; i++)
        {
            foreach (var mention in clusters[i])
            {
                if (!index.TryAdd(mention, i))
                {
                    throw new ArgumentException($"Mention {mention} is in two clusters.", nameof(clusters));
                }
            }
        }
        return index;
    }
}
