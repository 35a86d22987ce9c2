using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Counts, over the train articles, the lemmas that head the annotators' cues (the first verb or noun of the cue), so
/// that a noun of such a lemma (<c>claim</c>, <c>statement</c>, a verb the tagger read as a noun) is a cue candidate.
/// </summary>
internal static class NounLearning
{
    public static Dictionary<ulong, double> Count(IReadOnlyList<(AttributionArticle Article, Annotations Found)> articles, CueLexicon lexicon)
    {
        var counts = new Dictionary<ulong, double>();
        foreach (var (article, found) in articles)
        {
            var q = new QuoteText(article.Text, found, lexicon);
            var f = new TokenFacts(q, ClusterMap.Empty);
            var w = 1.0 / article.Annotations.Count;
            foreach (var g in article.Annotations.SelectMany(a => a))
            {
                if (g.Cue is not { } cue)
                {
                    continue;
                }
                for (var t = q.TokenAt(cue.Start); t < q.Count && q.Span(t).Start < cue.End; t++)
                {
                    if (q.Tag(t).StartsWith("VB", StringComparison.Ordinal) || q.Tag(t).StartsWith("NN", StringComparison.Ordinal))
                    {
                        counts[f.Lemma[t]] = counts.GetValueOrDefault(f.Lemma[t]) + w;
                        break;
                    }
                }
            }
        }
        return counts;
    }

    /// <summary>The lemmas heading at least <paramref name="minimum"/> cues.</summary>
    public static CueNouns Select(Dictionary<ulong, double> counts, double minimum) =>
        new(counts.Where(p => p.Value >= minimum).Select(p => p.Key).ToHashSet());
}
