using System.Buffers;

namespace Chronicle.Recognizers.Names;

/// <summary>Per-token hashes and shape facts, computed once per document and read by every feature template.</summary>
internal sealed class TokenFacts
{
    public const int Caps = 1, Title = 2, AllCaps = 4, HasDigit = 8, HasLower = 16, HasUpper = 32, HasLetter = 64, Punct = 128;

    public TokenFacts(int capacity)
    {
        Exact = new ulong[capacity];
        Folded = new ulong[capacity];
        Shape = new ulong[capacity];
        ShortShape = new ulong[capacity];
        Bits = new int[capacity];
        Length = new int[capacity];
        Info = new WordInfo[capacity];
        WordId = new int[capacity];
    }

    /// <summary>Each token's word (folded form) numbered within the document: 0 to <see cref="DistinctWords"/> - 1.</summary>
    public int[] WordId { get; }

    /// <summary>Number of distinct folded words.</summary>
    public int DistinctWords { get; private set; }

    /// <summary>
    /// Numbers the distinct folded words of the first <paramref name="n"/> tokens, so that counts per word are array
    /// slots rather than dictionary entries.
    /// </summary>
    public void NumberWords(int n)
    {
        var size = 16;
        while (size < n * 2)
        {
            size <<= 1;
        }
        var mask = size - 1;
        var keys = ArrayPool<ulong>.Shared.Rent(size);
        var ids = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(ids, 0, size);
        var distinct = 0;
        for (var i = 0; i < n; i++)
        {
            var key = Folded[i];
            var at = (int)(key >> 40) & mask;
            while (ids[at] != 0 && keys[at] != key)
            {
                at = (at + 1) & mask;
            }
            if (ids[at] == 0)
            {
                keys[at] = key;
                ids[at] = ++distinct;
            }
            WordId[i] = ids[at] - 1;
        }
        ArrayPool<ulong>.Shared.Return(keys);
        ArrayPool<int>.Shared.Return(ids);
        DistinctWords = distinct;
    }

    public WordInfo[] Info { get; }

    public ulong[] Exact { get; }
    public ulong[] Folded { get; }
    public ulong[] Shape { get; }
    public ulong[] ShortShape { get; }
    public int[] Bits { get; }
    public int[] Length { get; }

    public void Fill(int i, ReadOnlySpan<char> word)
    {
        Exact[i] = TextHash.Exact(word);
        Folded[i] = TextHash.Folded(word);
        Length[i] = word.Length;
        ulong shape = 14695981039346656037UL, shortShape = shape;
        char last = '\0';
        var run = 0;
        var bits = 0;
        foreach (var c in word)
        {
            char s;
            if (char.IsUpper(c))
            {
                s = 'X';
                bits |= HasUpper | HasLetter;
            }
            else if (char.IsLower(c))
            {
                s = 'x';
                bits |= HasLower | HasLetter;
            }
            else if (char.IsDigit(c))
            {
                s = 'd';
                bits |= HasDigit;
            }
            else
            {
                s = char.IsLetter(c) ? 'x' : c;
            }
            run = s == last ? run + 1 : 1;
            if (run <= 3)
            {
                shape = (shape ^ s) * 1099511628211UL;
            }
            if (run == 1)
            {
                shortShape = (shortShape ^ s) * 1099511628211UL;
            }
            last = s;
        }
        if (word.Length > 0 && char.IsUpper(word[0]))
        {
            bits |= Caps;
            bits |= (bits & HasLower) != 0 ? Title : 0;
        }
        if ((bits & HasUpper) != 0 && (bits & HasLower) == 0)
        {
            bits |= AllCaps;
        }
        if ((bits & (HasLetter | HasDigit)) == 0)
        {
            bits |= Punct;
        }
        Bits[i] = bits;
        Shape[i] = TextHash.Mix(shape);
        ShortShape[i] = TextHash.Mix(shortShape);
    }
}
