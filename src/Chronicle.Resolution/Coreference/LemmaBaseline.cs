namespace Chronicle.Resolution.Coreference;

/// <summary>The lemma-match baseline of the ECB+ literature: mentions whose head lemmas are equal corefer.</summary>
public static class LemmaBaseline
{
    /// <summary>A cluster number for each mention: the index of the first mention with the same head lemma.</summary>
    public static int[] Cluster(IReadOnlyList<CorefMention> mentions, EnglishLemmatizer lemmatizer)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(lemmatizer);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var clusters = new int[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            var lemma = lemmatizer.Lemma(TriggerHead.Of(mentions[i].Trigger));
            clusters[i] = first.TryAdd(lemma, i) ? i : first[lemma];
        }
        return clusters;
    }
}
