// Trains the pairwise event coreference model on the ECB+ train topics (every topic but the dev ones): logistic
// regression, then boosted trees on its residual, over the pairs within predicted stories; chooses the merge threshold,
// linkage and number of trees by cross-validation over the train topics (never on dev); writes
// data/coref/event-coref.tsv.gz and, for the record only, scores it on the dev topics.
// Deterministic: no sampling, Newton's method, folds by topic order. With --wordnet it writes the WordNet extract
// (data/coref/wordnet-events.tsv.gz) that training reads beside its output.
//   dotnet run --project tools/TrainCoref -c Release -- ../shared/corpora/ecbplus data/coref/event-coref.tsv.gz
using System.Globalization;
using Chronicle.Evaluation.Coref;
using Chronicle.Resolution.Coreference;

if (args is ["--wordnet", var wordnetDirectory, var wordnetOutput])
{
    WordNetExtract.Write(wordnetDirectory, wordnetOutput);
    Console.WriteLine($"wrote {wordnetOutput}");
    return 0;
}
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: TrainCoref ECBPLUS_DIR OUTPUT.tsv.gz | TrainCoref --wordnet /usr/share/wordnet OUTPUT.tsv.gz");
    return 2;
}

var c = CultureInfo.InvariantCulture;
// CHRONICLE_COREF_ARGS: "none" leaves out the entity arguments, "sentence" attaches every argument of a sentence
// to each of its events; by default each argument goes to the event whose trigger is nearest.
var argumentMode = Environment.GetEnvironmentVariable("CHRONICLE_COREF_ARGS");
var corpus = EcbPlusCorpus.Read(args[0]) with { AttachArguments = argumentMode != "none", AttachWholeSentence = argumentMode == "sentence", AttachSettingsToSentence = argumentMode == "settings", AttachNamesOnly = argumentMode == "names" };
var lemmatizer = new EnglishLemmatizer();
var wordNetPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[1]))!, CorefModel.WordNetFile);
var wordNet = File.Exists(wordNetPath) ? EventWordNet.Load(wordNetPath) : EventWordNet.Empty;
Console.WriteLine(File.Exists(wordNetPath) ? $"WordNet extract {wordNetPath}" : "no WordNet extract beside the output");
var trainer = new CorefTrainer(lemmatizer, wordNet);
var words = corpus.Words;
var blocks = corpus.Blocks(corpus.TrainTopics, bySubtopic: false);
// Folds are by topic order; CHRONICLE_COREF_FOLDSEED=n shuffles the topics first, so that a change can be checked
// on other partitions of the same topics (repeated cross-validation).
if (int.TryParse(Environment.GetEnvironmentVariable("CHRONICLE_COREF_FOLDSEED"), out var foldSeed))
{
    var shuffled = blocks.ToArray();
    new Random(foldSeed).Shuffle(shuffled);
    blocks = shuffled;
}
Console.WriteLine($"train topics {string.Join(",", corpus.TrainTopics)}: {blocks.Sum(b => b.Mentions.Count)} event mentions");

// The document threshold that best recovers the sub-topics (the two seminal events of a topic), pairwise F1.
// CHRONICLE_COREF_DOCTHRESHOLD overrides it, to cross-validate neighbouring values by the CoNLL F1 itself.
var documentThreshold = double.TryParse(Environment.GetEnvironmentVariable("CHRONICLE_COREF_DOCTHRESHOLD"), NumberStyles.Float, c, out var givenThreshold)
    ? givenThreshold
    : TuneDocumentThreshold();
Console.WriteLine(string.Create(c, $"document threshold {documentThreshold:0.00}"));

// Lemma-pair counts are cross-fitted: a topic's pairs are featurised with counts from the other four fifths of the
// topics, so the classifier learns how far to trust the table on topics it has not seen, as at test time. The idf is
// taken over the documents of the topic's fold (five topics), as it is over the documents resolved at test time.
const int Folds = 5;
var bags = BagCount();
var splitDocuments = Environment.GetEnvironmentVariable("CHRONICLE_COREF_SPLITDOC") == "1";
var tables = Enumerable.Range(0, Folds).Select(f => trainer.CountPairs(blocks.Where((_, i) => i % Folds != f))).ToArray();
var foldVectors = Enumerable.Range(0, Folds)
    .Select(f => new TermVectors(blocks.Where((_, i) => i % Folds == f).SelectMany(b => b.Mentions.Select(m => m.Document)).Distinct().Select(x => words[x]), lemmatizer))
    .ToArray();
