namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Training-time weights of an averaged perceptron, with timestamped updates so the average needs no copy per
/// step (Daumé's trick).
/// </summary>
internal sealed class PerceptronTraining(int labels)
{
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights = new float[4096 * labels];
    private double[] _updates = new double[4096 * labels];
    private long _instances = 1;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..labels].Clear();
        foreach (var f in features)
        {
            if (_rows.TryGetValue(f, out var row))
            {
                for (var l = 0; l < labels; l++)
                {
                    scores[l] += _weights[(row * labels) + l];
                }
            }
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth != guess)
        {
            foreach (var f in features)
            {
                var row = Row(f) * labels;
                _weights[row + truth] += 1;
                _updates[row + truth] += _instances;
                _weights[row + guess] -= 1;
                _updates[row + guess] -= _instances;
            }
        }
        _instances++;
    }

    /// <summary>The averaged weights, rows whose weights are all below <paramref name="pruneBelow"/> dropped.</summary>
    public LinearWeights Averaged(float pruneBelow)
    {
        var keys = new List<ulong>();
        var weights = new List<float>();
        var row = new float[labels];
        foreach (var (key, r) in _rows.OrderBy(p => p.Key))
        {
            var keep = false;
            for (var l = 0; l < labels; l++)
            {
                var i = (r * labels) + l;
                row[l] = (float)(_weights[i] - (_updates[i] / _instances));
                keep |= Math.Abs(row[l]) >= pruneBelow;
            }
            if (keep)
            {
                keys.Add(key);
                weights.AddRange(row);
            }
        }
        return new LinearWeights(labels, [.. keys], [.. weights]);
    }

    private int Row(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row))
        {
            return row;
        }
        row = _rows.Count;
        _rows[feature] = row;
        if ((row + 1) * labels > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _updates, _updates.Length * 2);
        }
        return row;
    }
}
