namespace Chronicle.Recognizers.Names;

/// <summary>64-bit hashes of token text, computed on spans so that tagging allocates nothing per token.</summary>
public static class TextHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of the text as written.</summary>
    public static ulong Exact(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }
        return Mix(h);
    }

    /// <summary>The hash of the lowercased text with every digit read as 0, so that <c>1996</c> and <c>2024</c> share a form.</summary>
    public static ulong Folded(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = FoldedStep(h, c);
        }
        return Mix(h);
    }

    /// <summary>The state of <see cref="Folded"/> before any character.</summary>
    internal const ulong FoldedSeed = Offset;

    /// <summary>One character of <see cref="Folded"/>: <c>Mix</c> of the state after a prefix is that prefix's hash.</summary>
    internal static ulong FoldedStep(ulong state, char c) => (state ^ (char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c))) * Prime;

    /// <summary>Joins two hashes in order (a phrase's word hashes, a feature template and its value).</summary>
    public static ulong Combine(ulong a, ulong b) => Mix((a * 31UL) ^ b ^ 0x9E3779B97F4A7C15UL);

    /// <summary>The splitmix64 finaliser: spreads the bits of FNV's weak low bits.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