var samples = blocks.Select((b, i) => trainer.Samples(b, tables[i % Folds], documentThreshold, words, foldVectors[i % Folds])).ToList();
Console.WriteLine($"pairs {samples.Sum(s => s.Labels.Length)}, coreferent {samples.Sum(s => s.Labels.Count(l => l == 1))}");
// Resolution runs within predicted stories, so the classifier learns from the pairs it will be asked about.
var heldSamples = samples;
samples = [.. samples.Select(WithinStories)];
Console.WriteLine($"within stories: pairs {samples.Sum(s => s.Labels.Length)}, coreferent {samples.Sum(s => s.Labels.Count(l => l == 1))}");

// Hyperparameters (trees, neighbour rescoring, linkage, merge threshold) are chosen by cross-validation over the train
// topics: each fold of topics is resolved by a model fitted on the other folds, with pair counts and idf that leave
// it out, as the dev topics are at test time. The dev topics are never looked at here. Resolution stays within
// predicted stories: an earlier run of this cross-validation scored it 77.7 against 73.5 across stories, and 50 to
// 400 trees within 0.4 of each other.
// CHRONICLE_COREF_RATE halves (or otherwise scales) the shrinkage, with the number of trees scaled inversely.
var rate = double.TryParse(Environment.GetEnvironmentVariable("CHRONICLE_COREF_RATE"), NumberStyles.Float, c, out var givenRate) ? givenRate : 0.1;
int[] checkpoints = [(int)Math.Round(150 * 0.1 / rate)];
var held = checkpoints.Select(_ => new double[blocks.Count][,]).ToArray();
for (var f = 0; f < Folds; f++)
{
    var fold = f;
    var foldSamples = samples.Where((_, i) => i % Folds != fold).ToList();
    // CHRONICLE_COREF_SPLITDOC=1 (an experiment, cross-validated only): pairs within one document get a classifier
    // of their own, fitted on within-document pairs, and pairs across documents one fitted on cross-document pairs.
    var (foldWeights, foldTrees) = FitModel(splitDocuments ? [.. foldSamples.Select(x => Rows(x, false))] : foldSamples, checkpoints[^1]);
    var withinModel = splitDocuments ? FitModel([.. foldSamples.Select(x => Rows(x, true))], checkpoints[^1]) : (foldWeights, foldTrees);
    foreach (var i in Enumerable.Range(0, blocks.Count).Where(i => i % Folds == fold))
    {
        var margins = Margins(heldSamples[i], foldWeights, foldTrees, checkpoints);
        if (splitDocuments)
        {
            var within = Margins(heldSamples[i], withinModel.Item1, withinModel.Item2, checkpoints);
            var sameDocument = SameDocumentRows(heldSamples[i]);
            for (var r = 0; r < checkpoints.Length; r++)
            {
                for (var p = 0; p < sameDocument.Length; p++)
                {
                    margins[r][p] = sameDocument[p] ? within[r][p] : margins[r][p];
                }
            }
        }
        for (var r = 0; r < checkpoints.Length; r++)
        {
            held[r][i] = Matrix(heldSamples[i], margins[r]);
        }
    }
    Console.WriteLine($"fold {fold}: held-out topics resolved");
}
// The neighbour rescoring learns from the held-out matrices, and is itself cross-validated by the same folds.
var neighbourSamples = held.Select(m => blocks.Select((b, i) => NeighbourSamples(m[i], b)).ToList()).ToArray();
var rescored = checkpoints.Select(_ => new double[blocks.Count][,]).ToArray();
for (var r = 0; r < checkpoints.Length; r++)
{
    for (var f = 0; f < Folds; f++)
    {
        var fold = f;
        var w = CorefTrainer.Fit(neighbourSamples[r].Where((_, i) => i % Folds != fold).ToList(), NeighbourFeatures.Count);
        foreach (var i in Enumerable.Range(0, blocks.Count).Where(i => i % Folds == fold))
        {
            rescored[r][i] = NeighbourFeatures.Rescore(held[r][i], w);
        }
    }
}
// CHRONICLE_COREF_QUICK=1 measures only the configuration chosen so far (average link, no neighbour rescoring), to
// compare feature sets in half the time; the published model is built without it.
var quick = Environment.GetEnvironmentVariable("CHRONICLE_COREF_QUICK") == "1";
var configurations = (
    from r in Enumerable.Range(0, checkpoints.Length)
    from neighbours in quick ? (bool[])[false] : [false, true]
    from linkage in quick ? [Linkage.Average] : Enum.GetValues<Linkage>()
    select (Rounds: checkpoints[r], Index: r, Neighbours: neighbours, Linkage: linkage)).ToList();
