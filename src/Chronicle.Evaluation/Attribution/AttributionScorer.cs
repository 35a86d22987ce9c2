namespace Chronicle.Evaluation.Attribution;

/// <summary>
/// Scores found attributions against one annotator's. A span is found exactly when its bounds are equal, and by
/// overlap when the overlap is at least half of the longer span; gold and found spans are paired one to one by a
/// maximum matching. A whole
/// attribution counts when its cue and content overlap-match one found attribution and its source does too (or
/// neither has a source).
/// </summary>
public static class AttributionScorer
{
    /// <summary>The row names, in print order.</summary>
    public static IReadOnlyList<string> RowNames { get; } =
        ["source exact", "source overlap", "cue exact", "cue overlap", "content exact", "content overlap", "attribution"];

    /// <summary>Counts for each row of <see cref="RowNames"/>.</summary>
    public static Dictionary<string, SpanCounts> Score(IReadOnlyList<GoldAttribution> gold, IReadOnlyList<GoldAttribution> found)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(found);
        var rows = new Dictionary<string, SpanCounts>(StringComparer.Ordinal);
        foreach (var (label, pick) in new (string, Func<GoldAttribution, TextSpan?>)[] { ("source", a => a.Source), ("cue", a => a.Cue), ("content", a => a.Content) })
        {
            var g = gold.Select(pick).OfType<TextSpan>().Distinct().ToList();
            var f = found.Select(pick).OfType<TextSpan>().Distinct().ToList();
            rows[label + " exact"] = new SpanCounts(g.Count, f.Count, Match(g, f, static (a, b) => a == b));
            rows[label + " overlap"] = new SpanCounts(g.Count, f.Count, Match(g, f, Overlapping));
        }
        var whole = Match(gold, found, static (a, b) =>
            Near(a.Cue, b.Cue) && Near(a.Content, b.Content) && (a.Source is null ? b.Source is null : Near(a.Source, b.Source)));
        rows["attribution"] = new SpanCounts(gold.Count, found.Count, whole);
        return rows;
    }

    /// <summary>True when the overlap is at least half of the longer span.</summary>
    public static bool Overlapping(TextSpan a, TextSpan b)
    {
        var overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        return overlap > 0 && 2 * overlap >= Math.Max(a.Length, b.Length);
    }

    private static bool Near(TextSpan? a, TextSpan? b) => a is { } x && b is { } y && Overlapping(x, y);

    // A maximum matching (augmenting paths), not first-fit: a greedy pass can pair a gold span with a found one that
    // another gold span needed, and under-count what overlap matching allows.
    private static int Match<T>(IReadOnlyList<T> gold, IReadOnlyList<T> found, Func<T, T, bool> same)
    {
        var edges = new List<int>[gold.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            edges[g] = [];
            for (var f = 0; f < found.Count; f++)
            {
                if (same(gold[g], found[f]))
                {
                    edges[g].Add(f);
                }
            }
        }
        var owner = new int[found.Count];
        Array.Fill(owner, -1);
        var correct = 0;
        for (var g = 0; g < gold.Count; g++)
        {
            if (Augment(g, edges, owner, new bool[found.Count]))
            {
                correct++;
            }
        }
        return correct;
    }

    private static bool Augment(int g, List<int>[] edges, int[] owner, bool[] seen)
    {
        foreach (var f in edges[g])
        {
            if (seen[f])
            {
                continue;
            }
            seen[f] = true;
            if (owner[f] < 0 || Augment(owner[f], edges, owner, seen))
            {
                owner[f] = g;
                return true;
            }
        }
        return false;
    }
}
