using System.Collections.Immutable;

namespace Chronicle.Resolution.Coreference;

/// <summary>
/// A second look at each pair through the other mentions (stacking): two mentions the pairwise model links to the
/// same third ones probably corefer even when their own score is low (<c>attack</c> and <c>assault</c> each linked
/// to the other mentions of one shooting), and a high score between mentions whose neighbours differ is suspect.
/// The features read a matrix of pairwise probabilities; a logistic regression over them gives the new scores.
/// </summary>
public static class NeighbourFeatures
{
    /// <summary>The feature names, in weight order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["bias", "logit", "best_path", "shared_neighbours", "row_cosine", "degree_min", "degree_max", "logit_x_row_cosine"];

    /// <summary>The number of features.</summary>
    public static int Count => Names.Count;

    /// <summary>A probability beyond which a mention counts as a neighbour.</summary>
    private const double Near = 0.5;

    /// <summary>Calls <paramref name="action"/> with the features of every pair i &lt; j that may corefer (score above 0).</summary>
    public static void ForEachPair(double[,] probabilities, Action<int, int, double[]> action)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(action);
        var n = probabilities.GetLength(0);
        var norm = new double[n];
        var degree = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < n; k++)
            {
                if (k != i)
                {
                    norm[i] += probabilities[i, k] * probabilities[i, k];
                    degree[i] += probabilities[i, k];
                }
            }
            norm[i] = Math.Sqrt(norm[i]);
        }
        var f = new double[Count];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var p = probabilities[i, j];
                if (p <= 0)
                {
                    continue;
                }
                double path = 0, shared = 0, dot = 0;
                for (var k = 0; k < n; k++)
                {
                    if (k == i || k == j)
                    {
                        continue;
                    }
                    var a = probabilities[i, k];
                    var b = probabilities[j, k];
                    path = Math.Max(path, Math.Min(a, b));
                    shared += a > Near && b > Near ? 1 : 0;
                    dot += a * b;
                }
                // The rows without the pair itself, so a high score does not count twice.
                var ni = Math.Sqrt(Math.Max(0, (norm[i] * norm[i]) - (p * p)));
                var nj = Math.Sqrt(Math.Max(0, (norm[j] * norm[j]) - (p * p)));
                var cosine = ni > 0 && nj > 0 ? dot / (ni * nj) : 0;
                var logit = Math.Log(Math.Clamp(p, 1e-6, 1 - 1e-6) / (1 - Math.Clamp(p, 1e-6, 1 - 1e-6)));
                f[0] = 1;
                f[1] = logit;
                f[2] = path;
                f[3] = Math.Log(1 + shared);
                f[4] = cosine;
                f[5] = Math.Log(1 + Math.Min(degree[i], degree[j]) - p);
                f[6] = Math.Log(1 + Math.Max(degree[i], degree[j]) - p);
                f[7] = logit * cosine;
                action(i, j, f);
            }
        }
    }

    /// <summary>The probabilities rescored with <paramref name="weights"/>; pairs scored 0 (other stories) stay 0.</summary>
    public static double[,] Rescore(double[,] probabilities, ImmutableArray<double> weights)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var n = probabilities.GetLength(0);
        var result = new double[n, n];
        ForEachPair(probabilities, (i, j, f) =>
        {
            double z = 0;
            for (var k = 0; k < f.Length; k++)
            {
                z += weights[k] * f[k];
            }
            result[i, j] = result[j, i] = 1 / (1 + Math.Exp(-z));
        });
        return result;
    }
}
