namespace Chronicle.Recognizers.Names;

/// <summary>First-order Viterbi decoding over <see cref="NameTags"/>, with only the transitions BILOU allows.</summary>
public static class Viterbi
{
    private const int T = NameTags.Count;

    /// <summary>
    /// Writes the best tag sequence into <paramref name="tags"/>. <paramref name="emissions"/> holds n × 17 scores;
    /// <paramref name="transitions"/> holds 17 × 17 (from, to) then 17 start and 17 end scores.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> tags, Span<float> score, Span<byte> back)
    {
        var n = tags.Length;
        if (n == 0)
        {
            return;
        }
        var start = transitions.Slice(T * T, T);
        var end = transitions.Slice((T * T) + T, T);
        for (var y = 0; y < T; y++)
        {
            score[y] = NameTags.Allowed(-1, y) ? emissions[y] + start[y] : float.NegativeInfinity;
        }
        for (var i = 1; i < n; i++)
        {
            var prev = score.Slice((i - 1) * T, T);
            var cur = score.Slice(i * T, T);
            for (var y = 0; y < T; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                foreach (var x in Predecessors[y])
                {
                    var s = prev[x] + transitions[(x * T) + y];
                    if (s > best)
                    {
                        best = s;
                        arg = x;
                    }
                }
                cur[y] = best + emissions[(i * T) + y];
                back[(i * T) + y] = (byte)arg;
            }
        }
        var last = score.Slice((n - 1) * T, T);
        var bestEnd = float.NegativeInfinity;
        var tag = 0;
        for (var y = 0; y < T; y++)
        {
            var s = NameTags.CanEnd(y) ? last[y] + end[y] : float.NegativeInfinity;
            if (s > bestEnd)
            {
                bestEnd = s;
                tag = y;
            }
        }
        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = tag;
            tag = back[(i * T) + tag];
        }
    }

    // For each tag, the tags that may precede it: a third of the 17 × 17 pairs.
    private static readonly int[][] Predecessors =
        [.. Enumerable.Range(0, T).Select(y => Enumerable.Range(0, T).Where(x => NameTags.Allowed(x, y)).ToArray())];
}
