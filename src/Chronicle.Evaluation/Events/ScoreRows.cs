using System.Globalization;

namespace Chronicle.Evaluation.Events;

/// <summary>Hits and totals per area (<c>events.required</c>, <c>times</c>...) and the misses, as the script's <c>Score</c>.</summary>
public sealed class ScoreRows
{
    private readonly SortedDictionary<string, (int Hit, int Total)> _rows = new(StringComparer.Ordinal);
    private readonly List<string> _misses = [];

    /// <summary>Areas in the script's order (sorted by name) with their hits and totals.</summary>
    public IReadOnlyDictionary<string, (int Hit, int Total)> Rows => _rows;

    /// <summary>Every miss, as <c>area: what</c>.</summary>
    public IReadOnlyList<string> Misses => _misses;

    /// <summary>Counts one check.</summary>
    public void Add(string area, bool ok, string what)
    {
        var (hit, total) = _rows.GetValueOrDefault(area);
        _rows[area] = (hit + (ok ? 1 : 0), total + 1);
        if (!ok)
        {
            _misses.Add($"{area}: {what}");
        }
    }

    /// <summary>The share of hits in an area (1 when it has no checks).</summary>
    public double Ratio(string area) => _rows.TryGetValue(area, out var row) && row.Total > 0 ? (double)row.Hit / row.Total : 1;

    /// <summary>Prints the misses (when verbose) and one line per area, formatted as the script formats them.</summary>
    public void Print(TextWriter output, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (verbose)
        {
            foreach (var miss in _misses)
            {
                output.WriteLine("miss " + miss);
            }
        }

        foreach (var (area, (hit, total)) in _rows)
        {
            // Python's {:6.1%} rounds half to even.
            var percent = Math.Round(100.0 * hit / total, 1, MidpointRounding.ToEven).ToString("0.0", CultureInfo.InvariantCulture) + "%";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{area,-22} {hit,4}/{total,-4} {percent,6}"));
        }
    }
}
