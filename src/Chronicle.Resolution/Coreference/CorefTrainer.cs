using System.Collections.Immutable;

namespace Chronicle.Resolution.Coreference;

/// <summary>
/// Trains the pairwise model: lemma-pair counts, then L2-regularised logistic regression fitted by Newton's
/// method, which needs no learning rate or seed and gives the same weights on every run.
/// </summary>
/// <param name="lemmatizer">The trigger lemmatiser.</param>
/// <param name="wordNet">Trigger synonyms, or null for none.</param>
public sealed class CorefTrainer(EnglishLemmatizer lemmatizer, EventWordNet? wordNet = null)
{
    /// <summary>The number of features (and weights).</summary>
    public static int FeatureCount => PairFeatures.Count;

    /// <summary>Counts how often each pair of head lemmas corefers within the blocks.</summary>
    public LemmaPairTable CountPairs(IEnumerable<CorefBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var table = new LemmaPairTable();
        foreach (var block in blocks)
        {
            var heads = block.Mentions.Select(m => lemmatizer.Lemma(TriggerHead.Of(m.Trigger))).ToArray();
            for (var i = 0; i < heads.Length; i++)
            {
                for (var j = i + 1; j < heads.Length; j++)
                {
                    table.Add(heads[i], heads[j], block.Chains[i] == block.Chains[j]);
                }
            }
        }
        table.Prune();
        return table;
    }

    /// <summary>The features and labels of every pair of <paramref name="block"/>.</summary>
    public PairSamples Samples(
        CorefBlock block,
        LemmaPairTable pairs,
        double documentThreshold,
        IReadOnlyDictionary<string, IReadOnlyList<string>> documents,
        TermVectors vectors)
    {
        ArgumentNullException.ThrowIfNull(block);
        var n = block.Mentions.Count;
        var count = n * (n - 1) / 2;
        var features = new float[count * PairFeatures.Count];
        var labels = new byte[count];
        var row = 0;
        var resolver = new EventCoreference(new CorefModel([], 0, pairs) { DocumentThreshold = documentThreshold, WordNet = wordNet ?? EventWordNet.Empty }, lemmatizer);
        resolver.ForEachPair(block.Mentions, documents, vectors, pairs, (i, j, f) =>
        {
            for (var k = 0; k < f.Length; k++)
            {
                features[(row * PairFeatures.Count) + k] = (float)f[k];
            }
            labels[row++] = block.Chains[i] == block.Chains[j] ? (byte)1 : (byte)0;
        });
        return new PairSamples(n, features, labels);
    }

    /// <summary>Logistic-regression weights over all samples, with L2 penalty <paramref name="l2"/> (not on the bias).</summary>
    public static ImmutableArray<double> Fit(IReadOnlyList<PairSamples> samples, double l2 = 1.0, int iterations = 25) =>
        Fit(samples, PairFeatures.Count, l2, iterations);

    /// <summary>Logistic-regression weights over samples of <paramref name="d"/> features each (the first a bias).</summary>
    public static ImmutableArray<double> Fit(IReadOnlyList<PairSamples> samples, int d, double l2 = 1.0, int iterations = 25)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var w = new double[d];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            foreach (var s in samples)
            {
                for (var p = 0; p < s.Labels.Length; p++)
                {
                    var x = s.Features.AsSpan(p * d, d);
                    double z = 0;
                    for (var k = 0; k < d; k++)
                    {
                        z += w[k] * x[k];
                    }
                    var prob = 1 / (1 + Math.Exp(-z));
                    var error = s.Labels[p] - prob;
                    var curvature = prob * (1 - prob);
                    for (var a = 0; a < d; a++)
                    {
                        if (x[a] == 0)
                        {
                            continue;
                        }
                        gradient[a] += error * x[a];
                        var ca = curvature * x[a];
                        for (var b = a; b < d; b++)
                        {
                            hessian[a, b] += ca * x[b];
                        }
                    }
                }
            }
            for (var a = 0; a < d; a++)
            {
                for (var b = 0; b < a; b++)
                {
                    hessian[a, b] = hessian[b, a];
                }
                var penalty = a == 0 ? 1e-6 : l2;
                gradient[a] -= penalty * w[a];
                hessian[a, a] += penalty;
            }
            var step = LinearSolver.Solve(hessian, gradient);
            for (var k = 0; k < d; k++)
            {
                w[k] += step[k];
            }
            if (step.Max(Math.Abs) < 1e-8)
            {
                break;
            }
        }
        return [.. w];
    }
}
