using System.Collections.Immutable;
using System.Globalization;
using Chronicle.Evaluation.Coref;
using Chronicle.Resolution.Coreference;

/// <summary>
/// Chooses the cluster-level second pass (<see cref="ClusterMerge"/>) by cross-validation over the train topics: the
/// first-pass clusters of each held-out topic come from held-out pair scores; the cluster-pair classifier of a fold
/// is fitted on the other folds' cluster pairs; the merge threshold is taken at the best mean of three neighbouring
/// grid points, as the first pass's is.
/// </summary>
internal static class SecondPass
{
    /// <summary>The chosen weights, threshold and held-out CoNLL F1 (point and plateau).</summary>
    public static (ImmutableArray<double> Weights, double Threshold, double F1, double Smoothed) Tune(
        IReadOnlyList<CorefBlock> blocks, IReadOnlyList<int[]> first, IReadOnlyList<double[,]> scores, EnglishLemmatizer lemmatizer, int folds)
    {
        var c = CultureInfo.InvariantCulture;
        var samples = blocks.Select((b, i) => Samples(b, first[i], scores[i], lemmatizer)).ToList();
        Console.WriteLine($"second pass: cluster pairs {samples.Sum(s => s.Labels.Length)}, to join {samples.Sum(s => s.Labels.Count(l => l == 1))}");
        var grid = Enumerable.Range(0, 15).Select(k => Math.Round(0.2 + (0.05 * k), 3)).ToArray();
        var merged = grid.Select(_ => new int[blocks.Count][]).ToArray();
        for (var f = 0; f < folds; f++)
        {
            var fold = f;
            var w = CorefTrainer.Fit(samples.Where((_, i) => i % folds != fold).ToList(), ClusterMerge.Count);
            foreach (var i in Enumerable.Range(0, blocks.Count).Where(i => i % folds == fold))
            {
                for (var t = 0; t < grid.Length; t++)
                {
                    merged[t][i] = ClusterMerge.Merge(first[i], scores[i], blocks[i].Mentions, lemmatizer, w, grid[t]);
                }
            }
        }
        var index = new Dictionary<CorefBlock, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < blocks.Count; i++)
        {
            index[blocks[i]] = i;
        }
        var curve = grid.Select((_, t) => CorefEvaluation.Score("train", "held out", blocks, b => merged[t][index[b]]).Scores.ConllF1).ToArray();
        var (bestK, bestSmoothed) = (0, -1.0);
        for (var k = 1; k < grid.Length - 1; k++)
        {
            var smoothed = (curve[k - 1] + curve[k] + curve[k + 1]) / 3;
            Console.WriteLine(string.Create(c, $"second pass threshold {grid[k]:0.00}: held-out train CoNLL F1 {curve[k] * 100:0.00} (with neighbours {smoothed * 100:0.00})"));
            if (smoothed > bestSmoothed)
            {
                (bestK, bestSmoothed) = (k, smoothed);
            }
        }
        var weights = CorefTrainer.Fit(samples, ClusterMerge.Count);
        for (var k = 0; k < weights.Length; k++)
        {
            Console.WriteLine(string.Create(c, $"  {weights[k],8:0.000}  {ClusterMerge.Names[k]}"));
        }
        return (weights, grid[bestK], curve[bestK], bestSmoothed);
    }

    // A pair of clusters should be joined when most of the pairs of mentions across them corefer.
    private static PairSamples Samples(CorefBlock block, int[] clusters, double[,] scores, EnglishLemmatizer lemmatizer)
    {
        var members = Enumerable.Range(0, clusters.Length).GroupBy(i => clusters[i]).ToDictionary(g => g.Key, g => g.ToArray());
        var features = new List<float>();
        var labels = new List<byte>();
        ClusterMerge.ForEachPair(clusters, scores, block.Mentions, lemmatizer, (a, b, f) =>
        {
            var same = 0;
            foreach (var i in members[a])
            {
                foreach (var j in members[b])
                {
                    same += block.Chains[i] == block.Chains[j] ? 1 : 0;
                }
            }
            features.AddRange(f.Select(x => (float)x));
            labels.Add(2 * same > members[a].Length * members[b].Length ? (byte)1 : (byte)0);
        });
        return new PairSamples(block.Mentions.Count, [.. features], [.. labels]);
    }
}
