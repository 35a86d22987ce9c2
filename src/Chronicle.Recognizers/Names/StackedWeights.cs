using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Chronicle.Recognizers.Names;

/// <summary>
/// The weights of a first pass and its stacked second pass in one table: both passes score the same base features,
/// so one probe finds both rows, stored side by side (34 floats) to share cache lines. Rows a pass lacks are zero,
/// which adds exactly nothing.
/// </summary>
internal sealed class StackedWeights
{
    private const int T = NameTags.Count;
    private const int Width = 2 * T;
    // Key and row offset side by side: one cache line per probe.
    private readonly Entry[] _entries;
    private readonly float[] _values;
    private readonly int _mask;

    public StackedWeights(WeightTable first, WeightTable second)
    {
        var ids = new HashSet<int>(first.Ids());
        ids.UnionWith(second.Ids());
        var size = 16;
        while (size < ids.Count * 2)
        {
            size <<= 1;
        }
        _mask = size - 1;
        _entries = new Entry[size];
        // Padded so that the last row's second half can be read as two 8-float vectors plus one float.
        _values = new float[(ids.Count * Width) + 8];
        var r = 0;
        foreach (var id in ids)
        {
            var at = Slot(id);
            _entries[at] = new Entry(id + 1, r * Width);
            Copy(first, id, r * Width);
            Copy(second, id, (r * Width) + T);
            r++;
        }
    }

    /// <summary>
    /// Adds feature <paramref name="id"/>'s first-pass row to first[offset..offset + 17] and its second-pass row to
    /// second[offset..offset + 17]; both arrays need 7 spare floats after that row.
    /// </summary>
    public void AddTo(int id, float[] first, float[] second, int offset)
    {
        var entry = _entries[Slot(id)];
        if (entry.Key == 0)
        {
            return;
        }
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + 24, first.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + 24, second.Length);
        ref var w = ref _values[entry.Row];
        Add(ref first[offset], ref w);
        Add(ref second[offset], ref Unsafe.Add(ref w, T));
    }

    /// <summary>
    /// <see cref="AddTo"/> for every id of one token, in order. The ids' slots and rows are first read in a loop
    /// of independent loads, so that their cache misses overlap instead of coming one after another.
    /// </summary>
    public int AddAll(ReadOnlySpan<int> ids, float[] first, float[] second, int offset)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + 24, first.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + 24, second.Length);
        Span<int> rows = stackalloc int[DocumentFeatures.Stride];
        rows = rows[..Math.Min(ids.Length, rows.Length)];
        var touched = 0;
        for (var k = 0; k < rows.Length; k++)
        {
            touched ^= _entries[Home(ids[k])].Key;
        }
        for (var k = 0; k < rows.Length; k++)
        {
            var entry = _entries[Slot(ids[k])];
            rows[k] = entry.Key == 0 ? -1 : entry.Row;
            if (entry.Key != 0)
            {
                // A row of 34 floats spans three cache lines: one load in each.
                touched ^= BitConverter.SingleToInt32Bits(_values[entry.Row]) ^ BitConverter.SingleToInt32Bits(_values[entry.Row + T])
                    ^ BitConverter.SingleToInt32Bits(_values[entry.Row + Width - 1]);
            }
        }
        foreach (var row in rows)
        {
            if (row >= 0)
            {
                ref var w = ref _values[row];
                Add(ref first[offset], ref w);
                Add(ref second[offset], ref Unsafe.Add(ref w, T));
            }
        }
        return touched;
    }

    private static void Add(ref float s, ref float w)
    {
        var a = Vector256.LoadUnsafe(ref s) + Vector256.LoadUnsafe(ref w);
        var b = Vector256.LoadUnsafe(ref Unsafe.Add(ref s, 8)) + Vector256.LoadUnsafe(ref Unsafe.Add(ref w, 8));
        a.StoreUnsafe(ref s);
        b.StoreUnsafe(ref Unsafe.Add(ref s, 8));
        Unsafe.Add(ref s, 16) += Unsafe.Add(ref w, 16);
    }

    private void Copy(WeightTable table, int id, int to)
    {
        var row = table.RowOf(id);
        if (row >= 0)
        {
            table.Values.Slice(row, T).CopyTo(_values.AsSpan(to, T));
        }
    }

    private int Home(int id) => (int)((uint)id * 2654435761U) & _mask;

    private int Slot(int id)
    {
        var at = Home(id);
        while (_entries[at].Key != 0 && _entries[at].Key != id + 1)
        {
            at = (at + 1) & _mask;
        }
        return at;
    }

    private readonly record struct Entry(int Key, int Row);
}
