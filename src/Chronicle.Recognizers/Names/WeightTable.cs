using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Chronicle.Recognizers.Names;

/// <summary>
/// The weight rows that survived pruning, in an open-addressing table keyed by feature id: a few MB instead of a
/// dense array over every hash bucket.
/// </summary>
public sealed class WeightTable
{
    private const int T = NameTags.Count;
    // Key and row offset side by side: one cache line per probe instead of two.
    private readonly Entry[] _entries;
    private readonly float[] _values;
    private readonly int _mask;

    /// <summary>Builds the table from feature ids and their rows of 17 weights (row i at values[i * 17]).</summary>
    public WeightTable(ReadOnlySpan<int> ids, float[] values)
    {
        var size = 16;
        while (size < ids.Length * 2)
        {
            size <<= 1;
        }
        _mask = size - 1;
        _entries = new Entry[size];
        // Padded so that every row can be read as two 8-float vectors plus one float.
        _values = new float[values.Length + 8];
        values.CopyTo(_values, 0);
        for (var r = 0; r < ids.Length; r++)
        {
            var at = Slot(ids[r]);
            _entries[at] = new Entry(ids[r] + 1, r * T);
        }
        Count = ids.Length;
    }

    /// <summary>Number of rows.</summary>
    public int Count { get; }

    /// <summary>Adds the row of feature <paramref name="id"/> to <paramref name="scores"/>, if it has one.</summary>
    public void AddTo(int id, Span<float> scores)
    {
        var at = Slot(id);
        var entry = _entries[at];
        if (entry.Key == 0)
        {
            return;
        }
        var row = _values.AsSpan(entry.Row, T);
        for (var y = 0; y < T; y++)
        {
            scores[y] += row[y];
        }
    }

    /// <summary>
    /// Adds the row of feature <paramref name="id"/> to scores[offset..offset + 17] with vector adds; the array must
    /// have 7 spare floats after that row (two 8-float vectors and one float are read and written).
    /// </summary>
    internal void AddToPadded(int id, float[] scores, int offset)
    {
        var entry = _entries[Slot(id)];
        if (entry.Key == 0)
        {
            return;
        }
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + 24, scores.Length);
        ref var w = ref _values[entry.Row];
        ref var s = ref scores[offset];
        var a = Vector256.LoadUnsafe(ref s) + Vector256.LoadUnsafe(ref w);
        var b = Vector256.LoadUnsafe(ref Unsafe.Add(ref s, 8)) + Vector256.LoadUnsafe(ref Unsafe.Add(ref w, 8));
        a.StoreUnsafe(ref s);
        b.StoreUnsafe(ref Unsafe.Add(ref s, 8));
        Unsafe.Add(ref s, 16) += Unsafe.Add(ref w, 16);
    }

    /// <summary>Where the row of feature <paramref name="id"/> starts in <see cref="Values"/>, or -1 when it has none.</summary>
    internal int RowOf(int id)
    {
        var entry = _entries[Slot(id)];
        return entry.Key == 0 ? -1 : entry.Row;
    }

    /// <summary>The feature ids that have rows, without copying the rows as <see cref="Rows"/> does.</summary>
    internal IEnumerable<int> Ids()
    {
        foreach (var entry in _entries)
        {
            if (entry.Key != 0)
            {
                yield return entry.Key - 1;
            }
        }
    }

    /// <summary>The rows' weights, 17 per row.</summary>
    internal ReadOnlySpan<float> Values => _values;

    /// <summary>Every row: feature id and its 17 weights.</summary>
    public IEnumerable<(int Id, float[] Row)> Rows()
    {
        for (var at = 0; at < _entries.Length; at++)
        {
            if (_entries[at].Key != 0)
            {
                yield return (_entries[at].Key - 1, _values.AsSpan(_entries[at].Row, T).ToArray());
            }
        }
    }

    private int Slot(int id)
    {
        var at = (int)((uint)id * 2654435761U) & _mask;
        while (_entries[at].Key != 0 && _entries[at].Key != id + 1)
        {
            at = (at + 1) & _mask;
        }
        return at;
    }

    private readonly record struct Entry(int Key, int Row);
}
