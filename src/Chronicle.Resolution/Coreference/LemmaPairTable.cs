using System.Globalization;

namespace Chronicle.Resolution.Coreference;

/// <summary>
/// How often two trigger lemmas (or one lemma with itself) corefer across documents of one topic in training
/// data: <c>kill</c> with <c>shoot</c> often, <c>say</c> with <c>say</c> rarely. Learned by tools/TrainCoref.
/// </summary>
public sealed class LemmaPairTable
{
    private readonly Dictionary<(string, string), (int Coreferent, int Total)> _counts = [];

    /// <summary>Pairs seen fewer times than this are not kept or used.</summary>
    public const int MinimumTotal = 3;

    /// <summary>The pairs, in a stable order, for saving.</summary>
    public IEnumerable<(string A, string B, int Coreferent, int Total)> Entries =>
        _counts.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
            .Select(p => (p.Key.Item1, p.Key.Item2, p.Value.Coreferent, p.Value.Total));

    /// <summary>Counts one pair of mentions.</summary>
    public void Add(string a, string b, bool coreferent, int times = 1)
    {
        var key = Key(a, b);
        var (c, t) = _counts.GetValueOrDefault(key);
        _counts[key] = (c + (coreferent ? times : 0), t + times);
    }

    /// <summary>Drops pairs seen fewer than <see cref="MinimumTotal"/> times.</summary>
    public void Prune()
    {
        foreach (var key in _counts.Where(p => p.Value.Total < MinimumTotal).Select(p => p.Key).ToList())
        {
            _counts.Remove(key);
        }
    }

    /// <summary>The smoothed log-odds that the two lemmas corefer, or null when the pair was not seen enough.</summary>
    public double? LogOdds(string a, string b)
    {
        if (!_counts.TryGetValue(Key(a, b), out var counts) || counts.Total < MinimumTotal)
        {
            return null;
        }
        return Math.Clamp(Math.Log((counts.Coreferent + 0.5) / (counts.Total - counts.Coreferent + 0.5)), -5, 5);
    }

    /// <summary>One line per pair: <c>a b coreferent total</c>, tab-separated.</summary>
    public static string Format((string A, string B, int Coreferent, int Total) entry) =>
        string.Create(CultureInfo.InvariantCulture, $"{entry.A}\t{entry.B}\t{entry.Coreferent}\t{entry.Total}");

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
