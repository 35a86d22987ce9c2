using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Text.Learning;

/// <summary>
/// Builds the second stage's training candidates by cross-fitting: the train articles are split into folds, the
/// taggers are trained without each fold and propose candidates on it, so the filter learns from candidates as wrong
/// as those it will judge at run time.
/// </summary>
internal static class FilterTraining
{
    public static List<(ulong[] Features, bool Keep)> Candidates(
        IReadOnlyList<(AttributionArticle Article, Annotations Found)> articles, CueLexicon lexicon, AttributionTrainerOptions options, WordClusters? clusters, ReportingWords? reporting,
        AttributionModel settings, int folds, float candidateMargin, string? cache, string label, TextWriter log,
        Func<IReadOnlyList<(AttributionArticle Article, Annotations Found)>, AttributionModel, int, AttributionModel> counted)
    {
        var examples = new List<(ulong[], bool)>();
        var features = new ulong[CandidateFilter.MaxFeatures];
        for (var fold = 0; fold < folds; fold++)
        {
            var model = FoldModel(articles, lexicon, options, clusters, reporting, folds, fold, cache);
            // What is counted on train articles (cue heads, cue continuations) is counted on the fold's training part
            // too, so that the fold's own articles do not leak into the candidates proposed on them; so is the verb
            // group scorer whose candidates join the tagger's.
            var foldTraining = articles.Where((_, a) => a % folds != fold).ToList();
            var proposer = new QuoteRecognizer(lexicon, counted(foldTraining, model, fold).With(settings.CueMargin, settings.OpenCandidates, settings.RequireSource));
            var kept = 0;
            var count = 0;
            for (var a = fold; a < articles.Count; a += folds)
            {
                var (article, found) = articles[a];
                var (facts, _, candidates) = proposer.Propose(new Document(article.Name, null, null, article.Text), found, candidateMargin);
                var gold = article.Annotations.SelectMany(g => g).Where(g => g.Cue is not null).ToList();
                for (var i = 0; i < candidates.Count; i++)
                {
                    var n = CandidateFilter.Features(facts, candidates, i, features);
                    var cue = facts.Q.Span(candidates[i].CueFirst, candidates[i].CueEnd - 1);
                    var content = facts.Q.Span(candidates[i].Content.First, candidates[i].Content.End - 1);
                    // The label: the cue is an annotator's exactly, overlaps one, or overlaps one whose content overlaps too.
                    var keep = gold.Any(g => label switch
                    {
                        "exact" => g.Cue == cue,
                        "whole" => AttributionScorer.Overlapping(g.Cue!.Value, cue) && g.Content is { } c && AttributionScorer.Overlapping(c, content),
                        _ => AttributionScorer.Overlapping(g.Cue!.Value, cue),
                    });
                    examples.Add((features[..n], keep));
                    kept += keep ? 1 : 0;
                    count++;
                }
            }
            log.WriteLine($"fold {fold}: {count} candidates, {kept} with a gold cue");
        }
        return examples;
    }

    // The fold taggers of this run, so that each candidate margin and the content end ranker share one training.
    private static readonly Dictionary<(int Fold, int Folds), AttributionModel> Folds = [];

    /// <summary>
    /// The taggers trained without fold <paramref name="fold"/> of <paramref name="folds"/> (read from the cache
    /// directory when it holds them, else trained and written there).
    /// </summary>
    public static AttributionModel FoldModel(IReadOnlyList<(AttributionArticle Article, Annotations Found)> articles, CueLexicon lexicon, AttributionTrainerOptions options, WordClusters? clusters, ReportingWords? reporting, int folds, int fold, string? cache)
    {
        if (Folds.TryGetValue((fold, folds), out var known))
        {
            return known;
        }
        var path = cache is null ? null : Path.Combine(cache, $"fold{fold}of{folds}.bin.gz");
        AttributionModel model;
        if (path is not null && File.Exists(path))
        {
            model = AttributionModel.Load(path);
        }
        else
        {
            var training = new List<AttributionExample>();
            for (var a = 0; a < articles.Count; a++)
            {
                if (a % folds != fold)
                {
                    training.AddRange(articles[a].Article.Annotations.Select(g => new AttributionExample(
                        articles[a].Article.Text, articles[a].Found, [.. g.Select(x => new AttributionSpans(x.Source, x.Cue, x.Content))])));
                }
            }
            // Stored at half precision like the shipped model, so a cached fold equals a fresh one.
            model = RoundTrip(new AttributionTrainer(lexicon, options, clusters, reporting).Train(training));
            if (path is not null)
            {
                Directory.CreateDirectory(cache!);
                using var file = File.Create(path);
                model.Save(file);
            }
        }
        Folds[(fold, folds)] = model;
        return model;
    }

    /// <summary>The model as written and read back (half-precision weights).</summary>
    public static AttributionModel RoundTrip(AttributionModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        return AttributionModel.Load(stream);
    }
}
