using System.Diagnostics;
using System.Globalization;
using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Names;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Recognizers.Times;
using Chronicle.Text;
using Chronicle.Text.Learning;
using Chronicle.Text.Pos;

// Over 300 lines: one straight script of the training steps in the order they build on each other, sharing the
// held-out scoring; split up, each step would need the same dozen locals passed in.
// Trains the attribution taggers on PolNeAR train and writes data/quotes/attribution.bin.gz; then scores the
// reloaded model on PolNeAR dev with `eval attribution`'s scorer (reported only).
// Usage: TrainAttribution [--shared ../shared] [--data data] [--out data/quotes/attribution.bin.gz] [--epochs N] [--seed N]
//   [--prune W] [--holdout K] [--margins 0,5,10] [--open false,true] [--model PATH] [--time N] [--time-against PATH]
//   [--extensions N] [--filter-folds K] [--candidate-margins 5,0] [--thresholds -14,-10] [--filter-epochs N]
//   [--filter-label overlap|exact|whole] [--rate-folds K] [--clusters PATH] [--fold-cache DIR] [--cue-nouns 2,5] [--cuts 3,5,10] [--cut-ratios 1,2] [--wide-sources] [--continuations 2,3,5] [--exact-roles] [--exact-cues] [--content-ends N] [--bags K] [--reporting PATH] [--verb-groups N] [--group-thresholds 0,5] [--group-candidates none,-10] [--analyse] [--setting-grid [--grid-candidate-margins -75,-60] [--grid-thresholds -14,-13] [--grid-group-thresholds -5,-4]] [--noun-cues N [--noun-thresholds -15,-10] [--noun-sourceless] [--noun-overlap]] [--no-dev]
// --model skips training and tunes the run-time settings of an existing model (the weights are deterministic, so
// this equals retraining with the same options).
var shared = Option("--shared", "../shared");
var data = Option("--data", "data");
var output = Option("--out", Path.Combine("data", "quotes", "attribution.bin.gz"));
var options = new AttributionTrainerOptions(
    Epochs: int.Parse(Option("--epochs", "10"), CultureInfo.InvariantCulture),
    Seed: int.Parse(Option("--seed", "1"), CultureInfo.InvariantCulture),
    PruneBelow: float.Parse(Option("--prune", "0.05"), CultureInfo.InvariantCulture));

// --clusters PATH: word classes from unlabelled news (data/clusters/clusters.tsv.gz) as features of both taggers.
var clusters = Option("--clusters", "") is { Length: > 0 } clusterPath ? WordClusters.Load(clusterPath) : null;
if (clusters is not null)
{
    options = options with { Version = "polnear-attribution-4" };
}
// --rate-folds K: how often each lemma and word class heads a cue, a feature of the cue tagger and the filter,
// cross-fitted over K folds of the tagger's training articles.
if (int.Parse(Option("--rate-folds", "0"), CultureInfo.InvariantCulture) is > 1 and var rateFolds)
{
    options = options with { Version = "polnear-attribution-5", RateFolds = rateFolds };
}
// --exact-roles: the role tagger trained and decoded with exact Viterbi instead of a beam of two previous labels.
if (args.Contains("--exact-roles"))
{
    // 7: the role tagger also sees the finite verbs between a token and the cue; cue tails learned with the extensions.
    options = options with { Version = "polnear-attribution-7", ExactRoles = true };
}
// --exact-cues: the cue tagger trained as a structured perceptron and decoded with exact Viterbi over each sentence
// instead of greedily on its own previous labels.
if (args.Contains("--exact-cues"))
{
    options = options with { Version = "polnear-attribution-8", ExactCues = true };
}
// --verb-groups N: a second cue model over whole verb groups, its cues added after the filter (format 12).
if (args.Contains("--verb-groups"))
{
    options = options with { Version = "polnear-attribution-9" };
}
// --content-ends N: a ranker chooses where a reported content ends (format 11).
if (args.Contains("--content-ends"))
{
    options = options with { Version = options.Version + "+ends" };
}
// --bags K: the taggers trained on K shuffle orders (seed, seed + 1000, ...) and their averaged weights averaged.
if (int.Parse(Option("--bags", "1"), CultureInfo.InvariantCulture) is > 1 and var bags)
{
    options = options with { Version = options.Version + "+bags" + bags.ToString(CultureInfo.InvariantCulture), Bags = bags };
}
// --reporting PATH: a closed list of reporting words in classes (data/quotes/reporting-words.tsv), features of the cue
// tagger and the filter, so that a rare cue word shares the weight of its class.
var reporting = Option("--reporting", "") is { Length: > 0 } reportingPath ? ReportingWords.Load(reportingPath) : null;
if (reporting is not null)
{
    options = options with { Version = options.Version + "+reporting" };
}
var groupEpochOption = int.Parse(Option("--verb-groups", "0"), CultureInfo.InvariantCulture);
(LinearWeights All, LinearWeights[] Folds)? groupScorerCache = null;
var clock = Stopwatch.StartNew();
var before = Pipeline.Of(
    new TokenizerStage(new Tokenizer(), new SentenceSplitter()),
    new PosTaggerStage(PosModel.Load(Path.Combine(data, "pos", "pos.bin.gz"))),
    new NameRecognizer(NameModelFile.Load(Path.Combine(data, "ner", "ner-model.bin.gz")), OrganisationNames.Load(Path.Combine(data, "ner", "platforms.txt"))),
    new TimeRecognizer(TimeLexicon.English()));
