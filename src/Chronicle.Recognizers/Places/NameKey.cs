using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Chronicle.Recognizers.Places;

/// <summary>
/// The form a name is indexed under: upper-cased (invariant, as OrdinalIgnoreCase compares) and encoded
/// in UTF-8, so the gazetteer's keys are one byte pool compared with spans and never turned into strings.
/// </summary>
internal static class NameKey
{
    /// <summary>Longest name indexed, in UTF-16 units; longer phrases are no place name.</summary>
    public const int MaxChars = 96;

    /// <summary>Bytes one folded name can take.</summary>
    public const int MaxBytes = MaxChars * 3;

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="key"/>; -1 when it is too long.</summary>
    public static int Fold(ReadOnlySpan<char> name, Span<byte> key)
    {
        if (name.Length > MaxChars || name.IsEmpty)
        {
            return -1;
        }

        Span<char> upper = stackalloc char[name.Length];
        name.ToUpperInvariant(upper);
        return Encoding.UTF8.GetBytes(upper[..SingleSpaced(upper)], key);
    }

    // `the United\nStates` in hard-wrapped copy is the name `United States`: every run of white space becomes one space, in
    // place; returns the new length.
    private static int SingleSpaced(Span<char> name)
    {
        if (!name.ContainsAny(Breaks))
        {
            return name.Length;
        }

        var length = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (!char.IsWhiteSpace(name[i]))
            {
                name[length++] = name[i];
            }
            else if (length > 0 && name[length - 1] != ' ')
            {
                name[length++] = ' ';
            }
        }

        return length;
    }

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("\n\r\t\u00a0");

    /// <summary>The key as a byte array (for the writer).</summary>
    public static byte[]? Of(string name)
    {
        Span<byte> key = stackalloc byte[MaxBytes];
        var length = Fold(name, key);
        return length <= 0 ? null : key[..length].ToArray();
    }

    /// <summary>A fast hash over the key's bytes, eight at a time; only used in-process, so it need not be stable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint Hash(ReadOnlySpan<byte> key)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        while (key.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xFF51AFD7ED558CCDUL, 29);
            key = key[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < key.Length; i++)
        {
            tail |= (ulong)key[i] << (8 * i);
        }

        h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
        return (uint)(h ^ (h >> 32));
    }
}
