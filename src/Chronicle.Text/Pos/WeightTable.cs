using System.Runtime.CompilerServices;

namespace Chronicle.Text.Pos;

/// <summary>
/// Feature weights in an open-addressing table. Nine features in ten carry at most four non-zero tag
/// weights, so a 32-byte slot holds the key and up to four (tag, weight) pairs inline: a lookup costs
/// one cache line. Longer rows continue in overflow arrays.
/// </summary>
internal sealed class WeightTable
{
    private const int Inline = 4;
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly byte[] _overflowTags;
    private readonly float[] _overflowWeights;

    public WeightTable(ulong[] keys, int[] starts, byte[] tags, float[] weights)
    {
        Keys = keys;
        Starts = starts;
        Tags = tags;
        Weights = weights;
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity *= 2;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        var overflowTags = new List<byte>();
        var overflowWeights = new List<float>();
        for (var f = 0; f < keys.Length; f++)
        {
            var s = (int)keys[f] & _mask;
            while (_slots[s].Key != 0)
            {
                s = (s + 1) & _mask;
            }

            var slot = new Slot { Key = keys[f] };
            var count = starts[f + 1] - starts[f];
            for (var e = 0; e < Math.Min(count, Inline); e++)
            {
                slot.Tags[e] = tags[starts[f] + e];
                slot.Weights[e] = weights[starts[f] + e];
            }

            slot.Overflow = (Math.Max(0, count - Inline) << 24) | overflowTags.Count;
            for (var e = Inline; e < count; e++)
            {
                overflowTags.Add(tags[starts[f] + e]);
                overflowWeights.Add(weights[starts[f] + e]);
            }

            _slots[s] = slot;
        }

        _overflowTags = [.. overflowTags];
        _overflowWeights = [.. overflowWeights];
    }

    /// <summary>The features' keys, in the order their weights are stored.</summary>
    public ulong[] Keys { get; }

    /// <summary>Where each feature's weights start in <see cref="Tags"/>, plus the total at the end.</summary>
    public int[] Starts { get; }

    /// <summary>The tag of each stored weight.</summary>
    public byte[] Tags { get; }

    /// <summary>The stored weights.</summary>
    public float[] Weights { get; }

    /// <summary>How many features have weights.</summary>
    public int Count => Keys.Length;

    /// <summary>
    /// Touches the home slot of every key so that the cache misses overlap instead of coming one after
    /// another in <see cref="Score"/>; returns a value only to keep the loads from being dropped.
    /// </summary>
    public ulong Touch(ReadOnlySpan<ulong> keys)
    {
        var sum = 0UL;
        foreach (var key in keys)
        {
            sum ^= _slots[(int)key & _mask].Key;
        }

        return sum;
    }

    /// <summary>Adds the weights of feature <paramref name="key"/> to <paramref name="scores"/>.</summary>
    public void Score(ulong key, Span<float> scores)
    {
        var s = (int)key & _mask;
        while (true)
        {
            ref readonly var slot = ref _slots[s];
            if (slot.Key == key)
            {
                // Unused inline pairs hold tag 0 with weight 0: adding them is cheaper than a branch.
                scores[slot.Tags[0]] += slot.Weights[0];
                scores[slot.Tags[1]] += slot.Weights[1];
                scores[slot.Tags[2]] += slot.Weights[2];
                scores[slot.Tags[3]] += slot.Weights[3];
                var more = slot.Overflow >>> 24;
                if (more > 0)
                {
                    var start = slot.Overflow & 0xFFFFFF;
                    for (var e = start; e < start + more; e++)
                    {
                        scores[_overflowTags[e]] += _overflowWeights[e];
                    }
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

    private struct Slot
    {
        public ulong Key;
        public InlineWeights Weights;
        public InlineTags Tags;
        public int Overflow;
    }

    [InlineArray(Inline)]
    private struct InlineWeights
    {
        private float _first;
    }

    [InlineArray(Inline)]
    private struct InlineTags
    {
        private byte _first;
    }
}
