namespace Chronicle.Recognizers.Names;

/// <summary>
/// A read-only map from 64-bit hash keys to small values in two flat arrays with linear probing: one cache miss a
/// lookup where a dictionary takes two or three, and no rebuild into a frozen form at load.
/// </summary>
internal sealed class HashKeyTable<TValue>
    where TValue : struct
{
    private readonly ulong[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;
    // Zero marks an empty slot, so the key zero (one hash in 2^64) is held aside.
    private readonly bool _hasZero;
    private readonly TValue _zero;

    public HashKeyTable(IReadOnlyDictionary<ulong, TValue> entries)
    {
        var size = 16;
        while (size < entries.Count * 2)
        {
            size <<= 1;
        }
        _mask = size - 1;
        _keys = new ulong[size];
        _values = new TValue[size];
        foreach (var (key, value) in entries)
        {
            if (key == 0)
            {
                (_hasZero, _zero) = (true, value);
                continue;
            }
            var at = Start(key);
            while (_keys[at] != 0)
            {
                at = (at + 1) & _mask;
            }
            _keys[at] = key;
            _values[at] = value;
        }
    }

    /// <summary>The value of <paramref name="key"/>, or the default when absent.</summary>
    public TValue Find(ulong key)
    {
        if (key == 0)
        {
            return _hasZero ? _zero : default;
        }
        var keys = _keys;
        var at = Start(key);
        while (true)
        {
            var k = keys[at];
            if (k == key)
            {
                return _values[at];
            }
            if (k == 0)
            {
                return default;
            }
            at = (at + 1) & _mask;
        }
    }

    // The keys are already well-mixed hashes: their high bits pick the slot.
    private int Start(ulong key) => (int)(key >> 40) & _mask;
}
