namespace Chronicle.Text.Pos;

/// <summary>The hashed properties of one token that the tagger's features are built from.</summary>
internal readonly record struct WordFeatures(
    ulong Lower, ulong Exact, ulong Suffix1, ulong Suffix2, ulong Suffix3, ulong Suffix4,
    ulong Prefix1, ulong Prefix2, ulong Prefix3, ulong Shape, int Flags)
{
    private const ulong Digits = 0x5EED_0001UL;
    private const ulong Year = 0x5EED_0002UL;

    /// <summary>Padding before the first token of a sentence.</summary>
    public static WordFeatures Start { get; } = Constant(0x5EED_0010UL);

    /// <summary>Padding after the last token of a sentence.</summary>
    public static WordFeatures End { get; } = Constant(0x5EED_0020UL);

    public static WordFeatures Of(ReadOnlySpan<char> word)
    {
        // Dashes of every kind and paired quote marks are one form each, as in the corpus ("--", '"').
        if (word is "\u2014" or "\u2013" or "\u2015" or "--" or "---")
        {
            word = "--";
        }
        else if (word is "``" or "''" or "\u201C" or "\u201D")
        {
            word = "\"";
        }

        ulong exact = FeatureHash.Seed, lower = FeatureHash.Seed, shape = FeatureHash.Seed;
        var flags = 0;
        var lastClass = '\0';
        var run = 0;
        var upper = 0;
        var lowerCount = 0;
        var digits = 0;
        foreach (var raw in word)
        {
            var c = FeatureHash.Normalize(raw);
            exact = FeatureHash.Add(exact, c);
            lower = FeatureHash.Add(lower, char.ToLowerInvariant(c));
            var cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            upper += cls == 'X' ? 1 : 0;
            lowerCount += cls == 'x' ? 1 : 0;
            digits += cls == 'd' ? 1 : 0;
            flags |= c == '-' ? 8 : c == '.' ? 16 : 0;
            run = cls == lastClass ? run + 1 : 1;
            lastClass = cls;
            if (run <= 2)
            {
                shape = FeatureHash.Add(shape, cls);
            }
        }

        flags |= (word.Length > 0 && char.IsUpper(word[0]) ? 1 : 0) | (upper > 0 && lowerCount == 0 ? 2 : 0) | (digits > 0 ? 4 : 0);
        if (word.Length > 0 && char.IsAsciiDigit(word[0]))
        {
            lower = word.Length == 4 && digits == 4 ? Year : Digits;
        }

        return new WordFeatures(
            lower, exact, Affix(word, 1, true), Affix(word, 2, true), Affix(word, 3, true), Affix(word, 4, true),
            Affix(word, 1, false), Affix(word, 2, false), Affix(word, 3, false), shape, flags);
    }

    private static ulong Affix(ReadOnlySpan<char> word, int length, bool suffix)
    {
        var part = word.Length <= length ? word : suffix ? word[^length..] : word[..length];
        var hash = FeatureHash.Seed + (ulong)length;
        foreach (var c in part)
        {
            hash = FeatureHash.Add(hash, char.ToLowerInvariant(FeatureHash.Normalize(c)));
        }

        return hash;
    }

    private static WordFeatures Constant(ulong value) =>
        new(value, value, value, value, value, value, value, value, value, value, -1);
}
