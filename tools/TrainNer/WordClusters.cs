using Chronicle.Recognizers.Names;

namespace Chronicle.Tools.TrainNer;

/// <summary>
/// Distributional word clusters: spherical k-means over each frequent word's left and right neighbours (among the
/// most frequent words), log-scaled and normalised. Words that share contexts (surnames, club names, currencies)
/// share a cluster, which carries what the labelled data saw of some of them to the rest.
/// </summary>
internal static class WordClusters
{
    private const int Vocabulary = 40_000;
    private const int ContextWords = 1_000;
    private const int Iterations = 12;

    public static Dictionary<ulong, ushort> Build(List<string[]> sentences, int k, int seed)
    {
        var counts = new Dictionary<ulong, int>();
        var folded = sentences.Select(s => s.Select(w => TextHash.Folded(w)).ToArray()).ToList();
        foreach (var s in folded)
        {
            foreach (var w in s)
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }
        var byFrequency = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToList();
        var vocabulary = byFrequency.Take(Vocabulary).Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i);
        var context = byFrequency.Take(ContextWords).Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i);
        var dims = (2 * ContextWords) + 2;
        var vectors = new Dictionary<int, float>[vocabulary.Count];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = [];
        }
        foreach (var s in folded)
        {
            for (var j = 0; j < s.Length; j++)
            {
                if (!vocabulary.TryGetValue(s[j], out var v))
                {
                    continue;
                }
                var left = j > 0 && context.TryGetValue(s[j - 1], out var l) ? l : ContextWords - 1;
                var right = j + 1 < s.Length && context.TryGetValue(s[j + 1], out var r) ? r : ContextWords - 1;
                vectors[v][left] = vectors[v].GetValueOrDefault(left) + 1;
                vectors[v][ContextWords + right] = vectors[v].GetValueOrDefault(ContextWords + right) + 1;
            }
        }
        var sparse = vectors.Select(Normalise).ToArray();
        var assignment = KMeans(sparse, dims, k, seed);
        var clusters = new Dictionary<ulong, ushort>();
        foreach (var (word, index) in vocabulary)
        {
            clusters[word] = (ushort)(assignment[index] + 1);
        }
        return clusters;
    }

    private static (int[] Dims, float[] Values) Normalise(Dictionary<int, float> v)
    {
        var dims = v.Keys.Order().ToArray();
        var values = dims.Select(d => MathF.Log(1 + v[d])).ToArray();
        var norm = MathF.Sqrt(values.Sum(x => x * x));
        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= norm > 0 ? norm : 1;
        }
        return (dims, values);
    }

    private static int[] KMeans((int[] Dims, float[] Values)[] points, int dims, int k, int seed)
    {
        var random = new Random(seed);
        var centroids = new float[k * dims];
        var picks = Enumerable.Range(0, points.Length).OrderBy(_ => random.Next()).Take(k).ToArray();
        for (var c = 0; c < k; c++)
        {
            var (d, v) = points[picks[c]];
            for (var i = 0; i < d.Length; i++)
            {
                centroids[(c * dims) + d[i]] = v[i];
            }
        }
        var assignment = new int[points.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var p = 0; p < points.Length; p++)
            {
                var (d, v) = points[p];
                var best = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var baseAt = c * dims;
                    var dot = 0f;
                    for (var i = 0; i < d.Length; i++)
                    {
                        dot += centroids[baseAt + d[i]] * v[i];
                    }
                    if (dot > best)
                    {
                        best = dot;
                        assignment[p] = c;
                    }
                }
            }
            Array.Clear(centroids);
            for (var p = 0; p < points.Length; p++)
            {
                var (d, v) = points[p];
                var baseAt = assignment[p] * dims;
                for (var i = 0; i < d.Length; i++)
                {
                    centroids[baseAt + d[i]] += v[i];
                }
            }
            for (var c = 0; c < k; c++)
            {
                var row = centroids.AsSpan(c * dims, dims);
                var norm = 0f;
                foreach (var x in row)
                {
                    norm += x * x;
                }
                norm = MathF.Sqrt(norm);
                for (var i = 0; i < row.Length && norm > 0; i++)
                {
                    row[i] /= norm;
                }
            }
        }
        return assignment;
    }
}
