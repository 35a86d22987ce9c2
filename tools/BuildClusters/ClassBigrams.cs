namespace BuildClusters;

/// <summary>
/// Word bigram counts of a token stream as two adjacency lists per word (right and left neighbours), the input of
/// <see cref="ExchangeClustering"/>.
/// </summary>
internal sealed class ClassBigrams
{
    public ClassBigrams(int words, ReadOnlySpan<int> stream)
    {
        Words = words;
        var pairs = new Dictionary<long, int>();
        for (var i = 1; i < stream.Length; i++)
        {
            var key = ((long)stream[i - 1] * words) + stream[i];
            pairs[key] = pairs.GetValueOrDefault(key) + 1;
        }
        // Key order makes the lists, and so the clustering, independent of the dictionary's enumeration order.
        var sorted = pairs.OrderBy(p => p.Key).ToArray();
        (RightStart, RightWord, RightCount) = Lists(words, sorted, p => (int)(p.Key / words), p => (int)(p.Key % words));
        (LeftStart, LeftWord, LeftCount) = Lists(words, sorted, p => (int)(p.Key % words), p => (int)(p.Key / words));
    }

    public int Words { get; }

    public int[] RightStart { get; }

    public int[] RightWord { get; }

    public int[] RightCount { get; }

    public int[] LeftStart { get; }

    public int[] LeftWord { get; }

    public int[] LeftCount { get; }

    private static (int[] Start, int[] Word, int[] Count) Lists(
        int words, KeyValuePair<long, int>[] pairs, Func<KeyValuePair<long, int>, int> owner, Func<KeyValuePair<long, int>, int> other)
    {
        var start = new int[words + 1];
        foreach (var p in pairs)
        {
            start[owner(p) + 1]++;
        }
        for (var w = 0; w < words; w++)
        {
            start[w + 1] += start[w];
        }
        var next = (int[])start.Clone();
        var word = new int[pairs.Length];
        var count = new int[pairs.Length];
        foreach (var p in pairs)
        {
            var at = next[owner(p)]++;
            word[at] = other(p);
            count[at] = p.Value;
        }
        return (start, word, count);
    }
}
