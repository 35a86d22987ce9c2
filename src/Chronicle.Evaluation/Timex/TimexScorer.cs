namespace Chronicle.Evaluation.Timex;

/// <summary>Matches found time expressions against gold ones in one document.</summary>
public static class TimexScorer
{
    /// <summary>
    /// Counts strict and relaxed matches. Each gold expression is matched at most once, to the first
    /// unmatched found expression that overlaps it, so the counts never exceed either side.
    /// </summary>
    public static TimexCounts Score(IReadOnlyList<TimeMention> gold, IReadOnlyList<TimeMention> found)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(found);
        var used = new bool[found.Count];
        int strict = 0, relaxed = 0, type = 0, value = 0;
        foreach (var g in gold)
        {
            var match = -1;
            for (var j = 0; j < found.Count; j++)
            {
                if (!used[j] && found[j].Span.Overlaps(g.Span) && (match < 0 || found[j].Span == g.Span))
                {
                    match = j;
                }
            }

            if (match < 0)
            {
                continue;
            }

            used[match] = true;
            var f = found[match];
            relaxed++;
            strict += f.Span == g.Span ? 1 : 0;
            type += f.Type == g.Type ? 1 : 0;
            value += string.Equals(f.Value, g.Value, StringComparison.Ordinal) ? 1 : 0;
        }

        return new TimexCounts(gold.Count, found.Count, strict, relaxed, type, value);
    }
}
