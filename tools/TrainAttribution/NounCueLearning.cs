using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// The noun cue scorer's training examples (<see cref="NounCueScorer"/>): every noun span of a cue noun's lemma on the
/// train articles, labelled keep when an annotator's cue is exactly that span (or, with --noun-overlap, overlaps it by half the longer).
/// </summary>
internal static class NounCueLearning
{
    public static List<(ulong[] Features, bool Keep)> Examples(IReadOnlyList<(AttributionArticle Article, Annotations Found)> articles, CueLexicon lexicon, AttributionModel model, bool overlap = false)
    {
        var examples = new List<(ulong[], bool)>();
        var x = new ulong[NounCueScorer.MaxFeatures];
        foreach (var (article, found) in articles)
        {
            var facts = new TokenFacts(new QuoteText(article.Text, found, lexicon), model.Clusters, model.Rates, model.Reporting);
            var gold = article.Annotations.SelectMany(g => g).Select(g => g.Cue).OfType<TextSpan>().ToHashSet();
            var spans = NounCueScorer.Spans(facts, model.Nouns).ToList();
            if (Environment.GetEnvironmentVariable("NOUN_SHOW") is not null)
            {
                foreach (var g in gold)
                {
                    var heads = spans.Where(s => facts.Q.Span(s.Head).Start >= g.Start && facts.Q.Span(s.Head).End <= g.End).ToList();
                    if (heads.Count > 0)
                    {
                        var match = heads.Any(s => facts.Q.Span(s.First, s.End - 1) == g);
                        Console.WriteLine($"NOUNGOLD {(match ? "match" : "miss")} [{article.Text[g.Start..g.End]}]");
                    }
                }
            }
            foreach (var (first, head, end) in spans)
            {
                var n = NounCueScorer.Features(facts, first, head, end, x);
                var span = facts.Q.Span(first, end - 1);
                examples.Add((x[..n], overlap ? gold.Any(g => Math.Min(g.End, span.End) - Math.Max(g.Start, span.Start) is var o && 2 * o >= Math.Max(g.Length, span.Length)) : gold.Contains(span)));
            }
        }
        return examples;
    }
}
