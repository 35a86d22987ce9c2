namespace Chronicle.Recognizers.Names;

/// <summary>
/// Trains a <see cref="NameModel"/>: averaged structured perceptron (Collins 2002) with Viterbi decoding, dense
/// hashed weights while training, pruned to a sparse table at the end. Deterministic for a given seed.
/// </summary>
public sealed class PerceptronTrainer(FeatureExtractor features, int bucketBits)
{
    private const int T = NameTags.Count;

    /// <summary>
    /// Trains for <paramref name="epochs"/> passes over shuffled sentences; after each pass <paramref name="afterEpoch"/>
    /// gets the averaged model so far (for model selection on a development set).
    /// </summary>
    /// <param name="documents">Training documents.</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <param name="seed">Seed of the shuffles.</param>
    /// <param name="version">Version of the model.</param>
    /// <param name="prune">Averaged weights smaller than this in magnitude are dropped.</param>
    /// <param name="afterEpoch">Called with each epoch's averaged model.</param>
    /// <param name="stacking">For a second-pass model: the first pass's names in each training document (from models
    /// that did not see that document) and the first-pass model that will feed it at run time.</param>
    public NameModel Train(
        IReadOnlyList<TrainingDocument> documents, int epochs, int seed, string version, float prune,
        Action<int, NameModel>? afterEpoch = null, (IReadOnlyList<IReadOnlyList<NameSpan>> Names, NameModel Model)? stacking = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var sentences = new List<(DocumentFeatures Features, int First, int[] Gold)>();
        for (var di = 0; di < documents.Count; di++)
        {
            var d = documents[di];
            var f = features.Extract(d.Text, d.Tokens.AsSpan(), d.Sentences.AsSpan(), stacking?.Names[di]);
            var gold = new int[d.Tokens.Length];
            NameTags.Encode(d.Names, gold);
            foreach (var s in d.Sentences)
            {
                sentences.Add((f, s.FirstToken, gold.AsSpan(s.FirstToken, s.TokenCount).ToArray()));
            }
        }
        var weights = new float[(1L << bucketBits) * T];
        var sums = new double[weights.Length];
        var transitions = new float[NameModel.TransitionCount];
        var transitionSums = new double[transitions.Length];
        var longest = sentences.Max(s => s.Gold.Length);
        var emissions = new float[longest * T];
        var score = new float[longest * T];
        var back = new byte[longest * T];
        var predicted = new int[longest];
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        double clock = 1;
        NameModel? model = null;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (f, first, gold) = sentences[index];
                var n = gold.Length;
                var e = emissions.AsSpan(0, n * T);
                e.Clear();
                for (var k = 0; k < n; k++)
                {
                    var row = e.Slice(k * T, T);
                    foreach (var id in f.Of(first + k))
                    {
                        var w = weights.AsSpan(id * T, T);
                        for (var y = 0; y < T; y++)
                        {
                            row[y] += w[y];
                        }
                    }
                }
                var pred = predicted.AsSpan(0, n);
                Viterbi.Decode(e, transitions, pred, score, back);
                if (!pred.SequenceEqual(gold))
                {
                    for (var k = 0; k < n; k++)
                    {
                        if (pred[k] == gold[k])
                        {
                            continue;
                        }
                        foreach (var id in f.Of(first + k))
                        {
                            Update(weights, sums, (id * T) + gold[k], 1, clock);
                            Update(weights, sums, (id * T) + pred[k], -1, clock);
                        }
                    }
                    UpdateTransitions(transitions, transitionSums, gold, 1, clock);
                    UpdateTransitions(transitions, transitionSums, pred, -1, clock);
                }
                clock++;
            }
            model = Snapshot(weights, sums, transitions, transitionSums, clock, version, prune, stacking?.Model);
            afterEpoch?.Invoke(epoch, model);
        }
        return model ?? throw new ArgumentOutOfRangeException(nameof(epochs), "train for at least one epoch");
    }

    private static void Update(float[] weights, double[] sums, int at, float delta, double clock)
    {
        weights[at] += delta;
        sums[at] += clock * delta;
    }

    private static void UpdateTransitions(float[] weights, double[] sums, ReadOnlySpan<int> tags, float delta, double clock)
    {
        Update(weights, sums, (T * T) + tags[0], delta, clock);
        for (var k = 1; k < tags.Length; k++)
        {
            Update(weights, sums, (tags[k - 1] * T) + tags[k], delta, clock);
        }
        Update(weights, sums, (T * T) + T + tags[^1], delta, clock);
    }

    private NameModel Snapshot(
        float[] weights, double[] sums, float[] transitions, double[] transitionSums, double clock, string version, float prune, NameModel? firstPass)
    {
        var ids = new List<int>();
        var values = new List<float>();
        var row = new float[T];
        var rows = weights.Length / T;
        for (var id = 0; id < rows; id++)
        {
            var keep = false;
            for (var y = 0; y < T; y++)
            {
                var at = (id * T) + y;
                var v = weights[at] == 0 && sums[at] == 0 ? 0f : (float)(weights[at] - (sums[at] / clock));
                v = Math.Abs(v) < prune ? 0f : (float)(Half)v;
                row[y] = v;
                keep |= v != 0;
            }
            if (keep)
            {
                ids.Add(id);
                values.AddRange(row);
            }
        }
        var averagedTransitions = new float[transitions.Length];
        for (var i = 0; i < transitions.Length; i++)
        {
            averagedTransitions[i] = (float)(transitions[i] - (transitionSums[i] / clock));
        }
        return new NameModel(version, features, new WeightTable(ids.ToArray(), values.ToArray()), averagedTransitions, firstPass);
    }
}
