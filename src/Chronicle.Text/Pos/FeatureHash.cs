namespace Chronicle.Text.Pos;

/// <summary>64-bit hashing of characters and feature parts, so that features are numbers, never strings.</summary>
internal static class FeatureHash
{
    public const ulong Seed = 14695981039346656037UL;

    /// <summary>Adds one character (FNV-1a step); <see cref="Mix"/> spreads the bits afterwards.</summary>
    public static ulong Add(ulong hash, char c) => (hash ^ c) * 1099511628211UL;

    /// <summary>Combines two values into a well-spread non-zero key (splitmix64 finaliser).</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        var z = (a * 0x9E3779B97F4A7C15UL) ^ b;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return z == 0 ? 1 : z;
    }

    /// <summary>Maps typographic quotes to the ASCII forms the training corpus uses.</summary>
    public static char Normalize(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u201B' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        _ => c,
    };
}
