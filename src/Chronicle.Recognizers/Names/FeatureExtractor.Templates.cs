namespace Chronicle.Recognizers.Names;

public sealed partial class FeatureExtractor
{
    private static readonly ulong Boundary = TextHash.Exact("<s>");

    private static void AddTokenFeatures(
        ref Slots f, TokenFacts t, string text, ReadOnlySpan<Token> tokens, int i, int start, int end, int context, int position)
    {
        var word = text.AsSpan(tokens[i].Span.Start, tokens[i].Span.End - tokens[i].Span.Start);
        ulong Folded(int j) => j < start || j >= end ? Boundary : t.Folded[j];
        ulong Exact(int j) => j < start || j >= end ? Boundary : t.Exact[j];
        ulong Shape(int j) => j < start || j >= end ? Boundary : t.Shape[j];
        ulong Short(int j) => j < start || j >= end ? Boundary : t.ShortShape[j];
        var caps = (ulong)context;

        f.Add(0, 0);
        f.Add(1, t.Exact[i]);
        f.Add(2, t.Folded[i]);
        f.Add(3, t.Shape[i]);
        f.Add(4, t.ShortShape[i]);
        // Prefix hashes grow one character at a time (TextHash.Folded of word[..k], without rehashing).
        var prefix = TextHash.FoldedSeed;
        for (var k = 1; k <= 4 && k <= word.Length; k++)
        {
            prefix = TextHash.FoldedStep(prefix, word[k - 1]);
            f.Add((ulong)(4 + k), TextHash.Mix(prefix));
            f.Add((ulong)(8 + k), TextHash.Folded(word[^k..]));
        }
        f.Add(13, Folded(i - 1));
        f.Add(14, Folded(i + 1));
        f.Add(15, Folded(i - 2));
        f.Add(16, Folded(i + 2));
        f.Add(17, Exact(i - 1));
        f.Add(18, Exact(i + 1));
        f.Add(19, Shape(i - 1));
        f.Add(20, Shape(i + 1));
        f.Add(21, Shape(i - 2));
        f.Add(22, Shape(i + 2));
        f.Add(23, TextHash.Combine(Folded(i - 1), t.Folded[i]));
        f.Add(24, TextHash.Combine(t.Folded[i], Folded(i + 1)));
        f.Add(25, TextHash.Combine(TextHash.Combine(Short(i - 1), t.ShortShape[i]), Short(i + 1)));
        f.Add(26, (ulong)(position * 4) + caps);
        f.Add(27, TextHash.Combine(caps, t.Folded[i]));
        f.Add(28, TextHash.Combine(Folded(i - 1), t.ShortShape[i]));
        f.Add(29, TextHash.Combine(t.ShortShape[i], Folded(i + 1)));
        f.Add(30, (ulong)Math.Min(t.Length[i], 12));
        f.Add(31, TextHash.Combine(caps, t.Shape[i]));

        var info = t.Info[i];
        f.Add(32, (ulong)(info.CaseBucket * 4) + caps);
        f.Add(33, TextHash.Combine((ulong)(info.CaseBucket * 4) + caps, t.ShortShape[i]));
        if (i - 1 >= start)
        {
            f.Add(34, t.Info[i - 1].CaseBucket);
        }
        if (i + 1 < end)
        {
            f.Add(35, t.Info[i + 1].CaseBucket);
        }
        if (info.Cluster != 0)
        {
            f.Add(36, info.Cluster);
            f.Add(37, (ulong)(info.Cluster * 4) + caps);
        }
        if (i - 1 >= start)
        {
            f.Add(38, t.Info[i - 1].Cluster);
        }
        if (i + 1 < end)
        {
            f.Add(39, t.Info[i + 1].Cluster);
        }
    }

    private static void AddDocumentFeatures(ref Slots f, TokenFacts t, int[] seen, int i, int context)
    {
        var b = t.Bits[i];
        if ((b & TokenFacts.HasLetter) == 0)
        {
            return;
        }
        var uses = seen[t.WordId[i]];
        var capsHere = (b & TokenFacts.Caps) != 0 ? 1 : 0;
        f.Add(40, (ulong)((uses * 8) + (context * 2) + capsHere));
        f.Add(41, TextHash.Combine((ulong)((uses * 8) + (context * 2) + capsHere), t.ShortShape[i]));
    }

    private static void AddGazetteerFeatures(ref Slots f, TokenFacts t, byte[] gazetteer, int i)
    {
        var caps = (t.Bits[i] & TokenFacts.Caps) != 0 ? 1UL : 0UL;
        var any = false;
        for (var flag = 0; flag < NameLexicon.FlagCount; flag++)
        {
            var code = gazetteer[(i * NameLexicon.FlagCount) + flag];
            if (code != 0)
            {
                any = true;
                f.Add(50, ((ulong)flag * 64) + ((ulong)code * 2) + caps);
            }
        }
        if (!any)
        {
            f.Add(51, caps);
        }
    }

    /// <summary>
    /// For each token and list, the position (1 Begin, 2 Inside, 3 Last, 4 Unit; 0 none) of the longest gazetteer
    /// phrase of that list covering it, phrases taken within a sentence.
    /// </summary>
    private byte[] MatchGazetteer(TokenFacts t, ReadOnlySpan<Sentence> sentences, int n)
    {
        var code = new byte[Math.Max(1, n) * NameLexicon.FlagCount];
        var length = new byte[code.Length];
        foreach (var s in sentences)
        {
            var end = s.FirstToken + s.TokenCount;
            for (var i = s.FirstToken; i < end; i++)
            {
                if ((t.Bits[i] & TokenFacts.HasLetter) == 0)
                {
                    continue;
                }
                var key = NameLexicon.PhraseSeed;
                for (var j = i; j < end && j - i < lexicon.MaxPhraseWords; j++)
                {
                    key = TextHash.Combine(key, t.Folded[j]);
                    var flags = (int)lexicon.Lookup(key);
                    if ((flags & ~(int)GazetteerFlags.Prefix) != 0)
                    {
                        Mark(code, length, flags, i, j);
                    }
                    if ((flags & (int)GazetteerFlags.Prefix) == 0)
                    {
                        break;
                    }
                }
            }
        }
        return code;
    }

    private static void Mark(byte[] code, byte[] length, int flags, int first, int last)
    {
        var len = (byte)(last - first + 1);
        for (var flag = 0; flag < NameLexicon.FlagCount; flag++)
        {
            if ((flags & (1 << flag)) == 0)
            {
                continue;
            }
            for (var k = first; k <= last; k++)
            {
                var at = (k * NameLexicon.FlagCount) + flag;
                if (length[at] >= len)
                {
                    continue;
                }
                length[at] = len;
                code[at] = (byte)(len == 1 ? 4 : k == first ? 1 : k == last ? 3 : 2);
            }
        }
    }

    private ref struct Slots(DocumentFeatures features, int token, int bits, int count)
    {
        private readonly Span<int> _ids = features.Ids.AsSpan(token * DocumentFeatures.Stride, DocumentFeatures.Stride);

        public int Count { get; private set; } = count;

        public void Add(ulong template, ulong value)
        {
            if (Count < _ids.Length)
            {
                _ids[Count++] = (int)(TextHash.Combine(template + 1, value) >> (64 - bits));
            }
        }
    }
}
