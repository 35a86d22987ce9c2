using System.Numerics;
using System.Runtime.CompilerServices;

namespace Chronicle.Recognizers.Places;

/// <summary>
/// The name index: every name key (see <see cref="NameKey"/>) in one UTF-8 pool, each with a contiguous run
/// of entry indices. The hash table over the pool is built at load (a few milliseconds: no strings made);
/// read-only afterwards, so safe to share between threads.
/// </summary>
internal sealed class NameIndex
{
    private readonly byte[] keys;
    private readonly int[] keyStarts;
    private readonly int[] postingStarts;
    private readonly int[] postings;
    private readonly int[] table;
    private readonly int mask;

    // Fully optimised at once: it runs once per process, so tiered compilation would leave it in slow code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public NameIndex(byte[] keys, int[] keyStarts, int[] postingStarts, int[] postings)
    {
        this.keys = keys;
        this.keyStarts = keyStarts;
        this.postingStarts = postingStarts;
        this.postings = postings;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, Count * 2));
        table = new int[size];
        mask = size - 1;
        for (var k = 0; k < Count; k++)
        {
            var slot = (int)NameKey.Hash(Key(k)) & mask;
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = k + 1;
        }
    }

    public int Count => keyStarts.Length - 1;

    public ReadOnlySpan<int> Find(ReadOnlySpan<char> name)
    {
        Span<byte> key = stackalloc byte[NameKey.MaxBytes];
        var length = NameKey.Fold(name, key);
        if (length <= 0)
        {
            return [];
        }

        key = key[..length];
        var slot = (int)NameKey.Hash(key) & mask;
        while (table[slot] is var k and not 0)
        {
            if (Key(k - 1).SequenceEqual(key))
            {
                return postings.AsSpan(postingStarts[k - 1], postingStarts[k] - postingStarts[k - 1]);
            }

            slot = (slot + 1) & mask;
        }

        return [];
    }

    private ReadOnlySpan<byte> Key(int k) => keys.AsSpan(keyStarts[k], keyStarts[k + 1] - keyStarts[k]);
}
