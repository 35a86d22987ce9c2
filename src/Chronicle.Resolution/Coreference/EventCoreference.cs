namespace Chronicle.Resolution.Coreference;

/// <summary>
/// Cross-document event coreference: scores every pair of mentions with the pairwise model and joins them by
/// agglomerative clustering (average or complete link, as the model says). Document similarity (tf-idf cosine) is one of the features, so one call can take
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
    public int[] Cluster(IReadOnlyList<CorefMention> mentions, IReadOnlyDictionary<string, IReadOnlyList<string>> documents, TermVectors vectors)
    {
        var scores = Probabilities(mentions, documents, vectors);
        var clusters = AgglomerativeClustering.Cluster(scores, model.Threshold, model.Linkage);
        if (model.SingletonThreshold <= 1)
        {
            clusters = AgglomerativeClustering.AttachSingletons(clusters, scores, model.SingletonThreshold);
        }
        return model.ClusterWeights.IsDefaultOrEmpty
            ? clusters
            : ClusterMerge.Merge(clusters, scores, mentions, lemmatizer, model.ClusterWeights, model.ClusterThreshold);
    }

    /// <summary>The symmetric matrix of pairwise coreference probabilities.</summary>
    public double[,] Probabilities(
        IReadOnlyList<CorefMention> mentions, IReadOnlyDictionary<string, IReadOnlyList<string>> documents, TermVectors vectors)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var n = mentions.Count;
        var scores = new double[n, n];
        ForEachPair(mentions, documents, vectors, model.Pairs, (i, j, f) =>
        {
            scores[i, j] = scores[j, i] = model.SplitStories && f[PairFeatures.SameStory] == 0 ? 0 : model.Probability(f);
        });
        return model.NeighbourWeights.IsDefaultOrEmpty ? scores : NeighbourFeatures.Rescore(scores, model.NeighbourWeights);
    }

    /// <summary>The capitalised words and numbers of a document, skipping each sentence's first word.</summary>
    public static IReadOnlyList<string> NamesAndNumbers(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var kept = new List<string>();
        for (var i = 1; i < words.Count; i++)
        {
            var w = words[i];
            var previous = words[i - 1];
            var sentenceStart = previous is "." or "!" or "?" or "\"" or ":";
            if (w.Length > 0 && (char.IsDigit(w[0]) || (char.IsUpper(w[0]) && !sentenceStart)))
            {
                kept.Add(w);
            }
        }
        return kept;
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
        var profiles = mentions.Select(m => new MentionProfile(m, vectors, lemmatizer, model.WordNet)).ToArray();
        var names = mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal).ToList();
        var documentVectors = names.Select(d => vectors.Vector(documents[d])).ToList();
        // Names and numbers tell apart two stories of one kind (two earthquakes, two arrests) better than all words.
        var nameVectors = names.Select(d => vectors.Vector(NamesAndNumbers(documents[d]))).ToList();
        var documentIndex = names.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i, StringComparer.Ordinal);
        var story = DocumentClusters.Stories([.. names.Select(d => documents[d])], lemmatizer, model.DocumentThreshold);
        // The lead: the first two sentences with mentions in each document, where news states its main event.
        var lead = mentions.GroupBy(m => m.Document, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Sentence).Distinct().Order().Take(2).ToHashSet(), StringComparer.Ordinal);
        // How widely each head lemma is reported: the seminal event of a story is named in most of its documents.
        var headShare = profiles.GroupBy(p => p.Head, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (double)g.Select(p => p.Mention.Document).Distinct(StringComparer.Ordinal).Count() / names.Count, StringComparer.Ordinal);
        Span<double> features = stackalloc double[PairFeatures.Count];
        for (var i = 0; i < profiles.Length; i++)
        {
            var a = profiles[i].Mention;
            var di = documentIndex[a.Document];
            var aLead = lead[a.Document].Contains(a.Sentence);
            for (var j = i + 1; j < profiles.Length; j++)
            {
                var b = profiles[j].Mention;
                var dj = documentIndex[b.Document];
                var context = new PairContext(
                    documentVectors[di].Cosine(documentVectors[dj]),
                    nameVectors[di].Cosine(nameVectors[dj]),
                    story[di] == story[dj],
                    aLead && lead[b.Document].Contains(b.Sentence),
                    headShare[profiles[i].Head],
                    headShare[profiles[j].Head]);
                PairFeatures.Compute(profiles[i], profiles[j], context, pairs, features);
                action(i, j, features);
            }
        }
    }
}
