using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Counts, over the train articles' gold cues, how often the words after a cue's word were taken into the cue
/// (<c>said</c> + <c>in a statement</c>) and how often left out; the continuations taken in more often (and at least
/// <c>minimum</c> times) become <see cref="CueExtensions"/>.
/// </summary>
internal static class ExtensionLearning
{
    public static CueExtensions Learn(IReadOnlyList<(AttributionArticle Article, Annotations Found)> articles, CueLexicon lexicon, int minimum)
    {
        var taken = new Dictionary<ulong, double>();
        var left = new Dictionary<ulong, double>();
        foreach (var (article, found) in articles)
        {
            var q = new QuoteText(article.Text, found, lexicon);
            var f = new TokenFacts(q, ClusterMap.Empty);
            var w = 1.0 / article.Annotations.Count;
            foreach (var cue in article.Annotations.SelectMany(g => g).Select(g => g.Cue).OfType<TextSpan>())
            {
                var first = q.TokenAt(cue.Start);
                var end = first;
                while (end < q.Count && q.Span(end).Start < cue.End)
                {
                    end++;
                }
                if (end <= first)
                {
                    continue;
                }
                // Every split of the gold cue: its tail was taken in after the head's last word.
                for (var split = first + 1; split < end && end - split <= CueExtensions.Longest; split++)
                {
                    var key = CueExtensions.Start(f, split);
                    for (var t = split; t < end; t++)
                    {
                        key = CueExtensions.Next(key, f, t);
                    }
                    taken[key] = taken.GetValueOrDefault(key) + w;
                }
                // The tails after each verb of the gold cue: taken in when the cue ends where the tail does, else left.
                for (var split = first + 1; split <= end; split++)
                {
                    if (CueExtensions.Tail(f, split) is { Key: not 0 } tail)
                    {
                        var into = split < end && tail.Stop == end ? taken : left;
                        into[tail.Key] = into.GetValueOrDefault(tail.Key) + w;
                    }
                }
                // The words after the gold cue were left out.
                var next = CueExtensions.Start(f, end);
                for (var t = end; t < Math.Min(q.Count, end + CueExtensions.Longest); t++)
                {
                    next = CueExtensions.Next(next, f, t);
                    left[next] = left.GetValueOrDefault(next) + w;
                }
            }
        }
        return new CueExtensions(taken.Where(p => p.Value >= minimum && p.Value > left.GetValueOrDefault(p.Key)).Select(p => p.Key).ToHashSet());
    }
}