var blockIndex = new Dictionary<CorefBlock, int>(ReferenceEqualityComparer.Instance);
for (var i = 0; i < blocks.Count; i++)
{
    blockIndex[blocks[i]] = i;
}
// The threshold is scored with its two neighbours (a plateau, not a lucky point), over all held-out topics at once;
// then lone mentions may join their best partner's cluster (singleton threshold, 2: never).
var grid = Enumerable.Range(0, 37).Select(k => Math.Round(0.05 + (0.025 * k), 3)).ToArray();
double[] attachGrid = [2, 0.9, 0.8, 0.7, 0.6, 0.5];
var best = (Configuration: configurations[0], Threshold: 0.5, Attach: 2.0, Smoothed: -1.0, F1: -1.0);
foreach (var configuration in configurations)
{
    var source = configuration.Neighbours ? rescored[configuration.Index] : held[configuration.Index];
    var merges = source.Select(m => AgglomerativeClustering.Merges(m, 0.02, configuration.Linkage)).ToArray();
    foreach (var attach in attachGrid)
    {
        var curve = grid.Select(t => CorefEvaluation.Score("train", "held out", blocks, b =>
        {
            var i = blockIndex[b];
            var cut = AgglomerativeClustering.Cut(merges[i], b.Mentions.Count, t);
            return attach <= 1 ? AgglomerativeClustering.AttachSingletons(cut, source[i], attach) : cut;
        }).Scores.ConllF1).ToArray();
        var (bestK, bestSmoothed) = (0, -1.0);
        for (var k = 1; k < grid.Length - 1; k++)
        {
            var smoothed = (curve[k - 1] + curve[k] + curve[k + 1]) / 3;
            if (smoothed > bestSmoothed)
            {
                (bestK, bestSmoothed) = (k, smoothed);
            }
        }
        Console.WriteLine(string.Create(c, $"{configuration.Rounds} trees, neighbours {configuration.Neighbours}, {configuration.Linkage}, singletons {attach}: threshold {grid[bestK]:0.000}, held-out train CoNLL F1 {curve[bestK] * 100:0.00} (with neighbours {bestSmoothed * 100:0.00})"));
        if (bestSmoothed > best.Smoothed)
        {
            best = (configuration, grid[bestK], attach, bestSmoothed, curve[bestK]);
        }
    }
}
if (splitDocuments)
{
    Console.WriteLine(string.Create(c, $"split documents: held-out train CoNLL F1 {best.F1 * 100:0.00} (plateau {best.Smoothed * 100:0.00}); no model written"));
    return 0;
}
Console.WriteLine(string.Create(c, $"chosen: {best.Configuration.Rounds} trees, neighbours {best.Configuration.Neighbours}, {best.Configuration.Linkage}, singletons {best.Attach}, threshold {best.Threshold:0.000}, held-out train CoNLL F1 {best.F1 * 100:0.00}"));


// The cluster-level second pass, over held-out clusters of the chosen first pass cut at its threshold or higher (a
// stricter first pass leaves more to the cluster-level evidence); kept only if its plateau beats the first pass.
var firstSource = best.Configuration.Neighbours ? rescored[best.Configuration.Index] : held[best.Configuration.Index];
var second = (Weights: System.Collections.Immutable.ImmutableArray<double>.Empty, Threshold: 2.0, F1: -1.0, Smoothed: -1.0);
var secondFirstThreshold = best.Threshold;
foreach (var firstThreshold in new[] { 0, 0.1, 0.2, 0.3 }.Select(d => Math.Round(best.Threshold + d, 3)))
{
    var firstClusters = blocks.Select((b, i) =>
    {
        var cut = AgglomerativeClustering.Cluster(firstSource[i], firstThreshold, best.Configuration.Linkage);
        return best.Attach <= 1 ? AgglomerativeClustering.AttachSingletons(cut, firstSource[i], best.Attach) : cut;
    }).ToList();
    Console.WriteLine(string.Create(c, $"second pass after a first pass at {firstThreshold:0.000}:"));
    var tuned = SecondPass.Tune(blocks, firstClusters, firstSource, lemmatizer, Folds);
    if (tuned.Smoothed > second.Smoothed)
    {
        (second, secondFirstThreshold) = (tuned, firstThreshold);
    }
}
var useSecond = second.Smoothed > best.F1;
Console.WriteLine(string.Create(c, $"second pass: first threshold {secondFirstThreshold:0.000}, threshold {second.Threshold:0.00}, held-out train CoNLL F1 {second.F1 * 100:0.00} (plateau {second.Smoothed * 100:0.00}) against {best.F1 * 100:0.00}: {(useSecond ? "kept" : "not kept")}"));

