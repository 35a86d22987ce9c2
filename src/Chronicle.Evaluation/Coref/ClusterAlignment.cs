namespace Chronicle.Evaluation.Coref;

/// <summary>
/// The best one-to-one alignment of key and response clusters under φ4 for CEAF-e. Clusters that share no
/// mention have similarity 0, so the alignment is solved separately within each group of clusters linked by
/// shared mentions: small assignment problems instead of one over every cluster of the corpus.
/// </summary>
internal static class ClusterAlignment
{
    /// <summary>The maximum over one-to-one alignments of Σ 2|K∩R| / (|K| + |R|).</summary>
    public static double MaximumSimilarity<T>(IReadOnlyList<IReadOnlyCollection<T>> key, IReadOnlyList<IReadOnlyCollection<T>> response)
        where T : notnull
    {
        var responseOf = CorefMetrics.ClusterOf(response);
        // Overlaps between key cluster k and response cluster r.
        var overlaps = new Dictionary<(int Key, int Response), int>();
        for (var k = 0; k < key.Count; k++)
        {
            foreach (var mention in key[k])
            {
                if (responseOf.TryGetValue(mention, out var r))
                {
                    overlaps[(k, r)] = overlaps.GetValueOrDefault((k, r)) + 1;
                }
            }
        }

        // Union-find over key clusters 0..K-1 and response clusters K..K+R-1.
        var parent = Enumerable.Range(0, key.Count + response.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }
            return x;
        }
        foreach (var (k, r) in overlaps.Keys)
        {
            parent[Find(k)] = Find(key.Count + r);
        }

        var groups = overlaps.GroupBy(o => Find(o.Key.Key)).OrderBy(g => g.Key);
        double total = 0;
        foreach (var group in groups)
        {
            var keys = group.Select(o => o.Key.Key).Distinct().Order().ToList();
            var responses = group.Select(o => o.Key.Response).Distinct().Order().ToList();
            var similarity = new double[keys.Count, responses.Count];
            foreach (var ((k, r), overlap) in group)
            {
                similarity[keys.IndexOf(k), responses.IndexOf(r)] =
                    2.0 * overlap / (key[k].Count + response[r].Count);
            }
            total += Assignment.Maximum(similarity);
        }
        return total;
    }
}
