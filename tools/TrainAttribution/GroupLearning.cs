using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// The verb group scorer's training examples (<see cref="VerbGroupCues"/>): every group span on the train articles,
/// labelled keep when an annotator's cue is exactly that span, with the index of its article (for per-fold scorers). Each article's cue rates are those of the filter's fold
/// taggers trained without it, so the rates of rare verbs are as unsure as at run time.
/// </summary>
internal static class GroupLearning
{
    public static List<(ulong[] Features, bool Keep, int Article)> Examples(IReadOnlyList<(AttributionArticle Article, Annotations Found)> articles, CueLexicon lexicon, int folds, Func<int, AttributionModel> foldModel)
    {
        var examples = new List<(ulong[], bool, int)>();
        var x = new ulong[VerbGroupCues.MaxFeatures];
        for (var a = 0; a < articles.Count; a++)
        {
            var (article, found) = articles[a];
            var model = foldModel(a % folds);
            var facts = new TokenFacts(new QuoteText(article.Text, found, lexicon), model.Clusters, model.Rates, model.Reporting);
            var gold = article.Annotations.SelectMany(g => g).Select(g => g.Cue).OfType<TextSpan>().ToHashSet();
            foreach (var (first, head, end) in VerbGroupCues.Spans(facts))
            {
                var n = VerbGroupCues.Features(facts, first, head, end, x);
                examples.Add((x[..n], gold.Contains(facts.Q.Span(first, end - 1)), a));
            }
        }
        return examples;
    }
}
