namespace Chronicle.Resolution.Coreference;

/// <summary>
/// Groups documents that tell of the same story: average-link clustering of their tf-idf vectors. Within an
/// ECB+ topic this recovers the two seminal events (the sub-topics) without being told which is which.
/// </summary>
public static class DocumentClusters
{
    /// <summary>A cluster number for each document.</summary>
    public static int[] Cluster(IReadOnlyList<SparseVector> documents, double threshold)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var n = documents.Count;
        var similarity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                similarity[i, j] = similarity[j, i] = documents[i].Cosine(documents[j]);
            }
        }
        return AgglomerativeClustering.Cluster(similarity, threshold);
    }
}
