namespace Chronicle.Text.Learning;

/// <summary>
/// Training-time weights of an averaged perceptron: a dense row of label weights per hashed feature, with the
/// running sum of timestamped updates that gives the average without a copy per step (Daumé's trick). The
/// trained weights are read out row by row (<see cref="Features"/>, <see cref="Average"/>) into whatever compact
/// table the model saves, so every model keeps its own file format.
/// </summary>
/// <param name="labels">The number of labels (tags) a feature row holds.</param>
public sealed class AveragedPerceptron(int labels)
{
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights = new float[1024 * labels];
    private double[] _updates = new double[1024 * labels];
    private long _instances = 1;

    /// <summary>The number of labels a feature row holds.</summary>
    public int Labels => labels;

    /// <summary>The features that have a row, in key order (the order the saved tables use).</summary>
    public IEnumerable<ulong> Features => _rows.Keys.Order();

    /// <summary>Adds up the current weights of <paramref name="features"/> into the first <see cref="Labels"/> scores.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..labels].Clear();
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                var weights = _weights.AsSpan(row * labels, labels);
                for (var l = 0; l < labels; l++)
                {
                    scores[l] += weights[l];
                }
            }
        }
    }

    /// <summary>Scores <paramref name="features"/> and returns the best label (the first of a tie).</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Score(features, scores);
        var best = 0;
        for (var l = 1; l < labels; l++)
        {
            best = scores[l] > scores[best] ? l : best;
        }

        return best;
    }

    /// <summary>One training step: when <paramref name="guess"/> is wrong, moves weight from it to <paramref name="truth"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth != guess)
        {
            foreach (var feature in features)
            {
                var row = Row(feature) * labels;
                _weights[row + truth] += 1;
                _updates[row + truth] += _instances;
                _weights[row + guess] -= 1;
                _updates[row + guess] -= _instances;
            }
        }

        _instances++;
    }

    /// <summary>Writes the averaged weights of <paramref name="feature"/>, one of <see cref="Features"/>, into <paramref name="row"/>.</summary>
    public void Average(ulong feature, Span<float> row)
    {
        var start = _rows[feature] * labels;
        for (var l = 0; l < labels; l++)
        {
            row[l] = (float)(_weights[start + l] - (_updates[start + l] / _instances));
        }
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
