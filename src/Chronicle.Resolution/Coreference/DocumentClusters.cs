namespace Chronicle.Resolution.Coreference;

/// <summary>
/// Groups documents that tell of the same story: average-link clustering of their tf-idf similarity. The idf is
/// taken over the documents being grouped, so the words they all share (the kind of event: an arrest, an earthquake)
/// weigh nothing and what tells two stories apart (names, numbers, places) weighs most. Within an ECB+ topic this
/// recovers the two seminal events (the sub-topics) without being told which is which.
/// </summary>
public static class DocumentClusters
{
    /// <summary>Sentences of the lead compared on their own: a story's who, where and when are stated there.</summary>
    private const int LeadSentences = 4;

    /// <summary>A cluster number for each document (a list of words).</summary>
    public static int[] Stories(IReadOnlyList<IReadOnlyList<string>> documents, EnglishLemmatizer lemmatizer, double threshold)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var vectors = new TermVectors(documents, lemmatizer);
        var all = documents.Select(vectors.Vector).ToList();
        var names = documents.Select(d => vectors.Vector(EventCoreference.NamesAndNumbers(d))).ToList();
        var leads = documents.Select(d => vectors.Vector(Lead(d))).ToList();
        var n = documents.Count;
        var similarity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                similarity[i, j] = similarity[j, i] =
                    (all[i].Cosine(all[j]) + names[i].Cosine(names[j]) + leads[i].Cosine(leads[j])) / 3;
            }
        }
        return AgglomerativeClustering.Cluster(similarity, threshold);
    }

    private static List<string> Lead(IReadOnlyList<string> words)
    {
        var lead = new List<string>();
        var ends = 0;
        foreach (var word in words)
        {
            lead.Add(word);
            if (word is "." or "!" or "?" && ++ends == LeadSentences)
            {
                break;
            }
        }
        return lead;
    }
}
