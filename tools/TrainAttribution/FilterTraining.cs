using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Builds the second stage's training candidates by cross-fitting: the train articles are split into folds, the
/// taggers are trained without each fold and propose candidates on it, so the filter learns from candidates as wrong
/// as those it will judge at run time.
/// </summary>
internal static class FilterTraining
{
    public static List<(ulong[] Features, bool Keep)> Candidates(
        IReadOnlyList<(AttributionArticle Article, Annotations Found)> articles, CueLexicon lexicon, AttributionTrainerOptions options,
        AttributionModel settings, int folds, float candidateMargin, string? cache, bool exact, TextWriter log)
    {
        var examples = new List<(ulong[], bool)>();
        var features = new ulong[CandidateFilter.MaxFeatures];
        for (var fold = 0; fold < folds; fold++)
        {
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
                model = new AttributionTrainer(lexicon, options).Train(training);
                if (path is not null)
                {
                    Directory.CreateDirectory(cache!);
                    using var file = File.Create(path);
                    model.Save(file);
                }
            }
            var proposer = new QuoteRecognizer(lexicon, model.WithExtensions(settings.Extensions).With(settings.CueMargin, settings.OpenCandidates, settings.RequireSource));
            var kept = 0;
            var count = 0;
            for (var a = fold; a < articles.Count; a += folds)
            {
                var (article, found) = articles[a];
                var (facts, _, candidates) = proposer.Propose(new Document(article.Name, null, null, article.Text), found, candidateMargin);
                var cues = article.Annotations.SelectMany(g => g).Select(g => g.Cue).OfType<TextSpan>().ToList();
                for (var i = 0; i < candidates.Count; i++)
                {
                    var n = CandidateFilter.Features(facts, candidates, i, features);
                    var cue = facts.Q.Span(candidates[i].CueFirst, candidates[i].CueEnd - 1);
                    var keep = cues.Any(g => exact ? g == cue : AttributionScorer.Overlapping(g, cue));
                    examples.Add((features[..n], keep));
                    kept += keep ? 1 : 0;
                    count++;
                }
            }
            log.WriteLine($"fold {fold}: {count} candidates, {kept} with a gold cue");
        }
        return examples;
    }
}