var (weights, trees) = FitModel(samples, best.Configuration.Rounds);
var final = new CorefModel(weights, useSecond ? secondFirstThreshold : best.Threshold, trainer.CountPairs(blocks))
{
    WordNet = wordNet,
    DocumentThreshold = documentThreshold,
    Trees = [.. trees],
    SplitStories = true,
    SingletonThreshold = best.Attach,
    NeighbourWeights = best.Configuration.Neighbours ? CorefTrainer.Fit(neighbourSamples[best.Configuration.Index], NeighbourFeatures.Count) : [],
    Linkage = best.Configuration.Linkage,
    ClusterWeights = useSecond ? second.Weights : [],
    ClusterThreshold = second.Threshold,
};
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
final.Save(args[1]);
for (var k = 0; k < weights.Length; k++)
{
    Console.WriteLine(string.Create(c, $"  {weights[k],8:0.000}  {PairFeatureNames(k)}"));
}
Console.WriteLine($"wrote {args[1]}; the dev topics, for the record only:");
CorefEvaluation.Run(args[0], CorefModel.Load(args[1]), Console.Out, withTrain: false);
foreach (var offset in new[] { -0.1, -0.05, 0.05, 0.1 })
{
    var shifted = CorefModel.Load(args[1]) with { Threshold = Math.Round(final.Threshold + offset, 3) };
    var row = CorefEvaluation.Run(args[0], shifted, TextWriter.Null, withTrain: false).Single(r => r.System == "pairwise model, topic");
    Console.WriteLine(string.Create(c, $"dev at threshold {shifted.Threshold:0.000}: CoNLL F1 {row.Scores.ConllF1 * 100:0.00}"));
}
return 0;

(System.Collections.Immutable.ImmutableArray<double> Weights, IReadOnlyList<RegressionTree> Trees) FitModel(List<PairSamples> training, int rounds)
{
    var fitted = CorefTrainer.Fit(training);
    var d = CorefTrainer.FeatureCount;
    var linear = new CorefModel(fitted, 0, tables[0]);
    var features = training.SelectMany(s => s.Features).ToArray();
    var labels = training.SelectMany(s => s.Labels).ToArray();
    var margin = new double[labels.Length];
    for (var p = 0; p < margin.Length; p++)
    {
        margin[p] = linear.Margin(Row(features, p, d));
    }
    if (bags <= 1)
    {
        return (fitted, new TreeBooster(rate: rate).Fit(features, labels, margin, d, rounds));
    }
    // Bagging over topics: each ensemble leaves out every bags-th training topic (a different one each), and the
    // ensembles' margins are averaged, so no one topic's quirks steer the trees.
    var bagged = new List<RegressionTree>();
    for (var bag = 0; bag < bags; bag++)
    {
        var kept = Enumerable.Range(0, training.Count).Where(i => i % bags != bag).ToList();
        var offsets = new int[training.Count + 1];
        for (var i = 0; i < training.Count; i++)
        {
            offsets[i + 1] = offsets[i] + training[i].Labels.Length;
        }
        var rows = kept.SelectMany(i => Enumerable.Range(offsets[i], training[i].Labels.Length)).ToArray();
        var bagFeatures = rows.SelectMany(p => features.AsSpan(p * d, d).ToArray()).ToArray();
        var trees = new TreeBooster(rate: rate).Fit(bagFeatures, [.. rows.Select(p => labels[p])], [.. rows.Select(p => margin[p])], d, rounds);
        bagged.AddRange(trees.Select(t => new RegressionTree([.. t.Nodes.Select(n => n with { Value = n.Value / bags })])));
    }
    return (fitted, bagged);
}

static int BagCount() => int.TryParse(Environment.GetEnvironmentVariable("CHRONICLE_COREF_BAGS"), out var b) ? b : 1;

static string PairFeatureNames(int k) => CorefModel.FeatureNames[k];

static bool[] SameDocumentRows(PairSamples s)
{
    var d = CorefTrainer.FeatureCount;
    var index = CorefModel.FeatureNames.ToList().IndexOf("same_document");
    return [.. Enumerable.Range(0, s.Labels.Length).Select(p => s.Features[(p * d) + index] != 0)];
}

