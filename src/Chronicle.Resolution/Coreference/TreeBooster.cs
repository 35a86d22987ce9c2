namespace Chronicle.Resolution.Coreference;

/// <summary>
/// Gradient boosting of small regression trees on the logistic loss (Newton leaves, as in XGBoost), over binned
/// features: each feature's values are cut at up to <see cref="Bins"/> quantiles, so a split search is a pass over
/// histograms. Starts from a given margin per sample (the logistic regression's), so the trees learn the feature
/// conjunctions a linear model misses. No sampling: the same data gives the same trees.
/// </summary>
/// <param name="depth">The depth of each tree.</param>
/// <param name="rate">The shrinkage applied to each tree's leaves.</param>
/// <param name="l2">The L2 penalty on leaf values.</param>
/// <param name="minimumHessian">The least hessian sum a leaf may hold.</param>
public sealed class TreeBooster(int depth = 4, double rate = 0.1, double l2 = 1.0, double minimumHessian = 5.0)
{
    /// <summary>The most cut points per feature.</summary>
    public const int Bins = 32;

    /// <summary>Fits <paramref name="rounds"/> trees to rows of <paramref name="d"/> features with labels 0/1.</summary>
    public IReadOnlyList<RegressionTree> Fit(float[] features, byte[] labels, double[] margin, int d, int rounds)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(margin);
        var n = labels.Length;
        var cuts = new double[d][];
        var binned = new byte[n * d];
        for (var f = 0; f < d; f++)
        {
            cuts[f] = Cuts(features, f, d, n);
            for (var i = 0; i < n; i++)
            {
                var v = features[(i * d) + f];
                var b = Array.BinarySearch(cuts[f], (double)v);
                // The bin is the number of cut points below v: values equal to a cut go with the lower side.
                binned[(i * d) + f] = (byte)(b >= 0 ? b : ~b);
            }
        }
        var score = (double[])margin.Clone();
        var gradient = new double[n];
        var hessian = new double[n];
        var node = new int[n];
        var trees = new List<RegressionTree>();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < n; i++)
            {
                var p = 1 / (1 + Math.Exp(-score[i]));
                gradient[i] = p - labels[i];
                hessian[i] = Math.Max(p * (1 - p), 1e-6);
            }
            var tree = Grow(binned, cuts, gradient, hessian, node, d);
            for (var i = 0; i < n; i++)
            {
                score[i] += tree.Nodes[node[i]].Value;
            }
            trees.Add(tree);
        }
        return trees;
    }

    private RegressionTree Grow(byte[] binned, double[][] cuts, double[] gradient, double[] hessian, int[] node, int d)
    {
        var n = gradient.Length;
        Array.Clear(node);
        var nodes = new List<TreeNode> { default };
        var frontier = new List<int> { 0 };
        for (var level = 0; level <= depth; level++)
        {
            // Gradient and hessian sums per frontier node, feature and bin.
            var slot = new Dictionary<int, int>();
            for (var s = 0; s < frontier.Count; s++)
            {
                slot[frontier[s]] = s;
            }
            var g = new double[frontier.Count, d, Bins + 1];
            var h = new double[frontier.Count, d, Bins + 1];
            var gTotal = new double[frontier.Count];
            var hTotal = new double[frontier.Count];
            for (var i = 0; i < n; i++)
            {
                if (!slot.TryGetValue(node[i], out var s))
                {
                    continue;
                }
                gTotal[s] += gradient[i];
                hTotal[s] += hessian[i];
                if (level == depth)
                {
                    continue;
                }
                for (var f = 0; f < d; f++)
                {
                    var b = binned[(i * d) + f];
                    g[s, f, b] += gradient[i];
                    h[s, f, b] += hessian[i];
                }
            }
            var next = new List<int>();
            var split = new (int Feature, int Bin, int Left, int Right)[frontier.Count];
            for (var s = 0; s < frontier.Count; s++)
            {
                var leaf = -gTotal[s] / (hTotal[s] + l2) * rate;
                nodes[frontier[s]] = new TreeNode(-1, 0, 0, 0, leaf);
                split[s] = (-1, 0, 0, 0);
                if (level == depth)
                {
                    continue;
                }
                var parentGain = gTotal[s] * gTotal[s] / (hTotal[s] + l2);
                var (bestGain, bestFeature, bestBin) = (1e-9, -1, 0);
                for (var f = 0; f < d; f++)
                {
                    double gl = 0, hl = 0;
                    for (var b = 0; b < cuts[f].Length; b++)
                    {
                        gl += g[s, f, b];
                        hl += h[s, f, b];
                        var hr = hTotal[s] - hl;
                        if (hl < minimumHessian || hr < minimumHessian)
                        {
                            continue;
                        }
                        var gr = gTotal[s] - gl;
                        var gain = (gl * gl / (hl + l2)) + (gr * gr / (hr + l2)) - parentGain;
                        if (gain > bestGain)
                        {
                            (bestGain, bestFeature, bestBin) = (gain, f, b);
                        }
                    }
                }
                if (bestFeature < 0)
                {
                    continue;
                }
                var left = nodes.Count;
                nodes.Add(default);
                nodes.Add(default);
                nodes[frontier[s]] = new TreeNode(bestFeature, cuts[bestFeature][bestBin], left, left + 1, 0);
                split[s] = (bestFeature, bestBin, left, left + 1);
                next.Add(left);
                next.Add(left + 1);
            }
            if (next.Count == 0)
            {
                break;
            }
            for (var i = 0; i < n; i++)
            {
                if (slot.TryGetValue(node[i], out var s) && split[s].Feature >= 0)
                {
                    node[i] = binned[(i * d) + split[s].Feature] <= split[s].Bin ? split[s].Left : split[s].Right;
                }
            }
            frontier = next;
        }
        return new RegressionTree([.. nodes]);
    }

    private static double[] Cuts(float[] features, int f, int d, int n)
    {
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = features[(i * d) + f];
        }
        Array.Sort(values);
        var cuts = new SortedSet<double>();
        for (var q = 1; q < Bins; q++)
        {
            var v = values[(int)((long)q * (n - 1) / Bins)];
            if (v < values[^1])
            {
                cuts.Add(v);
            }
        }
        return [.. cuts];
    }
}
