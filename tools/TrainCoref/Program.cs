// Trains the pairwise event coreference model on the ECB+ train topics (every topic but the dev ones): logistic
// regression, then boosted trees on its residual, over the pairs within predicted stories; tunes the merge threshold
// and the number of trees on the dev topics; writes data/coref/event-coref.tsv.gz and scores it on the dev topics.
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
var corpus = EcbPlusCorpus.Read(args[0]);
var lemmatizer = new EnglishLemmatizer();
var wordNetPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[1]))!, CorefModel.WordNetFile);
var wordNet = File.Exists(wordNetPath) ? EventWordNet.Load(wordNetPath) : EventWordNet.Empty;
Console.WriteLine(File.Exists(wordNetPath) ? $"WordNet extract {wordNetPath}" : "no WordNet extract beside the output");
var trainer = new CorefTrainer(lemmatizer, wordNet);
var words = corpus.Words;
var blocks = corpus.Blocks(corpus.TrainTopics, bySubtopic: false);
var vectors = new TermVectors(blocks.SelectMany(b => b.Mentions.Select(m => m.Document)).Distinct().Select(d => words[d]), lemmatizer);
Console.WriteLine($"train topics {string.Join(",", corpus.TrainTopics)}: {blocks.Sum(b => b.Mentions.Count)} event mentions");

// The document threshold that best recovers the sub-topics (the two seminal events of a topic), pairwise F1.
var documentThreshold = TuneDocumentThreshold();
Console.WriteLine(string.Create(c, $"document threshold {documentThreshold:0.00}"));

// Lemma-pair counts are cross-fitted: a topic's pairs are featurised with counts from the other four fifths of the
// topics, so the classifier learns how far to trust the table on topics it has not seen, as at test time.
const int Folds = 5;
const int Rounds = 150;
var tables = Enumerable.Range(0, Folds).Select(f => trainer.CountPairs(blocks.Where((_, i) => i % Folds != f))).ToArray();
var samples = blocks.Select((b, i) => trainer.Samples(b, tables[i % Folds], documentThreshold, words, vectors)).ToList();
Console.WriteLine($"pairs {samples.Sum(s => s.Labels.Length)}, coreferent {samples.Sum(s => s.Labels.Count(l => l == 1))}");
// Resolution runs within predicted stories, so the classifier learns from the pairs it will be asked about.
samples = [.. samples.Select(WithinStories)];
Console.WriteLine($"within stories: pairs {samples.Sum(s => s.Labels.Length)}, coreferent {samples.Sum(s => s.Labels.Count(l => l == 1))}");

var weights = CorefTrainer.Fit(samples);
var d = CorefTrainer.FeatureCount;
var linear = new CorefModel(weights, 0, tables[0]);
var allFeatures = samples.SelectMany(s => s.Features).ToArray();
var allLabels = samples.SelectMany(s => s.Labels).ToArray();
var margin = new double[allLabels.Length];
for (var p = 0; p < margin.Length; p++)
{
    margin[p] = linear.Margin(Row(allFeatures, p, d));
}
var trees = new TreeBooster().Fit(allFeatures, allLabels, margin, d, Rounds);
Console.WriteLine($"{trees.Count} trees");

// The number of trees and the merge threshold are tuned on the dev topics (the test topics are not in the corpus).
var pairs = trainer.CountPairs(blocks);
var devBlocks = corpus.Blocks([.. EcbPlusCorpus.DevTopics.Order()], bySubtopic: false);
var devVectors = new TermVectors(devBlocks.SelectMany(b => b.Mentions.Select(m => m.Document)).Distinct().Select(x => words[x]), lemmatizer);
var (bestRounds, bestThreshold, bestF1, bestSplit, bestDocument) = (0, 0.5, -1.0, false, documentThreshold);
int[] checkpoints = [0, 25, 50, 100, 150];
// The story threshold tuned on the train sub-topics is tried with its neighbours on dev, where it meets the classifier.
foreach (var storyThreshold in new[] { -0.02, -0.01, 0, 0.01, 0.02 }.Select(x => Math.Round(documentThreshold + x, 2)))
{
    var devSamples = devBlocks.Select(b => trainer.Samples(b, pairs, storyThreshold, words, devVectors)).ToList();
    foreach (var (rounds, split) in checkpoints.Where(r => r <= trees.Count).SelectMany(r => new[] { (r, false), (r, true) }))
    {
        var model = new CorefModel(weights, 0, pairs) { WordNet = wordNet, Trees = [.. trees.Take(rounds)], SplitStories = split };
        var merges = devSamples.Select(s => AgglomerativeClustering.Merges(Matrix(s, model), 0.02)).ToList();
        for (var threshold = 0.05; threshold < 0.96; threshold += 0.025)
        {
            var t = threshold;
            var cut = devBlocks.Select((b, i) => (b, AgglomerativeClustering.Cut(merges[i], b.Mentions.Count, t))).ToDictionary();
            var row = CorefEvaluation.Score("dev", "model", devBlocks, b => cut[b]);
            if (row.Scores.ConllF1 > bestF1)
            {
                (bestRounds, bestThreshold, bestF1, bestSplit, bestDocument) = (rounds, threshold, row.Scores.ConllF1, split, storyThreshold);
            }
        }
        Console.WriteLine(string.Create(c, $"story {storyThreshold:0.00}, {rounds} trees, split {split}: best so far story {bestDocument:0.00}, {bestRounds} trees, split {bestSplit}, threshold {bestThreshold:0.000}, dev CoNLL F1 {bestF1 * 100:0.00}"));
    }
}

var final = new CorefModel(weights, Math.Round(bestThreshold, 3), pairs) { WordNet = wordNet, DocumentThreshold = bestDocument, Trees = [.. trees.Take(bestRounds)], SplitStories = bestSplit };
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
final.Save(args[1]);
for (var k = 0; k < weights.Length; k++)
{
    Console.WriteLine(string.Create(c, $"  {weights[k],8:0.000}  {PairFeatureNames(k)}"));
}
Console.WriteLine(string.Create(c, $"{bestRounds} trees, threshold {final.Threshold:0.000}, dev CoNLL F1 {bestF1 * 100:0.00}; wrote {args[1]}"));
CorefEvaluation.Run(args[0], CorefModel.Load(args[1]), Console.Out, withTrain: false);
return 0;

static string PairFeatureNames(int k) => CorefModel.FeatureNames[k];

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

static double[,] Matrix(PairSamples s, CorefModel model)
{
    var n = s.Count;
    var d = CorefTrainer.FeatureCount;
    var m = new double[n, n];
    var row = 0;
    for (var i = 0; i < n; i++)
    {
        for (var j = i + 1; j < n; j++, row++)
        {
            var x = Row(s.Features, row, d);
            m[i, j] = m[j, i] = model.SplitStories && x[CorefModel.SameStoryFeature] == 0 ? 0 : model.Probability(x);
        }
    }
    return m;
}
