using System.Collections.Frozen;

namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>Averaged perceptron weights: for each hashed feature, one weight per label. Immutable once built.</summary>
internal sealed class LinearWeights
{
    private readonly FrozenDictionary<ulong, int> _rows;
    private readonly float[] _weights;

    public LinearWeights(int labels, ulong[] keys, float[] weights)
    {
        Labels = labels;
        Keys = keys;
        _weights = weights;
        var rows = new Dictionary<ulong, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            rows[keys[i]] = i;
        }
        _rows = rows.ToFrozenDictionary();
    }

    public int Labels { get; }

    /// <summary>The feature keys, in the order of their weight rows.</summary>
    public ulong[] Keys { get; }

    /// <summary>The weights, <see cref="Labels"/> per key.</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>Adds up the weights of <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..Labels].Clear();
        foreach (var f in features)
        {
            if (_rows.TryGetValue(f, out var row))
            {
                var w = _weights.AsSpan(row * Labels, Labels);
                for (var l = 0; l < w.Length; l++)
                {
                    scores[l] += w[l];
                }
            }
        }
    }
}
