using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Counts, over the train articles, at which situations (<see cref="ContentCuts.Key"/>) inside the reported content the
/// recognizer finds for a gold cue the annotators' content stopped, and at which it went on.
/// </summary>
internal static class CutLearning
{
    public static (Dictionary<ulong, double> Cut, Dictionary<ulong, double> On) Count(
        IReadOnlyList<(AttributionArticle Article, Annotations Found)> articles, QuoteRecognizer quotes, CueLexicon lexicon)
    {
        var cut = new Dictionary<ulong, double>();
        var on = new Dictionary<ulong, double>();
        foreach (var (article, found) in articles)
        {
            var q = new QuoteText(article.Text, found, lexicon);
            var f = new TokenFacts(q, ClusterMap.Empty);
            var mine = quotes.Run(new Document(article.Name, null, null, article.Text), found).Quotes;
            var w = 1.0 / article.Annotations.Count;
            foreach (var g in article.Annotations.SelectMany(a => a))
            {
                if (g.Cue is not { } cue || g.Content is not { } gold
                    || mine.FirstOrDefault(m => AttributionScorer.Overlapping(m.Cue, cue)) is not { } m
                    || m.Direct || m.Content.Start < m.Cue.End || !gold.Overlaps(m.Content))
                {
                    continue;
                }
                var (first, end) = ContentCuts.Tokens(q, m.Content);
                if (first + 1 >= end || gold.Start > q.Span(first + 1).Start)
                {
                    continue;
                }
                var verb = false;
                for (var k = first; k < end; k++)
                {
                    if (k >= first + 2)
                    {
                        var stops = gold.End <= q.Span(k).Start;
                        var table = stops ? cut : on;
                        var key = ContentCuts.Key(f, k, verb);
                        table[key] = table.GetValueOrDefault(key) + w;
                        if (!Names.ContainsKey(key))
                        {
                            Names[key] = $"{Describe(q, k)} {Describe(q, k + 1)} {Describe(q, k + 2)} verb {verb}";
                        }
                        if (stops)
                        {
                            break;
                        }
                    }
                    verb |= q.Tag(k).StartsWith("VB", StringComparison.Ordinal);
                }
            }
        }
        return (cut, on);
    }

    /// <summary>A readable name for each situation counted (for the log).</summary>
    public static Dictionary<ulong, string> Names { get; } = [];

    private static string Describe(QuoteText q, int t) => t >= q.Count ? "END"
        : q.IsPunctuation(t) || q.Tag(t) is "CC" or "IN" or "TO" or "WDT" or "WP" or "WRB" or "DT" or "MD" ? q.Word(t) : q.Tag(t);

    /// <summary>The situations seen stopping a content at least <paramref name="minimum"/> times and more than
    /// <paramref name="ratio"/> times as often as going on.</summary>
    public static ContentCuts Select(Dictionary<ulong, double> cut, Dictionary<ulong, double> on, int minimum, double ratio) =>
        new(cut.Where(p => p.Value >= minimum && p.Value > ratio * on.GetValueOrDefault(p.Key)).Select(p => p.Key).ToHashSet());
}
