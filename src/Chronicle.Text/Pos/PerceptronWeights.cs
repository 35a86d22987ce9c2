namespace Chronicle.Text.Pos;

/// <summary>
/// Training-time weights of the averaged perceptron: a dense row of tag weights per feature, with the
/// running sum of timestamped updates that gives the average without a copy per step (Daumé's trick).
/// </summary>
internal sealed class PerceptronWeights(int tagCount)
{
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights = new float[1024 * tagCount];
    private double[] _updates = new double[1024 * tagCount];
    private long _instances = 1;

    public int Predict(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                var weights = _weights.AsSpan(row * tagCount, tagCount);
                for (var t = 0; t < tagCount; t++)
                {
                    scores[t] += weights[t];
                }
            }
        }

        var best = 0;
        for (var t = 1; t < tagCount; t++)
        {
            best = scores[t] > scores[best] ? t : best;
        }

        return best;
    }

    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth != guess)
        {
            foreach (var feature in features)
            {
                var row = Row(feature) * tagCount;
                _weights[row + truth] += 1;
                _updates[row + truth] += _instances;
                _weights[row + guess] -= 1;
                _updates[row + guess] -= _instances;
            }
        }

        _instances++;
    }

    /// <summary>The averaged weights, dropping those below <paramref name="pruneBelow"/>.</summary>
    public WeightTable Averaged(float pruneBelow)
    {
        var keys = new List<ulong>();
        var starts = new List<int> { 0 };
        var tags = new List<byte>();
        var weights = new List<float>();
        foreach (var (key, row) in _rows.OrderBy(r => r.Key))
        {
            for (var t = 0; t < tagCount; t++)
            {
                var average = (float)(_weights[(row * tagCount) + t] - (_updates[(row * tagCount) + t] / _instances));
                if (Math.Abs(average) >= pruneBelow)
                {
                    tags.Add((byte)t);
                    weights.Add(average);
                }
            }

            if (tags.Count > starts[^1])
            {
                keys.Add(key);
                starts.Add(tags.Count);
            }
        }

        return new WeightTable([.. keys], [.. starts], [.. tags], [.. weights]);
    }

    private int Row(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row))
        {
            return row;
        }

        row = _rows.Count;
        _rows[feature] = row;
        if ((row + 1) * tagCount > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _updates, _updates.Length * 2);
        }

        return row;
    }
}