static PairSamples Rows(PairSamples s, bool sameDocument)
{
    var d = CorefTrainer.FeatureCount;
    var rows = SameDocumentRows(s);
    var kept = Enumerable.Range(0, s.Labels.Length).Where(p => rows[p] == sameDocument).ToList();
    return new PairSamples(s.Count, [.. kept.SelectMany(p => s.Features.AsSpan(p * d, d).ToArray())], [.. kept.Select(p => s.Labels[p])]);
}

static PairSamples WithinStories(PairSamples s)
{
    var d = CorefTrainer.FeatureCount;
    var kept = Enumerable.Range(0, s.Labels.Length).Where(p => s.Features[(p * d) + CorefModel.SameStoryFeature] != 0).ToList();
    return new PairSamples(s.Count, [.. kept.SelectMany(p => s.Features.AsSpan(p * d, d).ToArray())], [.. kept.Select(p => s.Labels[p])]);
}

static double[] Row(float[] features, int p, int d)
{
    var x = new double[d];
    for (var k = 0; k < d; k++)
    {
        x[k] = features[(p * d) + k];
    }
    return x;
}

double TuneDocumentThreshold()
{
    var (best, bestF1) = (0.2, -1.0);
    for (var threshold = 0.04; threshold < 0.4; threshold += 0.01)
    {
        int both = 0, predicted = 0, gold = 0;
        foreach (var topic in corpus.TrainTopics)
        {
            var documents = corpus.Documents.Values.Where(d => d.Topic == topic).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
            var story = DocumentClusters.Stories([.. documents.Select(d => (IReadOnlyList<string>)d.Words)], lemmatizer, threshold);
            for (var i = 0; i < documents.Count; i++)
            {
                for (var j = i + 1; j < documents.Count; j++)
                {
                    var p = story[i] == story[j];
                    var g = documents[i].IsPlus == documents[j].IsPlus;
                    both += p && g ? 1 : 0;
                    predicted += p ? 1 : 0;
                    gold += g ? 1 : 0;
                }
            }
        }
        var f1 = 2.0 * both / (predicted + gold);
        Console.WriteLine(string.Create(c, $"document threshold {threshold:0.00}: same-story pair F1 {f1 * 100:0.0}"));
        if (f1 > bestF1)
        {
            (best, bestF1) = (Math.Round(threshold, 2), f1);
        }
    }
    return best;
}

// The pair margins after each checkpoint's number of trees, in one pass over the trees.
static double[][] Margins(PairSamples s, System.Collections.Immutable.ImmutableArray<double> weights, IReadOnlyList<RegressionTree> trees, int[] checkpoints)
{
    var d = CorefTrainer.FeatureCount;
    var pairs = s.Labels.Length;
    var result = checkpoints.Select(_ => new double[pairs]).ToArray();
    var linear = new CorefModel(weights, 0, new LemmaPairTable());
    for (var p = 0; p < pairs; p++)
    {
        var x = Row(s.Features, p, d);
        var z = linear.Margin(x);
        var done = 0;
        for (var k = 0; k < checkpoints.Length; k++)
        {
            for (; done < Math.Min(checkpoints[k], trees.Count); done++)
            {
                z += trees[done].Evaluate(x);
            }
            result[k][p] = z;
        }
    }
    return result;
}

static PairSamples NeighbourSamples(double[,] probabilities, CorefBlock block)
{
    var features = new List<float>();
    var labels = new List<byte>();
    NeighbourFeatures.ForEachPair(probabilities, (i, j, f) =>
    {
        features.AddRange(f.Select(x => (float)x));
        labels.Add(block.Chains[i] == block.Chains[j] ? (byte)1 : (byte)0);
    });
    return new PairSamples(block.Mentions.Count, [.. features], [.. labels]);
}

// Pairs of documents of different predicted stories score 0: they are never merged.
static double[,] Matrix(PairSamples s, double[] margins)
{
    var n = s.Count;
    var d = CorefTrainer.FeatureCount;
    var m = new double[n, n];
    var row = 0;
    for (var i = 0; i < n; i++)
    {
        for (var j = i + 1; j < n; j++, row++)
        {
            var cross = s.Features[(row * d) + CorefModel.SameStoryFeature] == 0;
            m[i, j] = m[j, i] = cross ? 0 : 1 / (1 + Math.Exp(-margins[row]));
        }
    }
    return m;
}
