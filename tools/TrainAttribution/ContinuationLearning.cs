using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Counts, over the train articles, in which situations (<see cref="ContentContinuation.Key"/>) the annotators' content
/// went on into the next sentence and in which it stopped, starting from the content the recognizer finds for a gold
/// cue and following the gold content sentence by sentence, as the run-time decision does.
/// </summary>
internal static class ContinuationLearning
{
    public static (Dictionary<ulong, double> On, Dictionary<ulong, double> Off) Count(
        IReadOnlyList<(AttributionArticle Article, Annotations Found)> articles, QuoteRecognizer quotes, CueLexicon lexicon)
    {
        var on = new Dictionary<ulong, double>();
        var off = new Dictionary<ulong, double>();
        foreach (var (article, found) in articles)
        {
            var f = new TokenFacts(new QuoteText(article.Text, found, lexicon), ClusterMap.Empty);
            var mine = quotes.Run(new Document(article.Name, null, null, article.Text), found).Quotes.ToList();
            var w = 1.0 / article.Annotations.Count;
            foreach (var g in article.Annotations.SelectMany(a => a))
            {
                if (g.Cue is not { } cue || g.Content is not { } gold || mine.FindIndex(m => AttributionScorer.Overlapping(m.Cue, cue)) is not (>= 0 and var index))
                {
                    continue;
                }
                var content = mine[index].Content;
                for (var n = 0; n < ContentContinuation.MostSentences && ContentContinuation.Key(f, mine, index, content, n) is { } next; n++)
                {
                    var goes = gold.Start < next.NextFirst && gold.End > next.NextFirst;
                    var table = goes ? on : off;
                    table[next.Key] = table.GetValueOrDefault(next.Key) + w;
                    if (!goes)
                    {
                        break;
                    }
                    content = new TextSpan(content.Start, next.End);
                }
            }
        }
        return (on, off);
    }

    /// <summary>The situations seen going on at least <paramref name="minimum"/> times and more often than stopping.</summary>
    public static ContentContinuation Select(Dictionary<ulong, double> on, Dictionary<ulong, double> off, int minimum) =>
        new(on.Where(p => p.Value >= minimum && p.Value > off.GetValueOrDefault(p.Key)).Select(p => p.Key).ToHashSet());
}