// Every tenth train article is held out to choose the run-time settings (cue margin, which tokens the cue tagger
// scores); dev is only reported, never used to choose.
var holdout = int.Parse(Option("--holdout", "10"), CultureInfo.InvariantCulture);
var examples = new List<AttributionExample>();
var tuning = new List<(AttributionArticle Article, Annotations Found)>();
var everything = new List<(Document Document, Annotations Found)>();
var articles = PolnearCorpus.Read(Path.Combine(shared, "corpora", "polnear", "train"));
for (var a = 0; a < articles.Count; a++)
{
    var article = articles[a];
    var found = before.Run(new Document(article.Name, null, null, article.Text)).Annotations;
    everything.Add((new Document(article.Name, null, null, article.Text), found));
    if (holdout > 1 && a % holdout == 0)
    {
        tuning.Add((article, found));
        continue;
    }
    foreach (var annotator in article.Annotations)
    {
        examples.Add(new AttributionExample(article.Text, found, [.. annotator.Select(a => new AttributionSpans(a.Source, a.Cue, a.Content))]));
    }
}
Console.WriteLine(FormattableString.Invariant(
    $"train: {articles.Count - tuning.Count} articles, {examples.Count} annotations, {examples.Sum(e => e.Gold.Count)} attributions; {tuning.Count} held out ({clock.Elapsed.TotalSeconds:0.0} s)"));

// How far two annotators agree, with the same scorer: the ceiling the figures should be read against.
var agreement = AttributionScorer.RowNames.ToDictionary(r => r, _ => SpanCounts.Zero, StringComparer.Ordinal);
var pairs = 0;
foreach (var article in articles.Where(a => a.Annotations.Count > 1))
{
    pairs++;
    foreach (var (row, counts) in AttributionScorer.Score(article.Annotations[0], article.Annotations[1]))
    {
        agreement[row] = agreement[row].Add(counts, 1);
    }
}
Console.WriteLine(FormattableString.Invariant(
    $"annotator agreement on {pairs} train articles with two annotators (F1): content overlap {agreement["content overlap"].F1:0.0}, source overlap {agreement["source overlap"].F1:0.0}, cue exact {agreement["cue exact"].F1:0.0}, whole {agreement["attribution"].F1:0.0}"));

var lexicon = CueLexicon.English();
var existing = Option("--model", "");
// A fresh model goes through a save and load before anything is tuned on it: the file keeps half-precision weights,
// and the settings should suit the weights that are shipped.
var model = existing.Length > 0
    ? AttributionModel.Load(existing)
    : FilterTraining.RoundTrip(new AttributionTrainer(lexicon, options, clusters, reporting).Train(examples, epoch =>
        Console.WriteLine(FormattableString.Invariant($"epoch {epoch} ({clock.Elapsed.TotalSeconds:0.0} s)"))));
