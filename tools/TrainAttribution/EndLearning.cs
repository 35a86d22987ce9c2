using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Text.Learning;

/// <summary>
/// Trains the content end ranker (<see cref="ContentEnds"/>) on the reported contents that taggers cross-fitted over
/// the filter's folds propose on the train articles (each fold's contents from taggers trained without it, so their
/// ends are as wrong as at run time): for each content whose start agrees with an annotator's for the same cue, the
/// annotator's end among the candidate ends is the one to rank first (a ranking perceptron, averaged).
/// </summary>
internal static class EndLearning
{
    public static ContentEnds Learn(
        IReadOnlyList<(AttributionArticle Article, Annotations Found)> articles, CueLexicon lexicon, AttributionTrainerOptions options, WordClusters? clusters, ReportingWords? reporting,
        AttributionModel settings, int folds, string? cache, int epochs, TextWriter log,
        Func<IReadOnlyList<(AttributionArticle Article, Annotations Found)>, AttributionModel, AttributionModel> counted)
    {
        var examples = new List<(ulong[][] Candidates, int Gold, bool[] Enough)>();
        var features = new ulong[ContentEnds.MaxFeatures];
        double already = 0;
        int seen = 0, matched = 0, started = 0;
        for (var fold = 0; fold < folds; fold++)
        {
            var model = FilterTraining.FoldModel(articles, lexicon, options, clusters, reporting, folds, fold, cache);
            var foldTraining = articles.Where((_, a) => a % folds != fold).ToList();
            var proposer = new QuoteRecognizer(lexicon, counted(foldTraining, model).With(settings.CueMargin, settings.OpenCandidates, settings.RequireSource));
            for (var a = fold; a < articles.Count; a += folds)
            {
                var (article, found) = articles[a];
                var (facts, _, candidates) = proposer.Propose(new Document(article.Name, null, null, article.Text), found, settings.CueMargin);
                var q = facts.Q;
                foreach (var c in candidates)
                {
                    var (first, end) = c.Content;
                    if (first < c.CueEnd || q.IsQuoteMark(first))
                    {
                        continue;
                    }
                    seen++;
                    var cue = q.Span(c.CueFirst, c.CueEnd - 1);
                    var content = q.Span(first, end - 1);
                    var ends = ContentEnds.Candidates(facts, first, end).ToList();
                    foreach (var g in article.Annotations.SelectMany(x => x))
                    {
                        if (g.Cue is not { } gc0 || g.Content is not { } gold0 || !AttributionScorer.Overlapping(gc0, cue) || !gold0.Overlaps(content))
                        {
                            continue;
                        }
                        matched++;
                        if (g.Cue is not { } gc || g.Content is not { } gold
                            || Math.Abs(q.TokenAt(gold.Start) - first) > 2)
                        {
                            continue;
                        }
                        started++;
                        var goldEnd = q.TokenAt(gold.End);
                        var at = ends.IndexOf(goldEnd);
                        if (at < 0)
                        {
                            continue;
                        }
                        already += goldEnd == end ? 1 : 0;
                        // The score counts a content found when it overlaps the annotator's by half: any such end will do.
                        examples.Add(([.. ends.Select(e => features[..ContentEnds.Features(facts, first, end, e, features)].ToArray())], at,
                            [.. ends.Select(e => AttributionScorer.Overlapping(gold, q.Span(first, e - 1)))]));
                    }
                }
            }
        }
        var perceptron = new AveragedPerceptron(2);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        Span<float> scores = stackalloc float[2];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (candidates, gold, enough) = examples[i];
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var k = 0; k < candidates.Length; k++)
                {
                    perceptron.Score(candidates[k], scores);
                    if (scores[0] > bestScore)
                    {
                        (best, bestScore) = (k, scores[0]);
                    }
                }
                // Label 0 holds the end's score: the annotator's end gains, the wrongly preferred one loses.
                var right = best == gold || enough[best];
                perceptron.Update(candidates[gold], 0, right ? 0 : 1);
                if (!right)
                {
                    perceptron.Update(candidates[best], 1, 0);
                }
            }
        }
        log.WriteLine(FormattableString.Invariant(
            $"content end ranker: {seen} reported contents after their cue, {matched} an annotator's, {started} starting alike, {examples.Count} contents with the annotator's end among the candidates, {already:0} of them at the tagger's end"));
        return new ContentEnds(AttributionTrainer.Averaged(perceptron, 0.01f, 1));
    }
}
