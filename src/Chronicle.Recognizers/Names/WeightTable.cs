namespace Chronicle.Recognizers.Names;

/// <summary>
/// The weight rows that survived pruning, in an open-addressing table keyed by feature id: a few MB instead of a
/// dense array over every hash bucket.
/// </summary>
public sealed class WeightTable
{
    private const int T = NameTags.Count;
    private readonly int[] _keys;
    private readonly int[] _rows;
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
        _keys = new int[size];
        _rows = new int[size];
        _values = values;
        for (var r = 0; r < ids.Length; r++)
        {
            var at = Slot(ids[r]);
            _keys[at] = ids[r] + 1;
            _rows[at] = r * T;
        }
        Count = ids.Length;
    }

    /// <summary>Number of rows.</summary>
    public int Count { get; }

    /// <summary>Adds the row of feature <paramref name="id"/> to <paramref name="scores"/>, if it has one.</summary>
    public void AddTo(int id, Span<float> scores)
    {
        var at = Slot(id);
        if (_keys[at] == 0)
        {
            return;
        }
        var row = _values.AsSpan(_rows[at], T);
        for (var y = 0; y < T; y++)
        {
            scores[y] += row[y];
        }
    }

    /// <summary>Every row: feature id and its 17 weights.</summary>
    public IEnumerable<(int Id, float[] Row)> Rows()
    {
        for (var at = 0; at < _keys.Length; at++)
        {
            if (_keys[at] != 0)
            {
                yield return (_keys[at] - 1, _values.AsSpan(_rows[at], T).ToArray());
            }
        }
    }

    private int Slot(int id)
    {
        var at = (int)((uint)id * 2654435761U) & _mask;
        while (_keys[at] != 0 && _keys[at] != id + 1)
        {
            at = (at + 1) & _mask;
        }
        return at;
    }
}