// The run-time settings with the best mean of the three target rows (content and source overlap F1, cue exact F1)
// on the held-out train articles.
var margins = Option("--margins", "0,5,10,20,40").Split(',').Select(m => float.Parse(m, CultureInfo.InvariantCulture)).ToList();
var opens = Option("--open", "false,true").Split(',').Select(bool.Parse).ToList();
var sourcesRequired = Option("--require-source", "true,false").Split(',').Select(bool.Parse).ToList();
var best = (Margin: margins[0], Open: opens[0], Require: sourcesRequired[0], Score: double.MinValue);
if (tuning.Count > 0 && margins.Count * opens.Count * sourcesRequired.Count > 1)
{
    foreach (var (open, require) in opens.SelectMany(o => sourcesRequired.Select(r => (o, r))))
    {
        foreach (var margin in margins)
        {
            var rows = HeldOut(new QuoteRecognizer(lexicon, model.With(margin, open, require), !args.Contains("--no-indirect")));
            var score = Objective(rows);
            Console.WriteLine(FormattableString.Invariant(
                $"open {open} source required {require} margin {margin}: {Summary(rows)} ({clock.Elapsed.TotalSeconds:0.0} s)"));
            best = score > best.Score ? (margin, open, require, score) : best;
        }
    }
}
// --cue-nouns 2,5,10: nouns are cue candidates when their lemma heads at least N of the train articles' cues (besides
// those the cue tagger's weights favour); N chosen on the held-out articles (0 for none).
double? nounMinimum = null;
if (Option("--cue-nouns", "") is { Length: > 0 } nounOption)
{
    var trainOnly = everything.Select((e, a) => (e, a)).Where(x => !(holdout > 1 && x.a % holdout == 0)).Select(x => (articles[x.a], x.e.Found)).ToList();
    var counts = NounLearning.Count(trainOnly, lexicon);
    var plain = model.With(best.Margin, best.Open, best.Require).WithNouns(CueNouns.Empty);
    var bestNouns = KeepBetter((plain, double.MinValue), plain, "no cue nouns beyond the tagger's");
    foreach (var minimum in nounOption.Split(',').Select(m => double.Parse(m, CultureInfo.InvariantCulture)))
    {
        var withNouns = plain.WithNouns(NounLearning.Select(counts, minimum));
        var scoreBefore = bestNouns.Score;
        bestNouns = KeepBetter(bestNouns, withNouns, FormattableString.Invariant($"cue heads (at least {minimum}): {withNouns.CueNounCount} lemmas"));
        nounMinimum = bestNouns.Score > scoreBefore ? minimum : nounMinimum;
    }
    model = bestNouns.Model;
}
// --extensions N: cue continuations taken into the annotators' cues at least N times (and more often than not).
var extensionMinimum = int.Parse(Option("--extensions", "0"), CultureInfo.InvariantCulture);
if (extensionMinimum > 0)
{
    var trainOnly = everything.Select((e, a) => (e, a)).Where(x => !(holdout > 1 && x.a % holdout == 0)).Select(x => (articles[x.a], x.e.Found)).ToList();
    var learned = model.WithExtensions(ExtensionLearning.Learn(trainOnly, lexicon, extensionMinimum)).With(best.Margin, best.Open, best.Require);
    var bestExtension = (Model: learned, Score: double.MinValue);
    foreach (var rules in new[] { false, true })
    {
        var extended = learned.WithRuleCueExtension(rules);
        bestExtension = KeepBetter(bestExtension, extended, FormattableString.Invariant(
            $"cue extensions (at least {extensionMinimum}): {extended.ExtensionCount}, rules' cues too {rules}"));
    }
    model = bestExtension.Model;
}
// --filter-folds K: the second stage, trained on candidates proposed (at --candidate-margin) by taggers cross-fitted
// over K folds of the train articles; its threshold is chosen on the held-out train articles.
var folds = int.Parse(Option("--filter-folds", "0"), CultureInfo.InvariantCulture);
if (folds > 1)
{
    // Without the verb group scorer an existing model (--model) may hold, as in a fresh run: its cues after the filter are
    // chosen after it (below), and its candidates before the filter with it (--group-candidates).
    var chosen = model.WithoutFilter().WithGroups(null).With(best.Margin, best.Open, best.Require);
    var rowsBefore = HeldOut(new QuoteRecognizer(lexicon, chosen));
    Console.WriteLine(FormattableString.Invariant(
        $"without filter: {Summary(rowsBefore)}"));
    var trainArticles = everything.Select((e, a) => (e, a)).Where(x => !(holdout > 1 && x.a % holdout == 0))
        .Select(x => (articles[x.a], x.e.Found)).ToList();
    var cache = Option("--fold-cache", "");
    var filterOptions = options with { Epochs = int.Parse(Option("--fold-epochs", options.Epochs.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture) };
    var bestFilter = (Model: chosen, Score: Objective(rowsBefore));
    // --group-candidates none,-10: the verb group scorer's groups at or above the score also proposed to the filter
    // (polnear-attribution-10); each fold's candidates come from a scorer trained without that fold's articles.
    var groupCandidateOption = Option("--group-candidates", "none").Split(',')
        .Select(g => g == "none" ? (float?)null : float.Parse(g, CultureInfo.InvariantCulture)).ToList();
    var groupScorers = groupCandidateOption.Any(g => g is not null) && groupEpochOption > 0
        ? GroupScorers(trainArticles, filterOptions, folds, cache.Length > 0 ? cache : null)
        : ((LinearWeights All, LinearWeights[] Folds)?)null;
    foreach (var groupCandidates in groupCandidateOption)
    {
        foreach (var candidateMargin in Option("--candidate-margins", "0").Split(',').Select(m => float.Parse(m, CultureInfo.InvariantCulture)))
        {
            var candidates = FilterTraining.Candidates(trainArticles, lexicon, filterOptions, clusters, reporting, chosen, folds, candidateMargin, cache.Length > 0 ? cache : null, Option("--filter-label", "overlap"), Console.Out,
                (part, m, fold) => m.WithNouns(nounMinimum is { } n ? NounLearning.Select(NounLearning.Count(part, lexicon), n) : chosen.Nouns)
                    .WithExtensions(extensionMinimum > 0 ? ExtensionLearning.Learn(part, lexicon, extensionMinimum) : chosen.Extensions)
                    .WithGroups(groupCandidates is { } g && groupScorers is not null ? new AttributionModel.GroupCueSettings(groupScorers.Value.Folds[fold], float.PositiveInfinity, g) : null));
            var filter = CandidateFilterTrainer.Train(candidates, int.Parse(Option("--filter-epochs", "10"), CultureInfo.InvariantCulture), options.Seed, 0.01f);
            Console.WriteLine(FormattableString.Invariant($"filter (group candidates {groupCandidates?.ToString(CultureInfo.InvariantCulture) ?? "none"}): {candidates.Count} candidates, {filter.Keys.Length} features ({clock.Elapsed.TotalSeconds:0.0} s)"));
            var proposing = groupCandidates is { } t && groupScorers is not null
                ? chosen.WithGroups(new AttributionModel.GroupCueSettings(groupScorers.Value.All, float.PositiveInfinity, t))
                : chosen;
            var thresholds = Option("--thresholds", "-4,-2,-1,0,1,2,4").Split(',').Select(m => float.Parse(m, CultureInfo.InvariantCulture)).ToList();
            foreach (var threshold in thresholds)
            {
                var filtered = proposing.WithFilter(filter, candidateMargin, threshold);
                bestFilter = KeepBetter(bestFilter, filtered, FormattableString.Invariant(
                    $"filter, group candidates {groupCandidates?.ToString(CultureInfo.InvariantCulture) ?? "none"}, candidate margin {candidateMargin} threshold {threshold}"));
                // --group-filter-thresholds: the group candidates judged at a threshold of their own.
                foreach (var own in Option("--group-filter-thresholds", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(m => float.Parse(m, CultureInfo.InvariantCulture)))
                {
                    if (groupCandidates is { } gc && groupScorers is not null)
                    {
                        bestFilter = KeepBetter(bestFilter, filtered.WithGroups(new AttributionModel.GroupCueSettings(groupScorers.Value.All, float.PositiveInfinity, gc, own)), FormattableString.Invariant(
                            $"filter, group candidates {gc}, candidate margin {candidateMargin} threshold {threshold}, group candidates' threshold {own}"));
                    }
                }
            }
        }
    }
    model = bestFilter.Model;
    if (model.Groups?.CandidateThreshold is not null)
    {
        model = model.WithVersion("polnear-attribution-10");
    }
}
// --cuts 3,5,10: reported contents ended where the annotators' stopped at least N times and more often than they went
// on (--cut-ratios 1,2), counted on the train articles; N chosen on the held-out ones.
if (Option("--cuts", "") is { Length: > 0 } cutOption)
{
    var uncut = model.With(best.Margin, best.Open, best.Require).WithCuts(ContentCuts.Empty);
    var trainArticles = everything.Select((e, a) => (e, a)).Where(x => !(holdout > 1 && x.a % holdout == 0)).Select(x => (articles[x.a], x.e.Found)).ToList();
    var (cut, on) = CutLearning.Count(trainArticles, new QuoteRecognizer(lexicon, uncut.WithContinuation(ContentContinuation.Empty)), lexicon);
    foreach (var (key, count) in cut.OrderByDescending(p => p.Value).Take(40))
    {
        Console.WriteLine(FormattableString.Invariant($"  cut {CutLearning.Names[key]}: stopped {count:0.0}, went on {on.GetValueOrDefault(key):0.0}"));
    }
    var bestCut = KeepBetter((uncut, double.MinValue), uncut, FormattableString.Invariant($"no cuts ({cut.Count + on.Count} situations seen)"));
    foreach (var ratio in Option("--cut-ratios", "1").Split(',').Select(r => double.Parse(r, CultureInfo.InvariantCulture)))
    {
        foreach (var minimum in cutOption.Split(',').Select(m => int.Parse(m, CultureInfo.InvariantCulture)))
        {
            var withCuts = uncut.WithCuts(CutLearning.Select(cut, on, minimum, ratio));
            bestCut = KeepBetter(bestCut, withCuts, FormattableString.Invariant($"cuts (at least {minimum}, {ratio} times going on): {withCuts.CutCount} situations"));
        }
    }
    model = bestCut.Model;
}
// --content-ends N: a ranker over the ends a reported content may take, trained N epochs on the contents the filter's
// fold taggers propose on the train articles; kept with or without the cuts when the held-out articles say so.
if (int.Parse(Option("--content-ends", "0"), CultureInfo.InvariantCulture) is > 0 and var endEpochs && folds > 1)
{
    var current = model.With(best.Margin, best.Open, best.Require);
    var trainArticles = everything.Select((e, a) => (e, a)).Where(x => !(holdout > 1 && x.a % holdout == 0)).Select(x => (articles[x.a], x.e.Found)).ToList();
    var ends = EndLearning.Learn(trainArticles, lexicon, options with { Epochs = int.Parse(Option("--fold-epochs", options.Epochs.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture) }, clusters, reporting,
        current, folds, Option("--fold-cache", "") is { Length: > 0 } endCache ? endCache : null, endEpochs, Console.Out,
        (part, m) => m.WithNouns(nounMinimum is { } n ? NounLearning.Select(NounLearning.Count(part, lexicon), n) : current.Nouns)
            .WithExtensions(extensionMinimum > 0 ? ExtensionLearning.Learn(part, lexicon, extensionMinimum) : current.Extensions));
    var bestEnds = KeepBetter((current, double.MinValue), current, "content ends where the tagger (and the cuts) end it");
    bestEnds = KeepBetter(bestEnds, current.WithEnds(ends), FormattableString.Invariant($"content end ranker ({ends.Weights!.Keys.Length} features), then the cuts"));
    model = KeepBetter(bestEnds, current.WithEnds(ends).WithCuts(ContentCuts.Empty), "content end ranker, no cuts").Model;
}
// --wide-sources: sources widened to the annotators' extent (SourceExtent), kept when the held-out
// train articles say so.
if (args.Contains("--wide-sources"))
{
    var narrow = model.With(best.Margin, best.Open, best.Require).WithWideSources(false);
    var bestWidth = KeepBetter((narrow, double.MinValue), narrow, "sources as found");
    model = KeepBetter(bestWidth, narrow.WithWideSources(true), "sources widened (description after, noun modified before)").Model;
}
// --continuations 2,3,5: contents carried into the next sentence in the situations the annotators went on in at
// least N times (and more often than they stopped), counted on the train articles; N chosen on the held-out ones.
if (Option("--continuations", "") is { Length: > 0 } continuationOption)
{
    var plain = model.With(best.Margin, best.Open, best.Require).WithContinuation(ContentContinuation.Empty);
    var trainArticles = everything.Select((e, a) => (e, a)).Where(x => !(holdout > 1 && x.a % holdout == 0)).Select(x => (articles[x.a], x.e.Found)).ToList();
    var (on, off) = ContinuationLearning.Count(trainArticles, new QuoteRecognizer(lexicon, plain), lexicon);
    var rowsPlain = HeldOut(new QuoteRecognizer(lexicon, plain));
    var bestContinuation = (Model: plain, Score: Objective(rowsPlain));
    Console.WriteLine(FormattableString.Invariant(
        $"no continuation: content {rowsPlain["content overlap"].F1:0.0} source {rowsPlain["source overlap"].F1:0.0} cue {rowsPlain["cue exact"].F1:0.0} whole {rowsPlain["attribution"].F1:0.0}; situations seen {on.Count + off.Count} ({clock.Elapsed.TotalSeconds:0.0} s)"));
    foreach (var minimum in continuationOption.Split(',').Select(m => int.Parse(m, CultureInfo.InvariantCulture)))
    {
        var continued = plain.WithContinuation(ContinuationLearning.Select(on, off, minimum));
        bestContinuation = KeepBetter(bestContinuation, continued, FormattableString.Invariant(
            $"continuations (at least {minimum}): {continued.ContinuationCount} situations"));
    }
    model = bestContinuation.Model;
}
// --verb-groups N: a second cue model over whole verb groups, trained N epochs on the train articles (cue rates
// cross-fitted with the filter's folds), its cues added after the filter; the threshold (--group-thresholds) chosen
// on the held-out articles, none kept when none beats the model without it. The folds are the filter's (3 when this
// run tunes an existing model's filter as it is).
if (groupEpochOption > 0)
{
    var groupFolds = folds > 1 ? folds : 3;
    var trainArticles = everything.Select((e, a) => (e, a)).Where(x => !(holdout > 1 && x.a % holdout == 0)).Select(x => (articles[x.a], x.e.Found)).ToList();
    var foldOptions = options with { Epochs = int.Parse(Option("--fold-epochs", options.Epochs.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture) };
    var groupWeights = GroupScorers(trainArticles, foldOptions, groupFolds, Option("--fold-cache", "") is { Length: > 0 } groupCache ? groupCache : null).All;
    // Without the scorer an existing model (--model) may already hold, so that the comparison starts from none; but
    // when the filter was trained with the scorer's candidates, those stay and only the cues after the filter vary.
    var candidateThreshold = model.Groups?.CandidateThreshold;
    var current = model.With(best.Margin, best.Open, best.Require)
        .WithGroups(candidateThreshold is { } c ? new AttributionModel.GroupCueSettings(groupWeights, float.PositiveInfinity, c, model.Groups!.FilterThreshold) : null);
    var bestGroups = KeepBetter((current, double.MinValue), current, "no verb group cues after the filter");
    foreach (var threshold in Option("--group-thresholds", "0,5,10").Split(',').Select(m => float.Parse(m, CultureInfo.InvariantCulture)))
    {
        bestGroups = KeepBetter(bestGroups, current.WithGroups(new AttributionModel.GroupCueSettings(groupWeights, threshold, candidateThreshold, current.Groups?.FilterThreshold)), FormattableString.Invariant($"verb group cues, threshold {threshold}"));
    }
    model = bestGroups.Model;
}
// --noun-cues N: a cue model of its own for nouns (NounCueScorer), trained N epochs on the train articles, its cues
// added after the filter; the threshold (--noun-thresholds) chosen on the held-out articles, none kept when none
// beats the model without it. Not stored in the model file.
if (int.Parse(Option("--noun-cues", "0"), CultureInfo.InvariantCulture) is > 0 and var nounEpochs)
{
    var trainArticles = everything.Select((e, a) => (e, a)).Where(x => !(holdout > 1 && x.a % holdout == 0)).Select(x => (articles[x.a], x.e.Found)).ToList();
    var nounExamples = NounCueLearning.Examples(trainArticles, lexicon, model, args.Contains("--noun-overlap"));
    var nounWeights = CandidateFilterTrainer.Train([.. nounExamples], nounEpochs, options.Seed, 0.01f);
    Console.WriteLine(FormattableString.Invariant(
        $"noun cues: {nounExamples.Count} spans, {nounExamples.Count(e => e.Keep)} an annotator's cue, {nounWeights.Keys.Length} features ({clock.Elapsed.TotalSeconds:0.0} s)"));
    var current = model.With(best.Margin, best.Open, best.Require).WithNounScorer(null);
    var bestNounCues = KeepBetter((current, double.MinValue), current, "no noun cues after the filter");
    foreach (var threshold in Option("--noun-thresholds", "0,5,10").Split(',').Select(m => float.Parse(m, CultureInfo.InvariantCulture)))
    {
        bestNounCues = KeepBetter(bestNounCues, current.WithNounScorer(new AttributionModel.NounCueSettings(nounWeights, threshold)), FormattableString.Invariant($"noun cues, threshold {threshold}"));
        if (args.Contains("--noun-sourceless"))
        {
            bestNounCues = KeepBetter(bestNounCues, current.WithNounScorer(new AttributionModel.NounCueSettings(nounWeights, threshold, false)), FormattableString.Invariant($"noun cues without a source too, threshold {threshold}"));
        }
    }
    model = bestNounCues.Model;
}
// --setting-grid: the stored run-time settings of an existing model re-chosen without retraining anything: candidate
// margins (--grid-candidate-margins), filter thresholds (--grid-thresholds) and verb group cue thresholds
// (--grid-group-thresholds), each list defaulting to the model's own value; the best held-out mean is kept (the model's
// own settings win a tie).
if (args.Contains("--setting-grid") && model.HasFilter)
{
    var current = model.With(best.Margin, best.Open, best.Require);
    var bestSetting = KeepBetter((current, double.MinValue), current, FormattableString.Invariant(
        $"stored settings: candidate margin {current.CandidateMargin} threshold {current.FilterThreshold} group threshold {current.Groups?.Threshold.ToString(CultureInfo.InvariantCulture) ?? "none"}"));
    foreach (var candidateMargin in Floats("--grid-candidate-margins", current.CandidateMargin))
    {
        foreach (var threshold in Floats("--grid-thresholds", current.FilterThreshold))
        {
            foreach (var groupThreshold in current.Groups is { } groups ? Floats("--grid-group-thresholds", groups.Threshold) : [float.NaN])
            {
                var variant = current.WithFilterSettings(candidateMargin, threshold);
                variant = current.Groups is { } g ? variant.WithGroups(g with { Threshold = groupThreshold }) : variant;
                if (candidateMargin == current.CandidateMargin && threshold == current.FilterThreshold && (current.Groups is null || groupThreshold == current.Groups.Threshold))
                {
                    continue;
                }
                bestSetting = KeepBetter(bestSetting, variant, FormattableString.Invariant(
                    $"candidate margin {candidateMargin} threshold {threshold} group threshold {groupThreshold}"));
            }
        }
    }
    model = bestSetting.Model;
    Console.WriteLine(FormattableString.Invariant(
        $"chosen: candidate margin {model.CandidateMargin} threshold {model.FilterThreshold} group threshold {model.Groups?.Threshold.ToString(CultureInfo.InvariantCulture) ?? "none"}"));
}
if (args.Contains("--analyse"))
{
    Analysis.Run(tuning, new QuoteRecognizer(lexicon, model.With(best.Margin, best.Open, best.Require)), lexicon, Console.Out);
    MissedCues.Run(tuning, new QuoteRecognizer(lexicon, model.With(best.Margin, best.Open, best.Require)), model.With(best.Margin, best.Open, best.Require), lexicon, Console.Out);
    FalseCues.Run(tuning, new QuoteRecognizer(lexicon, model.With(best.Margin, best.Open, best.Require)), model.With(best.Margin, best.Open, best.Require), lexicon, Console.Out);
}
foreach (var margin in margins)
{
    Console.WriteLine(FormattableString.Invariant($"cue tagger alone, margin {margin}: {CuesAlone(model, margin)}"));
}
// --time N: the quotes stage alone over every train article, N rounds, the fastest shown (the machine is shared, so
// compare settings in the same minute).
var rounds = int.Parse(Option("--time", "0"), CultureInfo.InvariantCulture);
// --time-against PATH adds another model file (say the previous one) to the same rounds; the rounds interleave the
// settings so that a burst of load on the shared machine falls on all of them.
var timedModels = rounds > 0 ? new List<(string Name, AttributionModel Model)> { ("favoured verbs", model.With(best.Margin, false, best.Require)), ("chosen", model.With(best.Margin, best.Open, best.Require)), ("every verb", model.With(best.Margin, true, best.Require)) } : [];
if (rounds > 0 && Option("--time-against", "") is { Length: > 0 } against)
{
    timedModels.Add(("against " + against, AttributionModel.Load(against)));
}
var fastest = timedModels.Select(_ => double.MaxValue).ToArray();
for (var r = 0; r < rounds; r++)
{
    for (var i = 0; i < timedModels.Count; i++)
    {
        var stage = new QuoteRecognizer(lexicon, timedModels[i].Model);
        // Processor time, not wall time: on a loaded machine the wall clock mostly measures waiting.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var (document, found) in everything)
        {
            stage.Run(document, found);
        }
        fastest[i] = Math.Min(fastest[i], (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }
}
for (var i = 0; i < timedModels.Count; i++)
{
    Console.WriteLine(FormattableString.Invariant($"quotes stage, {timedModels[i].Name}: {fastest[i]:0.000} processor s per round over {everything.Count} articles"));
}
var dev = Path.Combine(shared, "corpora", "polnear", "dev");
model = model.With(best.Margin, best.Open, best.Require);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
using (var file = File.Create(output))
{
    model.Save(file);
}
var reloaded = AttributionModel.Load(output);
Console.WriteLine(FormattableString.Invariant($"wrote {output}: {new FileInfo(output).Length:N0} bytes, {reloaded.FeatureCount:N0} features, cue margin {reloaded.CueMargin}, open candidates {reloaded.OpenCandidates}, source required {reloaded.RequireSource}"));
// --no-dev: dev not scored (a settings grid measures held-out train only; dev is read once for what is kept).
if (Directory.Exists(dev) && !args.Contains("--no-dev"))
{
    var pipeline = Pipeline.Of([.. before.Stages, new QuoteRecognizer(lexicon, reloaded)]);
    AttributionEvaluation.Run(dev, pipeline, Console.Out, args.Contains("--verbose"));
}
return 0;

// Scores a variant on the held-out train articles, prints it, and keeps it when it beats the best so far.
(AttributionModel Model, double Score) KeepBetter((AttributionModel Model, double Score) best, AttributionModel variant, string label)
{
    var rows = HeldOut(new QuoteRecognizer(lexicon, variant));
    Console.WriteLine($"{label}: {Summary(rows)}");
    var score = Objective(rows);
    return score > best.Score ? (variant, score) : best;
}

Dictionary<string, SpanCounts> HeldOut(QuoteRecognizer quotes)
{
    var totals = AttributionScorer.RowNames.ToDictionary(r => r, _ => SpanCounts.Zero, StringComparer.Ordinal);
    foreach (var (article, found) in tuning)
    {
        var document = new Document(article.Name, null, null, article.Text);
        var spans = quotes.Run(document, found).Quotes.Select(q => new GoldAttribution(q.Speaker?.Span, q.Cue, q.Content)).ToList();
        foreach (var gold in article.Annotations)
        {
            foreach (var (row, counts) in AttributionScorer.Score(gold, spans))
            {
                totals[row] = totals[row].Add(counts, 1.0 / article.Annotations.Count);
            }
        }
    }
    return totals;
}

// The cue tagger's own cues (open candidates) against the annotators' cues, exact spans.
string CuesAlone(AttributionModel m, float margin)
{
    double gold = 0, found = 0, correct = 0;
    foreach (var (article, annotations) in tuning)
    {
        var q = new QuoteText(article.Text, annotations, lexicon);
        var cues = CueTagger.Find(new Chronicle.Recognizers.Quotes.Model.TokenFacts(q, m.Clusters, m.Rates, m.Reporting), m.Cue, margin, open: true, exact: m.ExactCues).Select(c => q.Span(c.First, c.End - 1)).ToHashSet();
        foreach (var g in article.Annotations)
        {
            var w = 1.0 / article.Annotations.Count;
            var set = g.Select(a => a.Cue).OfType<TextSpan>().ToHashSet();
            gold += w * set.Count;
            found += w * cues.Count;
            correct += w * set.Count(cues.Contains);
        }
    }
    var s = new SpanCounts(gold, found, correct);
    return FormattableString.Invariant($"P {s.Precision:0.0} R {s.Recall:0.0} F1 {s.F1:0.0}");
}

// The verb group scorer trained on every train article, and one per fold trained without that fold's articles (each
// article's cue rates those of the fold tagger trained without it); trained once per run.
(LinearWeights All, LinearWeights[] Folds) GroupScorers(IReadOnlyList<(AttributionArticle Article, Annotations Found)> trainArticles, AttributionTrainerOptions foldOptions, int groupFolds, string? cache)
{
    if (groupScorerCache is { } known)
    {
        return known;
    }
    var groupExamples = GroupLearning.Examples(trainArticles, lexicon, groupFolds,
        fold => FilterTraining.FoldModel(trainArticles, lexicon, foldOptions, clusters, reporting, groupFolds, fold, cache));
    var all = CandidateFilterTrainer.Train([.. groupExamples.Select(e => (e.Features, e.Keep))], groupEpochOption, options.Seed, 0.01f);
    var perFold = Enumerable.Range(0, groupFolds)
        .Select(fold => CandidateFilterTrainer.Train([.. groupExamples.Where(e => e.Article % groupFolds != fold).Select(e => (e.Features, e.Keep))], groupEpochOption, options.Seed, 0.01f))
        .ToArray();
    Console.WriteLine(FormattableString.Invariant(
        $"verb groups: {groupExamples.Count} spans, {groupExamples.Count(e => e.Keep)} an annotator's cue, {all.Keys.Length} features ({clock.Elapsed.TotalSeconds:0.0} s)"));
    groupScorerCache = (all, perFold);
    return groupScorerCache.Value;
}

List<float> Floats(string name, float fallback) => Option(name, "") is { Length: > 0 } list
    ? [.. list.Split(',').Select(m => float.Parse(m, CultureInfo.InvariantCulture))]
    : [fallback];

string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

// What every held-out comparison maximises: the mean of the three figures the issue sets targets for.
static double Objective(Dictionary<string, SpanCounts> rows) => (rows["content overlap"].F1 + rows["source overlap"].F1 + rows["cue exact"].F1) / 3;

static string Summary(Dictionary<string, SpanCounts> rows) => FormattableString.Invariant(
    $"content {rows["content overlap"].F1:0.0} source {rows["source overlap"].F1:0.0} cue {rows["cue exact"].F1:0.0} (P {rows["cue exact"].Precision:0.0} R {rows["cue exact"].Recall:0.0}) whole {rows["attribution"].F1:0.0}, mean {Objective(rows):0.000}");
