using System.Runtime.InteropServices;

namespace Chronicle.Text.Pos;

/// <summary>
/// Feature weights in an open-addressing table: a feature's key finds its slot with a few probes into
/// one array, and the slot points at the (tag, weight) pairs it has, stored contiguously.
/// </summary>
internal sealed class WeightTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly byte[] _tags;
    private readonly float[] _weights;

    public WeightTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<int> starts, byte[] tags, float[] weights)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity *= 2;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _tags = tags;
        _weights = weights;
        for (var f = 0; f < keys.Length; f++)
        {
            var s = (int)keys[f] & _mask;
            while (_slots[s].Key != 0)
            {
                s = (s + 1) & _mask;
            }

            _slots[s] = new Slot(keys[f], starts[f], starts[f + 1] - starts[f]);
        }

        Keys = keys.ToArray();
        Starts = starts.ToArray();
    }

    /// <summary>The features' keys, in the order their weights are stored.</summary>
    public ulong[] Keys { get; }

    /// <summary>Where each feature's weights start in <see cref="Tags"/>, plus the total at the end.</summary>
    public int[] Starts { get; }

    /// <summary>The tag of each stored weight.</summary>
    public byte[] Tags => _tags;

    /// <summary>The stored weights.</summary>
    public float[] Weights => _weights;

    /// <summary>How many features have weights.</summary>
    public int Count => Keys.Length;

    /// <summary>Adds the weights of feature <paramref name="key"/> to <paramref name="scores"/>.</summary>
    public void Score(ulong key, Span<float> scores)
    {
        var s = (int)key & _mask;
        while (true)
        {
            ref readonly var slot = ref _slots[s];
            if (slot.Key == key)
            {
                var tags = _tags.AsSpan(slot.Start, slot.Count);
                var weights = _weights.AsSpan(slot.Start, slot.Count);
                for (var e = 0; e < tags.Length; e++)
                {
                    scores[tags[e]] += weights[e];
                }

                return;
            }

            if (slot.Key == 0)
            {
                return;
            }

            s = (s + 1) & _mask;
        }
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(ulong Key, int Start, int Count);
}
