namespace Chronicle.Resolution.Coreference;

/// <summary>
/// Cross-document event coreference: scores every pair of mentions with the pairwise model and joins them by
/// average-link clustering. Document similarity (tf-idf cosine) is one of the features, so one call can take
/// all the documents of a topic, or of a whole run.
/// </summary>
/// <param name="model">The trained pairwise model.</param>
/// <param name="lemmatizer">The trigger lemmatiser.</param>
public sealed class EventCoreference(CorefModel model, EnglishLemmatizer lemmatizer)
{
    /// <summary>The model.</summary>
    public CorefModel Model => model;

    /// <summary>A cluster number for each mention (the index of one member; equal numbers corefer).</summary>
    /// <param name="mentions">The mentions to resolve together.</param>
    /// <param name="documents">The words of every document the mentions are in, by document id.</param>
    /// <param name="vectors">Tf-idf weights (idf over a set of documents that includes these).</param>
    public int[] Cluster(IReadOnlyList<CorefMention> mentions, IReadOnlyDictionary<string, IReadOnlyList<string>> documents, TermVectors vectors) =>
        AgglomerativeClustering.Cluster(Probabilities(mentions, documents, vectors), model.Threshold);

    /// <summary>The symmetric matrix of pairwise coreference probabilities.</summary>
    public double[,] Probabilities(
        IReadOnlyList<CorefMention> mentions, IReadOnlyDictionary<string, IReadOnlyList<string>> documents, TermVectors vectors)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var n = mentions.Count;
        var scores = new double[n, n];
        ForEachPair(mentions, documents, vectors, model.Pairs, (i, j, f) =>
        {
            scores[i, j] = scores[j, i] = model.Probability(f);
        });
        return scores;
    }

    /// <summary>A callback for one pair's features.</summary>
    internal delegate void PairAction(int i, int j, ReadOnlySpan<double> features);

    /// <summary>Computes the features of every pair i &lt; j and hands them to <paramref name="action"/>.</summary>
    internal void ForEachPair(
        IReadOnlyList<CorefMention> mentions,
        IReadOnlyDictionary<string, IReadOnlyList<string>> documents,
        TermVectors vectors,
        LemmaPairTable pairs,
        PairAction action)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(vectors);
        var profiles = mentions.Select(m => new MentionProfile(m, vectors, lemmatizer)).ToArray();
        var documentVectors = mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal)
            .ToDictionary(d => d, d => vectors.Vector(documents[d]), StringComparer.Ordinal);
        Span<double> features = stackalloc double[PairFeatures.Count];
        for (var i = 0; i < profiles.Length; i++)
        {
            var di = documentVectors[profiles[i].Mention.Document];
            for (var j = i + 1; j < profiles.Length; j++)
            {
                var cosine = di.Cosine(documentVectors[profiles[j].Mention.Document]);
                PairFeatures.Compute(profiles[i], profiles[j], cosine, pairs, features);
                action(i, j, features);
            }
        }
    }
}
