namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>Averaged perceptron weights: for each hashed feature, one weight per label. Immutable once built.</summary>
internal sealed class LinearWeights
{
    // Open addressing over the keys, which are already well mixed (splitmix64): a probe is one or two array reads,
    // several times cheaper than a general dictionary on this hot path.
    private readonly ulong[] _slotKeys;
    private readonly int[] _slotRows;
    private readonly int _mask;
    private readonly float[] _weights;

    public LinearWeights(int labels, ulong[] keys, float[] weights)
    {
        Labels = labels;
        Keys = keys;
        _weights = weights;
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _mask = size - 1;
        _slotKeys = new ulong[size];
        _slotRows = new int[size];
        Array.Fill(_slotRows, -1);
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = (int)keys[i] & _mask;
            while (_slotRows[slot] >= 0 && _slotKeys[slot] != keys[i])
            {
                slot = (slot + 1) & _mask;
            }
            _slotKeys[slot] = keys[i];
            _slotRows[slot] = i;
        }
    }

    private bool TryRow(ulong key, out int row)
    {
        var slot = (int)key & _mask;
        while ((row = _slotRows[slot]) >= 0)
        {
            if (_slotKeys[slot] == key)
            {
                return true;
            }
            slot = (slot + 1) & _mask;
        }
        return false;
    }

    public int Labels { get; }

    /// <summary>The feature keys, in the order of their weight rows.</summary>
    public ulong[] Keys { get; }

    /// <summary>The weights, <see cref="Labels"/> per key.</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>True when <paramref name="feature"/> alone scores <paramref name="label"/> above label 0.</summary>
    public bool Favours(ulong feature, int label)
    {
        if (!TryRow(feature, out var row))
        {
            return false;
        }
        return _weights[(row * Labels) + label] > _weights[row * Labels];
    }

    /// <summary>Adds up the weights of <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..Labels].Clear();
        foreach (var f in features)
        {
            if (TryRow(f, out var row))
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
