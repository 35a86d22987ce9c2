namespace Chronicle.Text.Pos;

/// <summary>
/// The hashed properties of one token that the tagger's features are built from. <c>Classes</c> holds the word's
/// classes from unlabelled news (see <see cref="PosWordClasses"/>): fine class + 1 in the low 16 bits, coarse + 1 above;
/// <c>Profile</c> the word's most frequent tag + 1 over untagged news (see <see cref="WordProfiles"/>), 0 when none;
/// <c>Lexicon</c> the tags a lexicon allows the word, a bit each (see <see cref="PosLexicon"/>), 0 when it has none;
/// <c>Auxiliary</c> what the word is to a verb after it (see <see cref="Auxiliaries"/>), 0 when nothing.
/// </summary>
internal readonly record struct WordFeatures(
    ulong Lower, ulong Exact, ulong Suffix1, ulong Suffix2, ulong Suffix3, ulong Suffix4,
    ulong Prefix1, ulong Prefix2, ulong Prefix3, ulong Shape, int Flags, uint Classes = 0, int Profile = 0, int Lexicon = 0, int Auxiliary = 0)
{
    /// <summary>The fine word class + 1 (0: none).</summary>
    public ulong Fine => Classes & 0xFFFF;

    /// <summary>The coarse word class + 1 (0: none).</summary>
    public ulong Coarse => Classes >> 16;

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
        // Affixes are hashed from the lowered first and last four characters, kept on the stack.
        Span<char> head = stackalloc char[4];
        Span<char> tail = stackalloc char[4];
        int flags = 0, upper = 0, lowerCount = 0, digits = 0, run = 0;
        var lastClass = '\0';
        for (var i = 0; i < word.Length; i++)
        {
            var c = FeatureHash.Normalize(word[i]);
            exact = FeatureHash.Add(exact, c);
            char cls, lowered;
            if (char.IsAsciiLetterUpper(c))
            {
                (cls, lowered) = ('X', (char)(c | 0x20));
            }
            else if (c < 128)
            {
                cls = char.IsAsciiLetterLower(c) ? 'x' : char.IsAsciiDigit(c) ? 'd' : c;
                lowered = c;
            }
            else
            {
                cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
                lowered = char.ToLowerInvariant(c);
            }

            lower = FeatureHash.Add(lower, lowered);
            if (i < 4)
            {
                head[i] = lowered;
            }

            tail[i & 3] = lowered;
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

        var n = word.Length;
        return new WordFeatures(
            lower, exact, Suffix(tail, n, 1), Suffix(tail, n, 2), Suffix(tail, n, 3), Suffix(tail, n, 4),
            Prefix(head, n, 1), Prefix(head, n, 2), Prefix(head, n, 3), shape, flags);
    }

    /// <summary>The hash of the last <paramref name="length"/> characters, from the ring of the last four.</summary>
    private static ulong Suffix(ReadOnlySpan<char> tail, int wordLength, int length)
    {
        var take = Math.Min(length, wordLength);
        var hash = FeatureHash.Seed + (ulong)length;
        for (var k = wordLength - take; k < wordLength; k++)
        {
            hash = FeatureHash.Add(hash, tail[k & 3]);
        }

        return hash;
    }

    private static ulong Prefix(ReadOnlySpan<char> head, int wordLength, int length)
    {
        var take = Math.Min(length, wordLength);
        var hash = FeatureHash.Seed + (ulong)length;
        for (var k = 0; k < take; k++)
        {
            hash = FeatureHash.Add(hash, head[k]);
        }

        return hash;
    }

    private static WordFeatures Constant(ulong value) =>
        new(value, value, value, value, value, value, value, value, value, value, -1, uint.MaxValue, 255, 255);
}
