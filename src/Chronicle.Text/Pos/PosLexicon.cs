using System.Collections.Frozen;
using System.Collections.Immutable;
using System.IO.Compression;

namespace Chronicle.Text.Pos;

/// <summary>
/// The tags a word form may take by a lexicon (data/pos/lexicon.tsv.gz: verb forms and agent nouns from PETRARCH2's
/// dictionaries), keyed by the hash of the lower-cased word as <see cref="WordFeatures"/> computes it. A word the tagged
/// corpus never saw still has its ambiguity class (past form, base form, -ing form...), which the model learned to read
/// on the words it did see. The model file stores the lexicon, so that run time sees what training saw.
/// </summary>
public static class PosLexicon
{
    /// <summary>The tags the lexicon may give, one bit each in the order of the array.</summary>
    public static ImmutableArray<string> Tags { get; } = ["NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBZ"];

    /// <summary>No lexicon: every word's ambiguity class is "none".</summary>
    public static FrozenDictionary<ulong, byte> None { get; } = FrozenDictionary<ulong, byte>.Empty;

    /// <summary>Reads a gzip file of lines "word TAB tag tag ...".</summary>
    public static FrozenDictionary<ulong, byte> Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return Parse(ReadLines(reader));
    }

    /// <summary>The ambiguity class (a bit per tag of <see cref="Tags"/>) of each word of lines "word TAB tag tag ...".</summary>
    public static FrozenDictionary<ulong, byte> Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var classes = new Dictionary<ulong, byte>();
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            byte mask = 0;
            foreach (var tag in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var bit = Tags.IndexOf(tag);
                mask |= bit >= 0 ? (byte)(1 << bit) : (byte)0;
            }

            var key = WordFeatures.Of(line.AsSpan(0, tab)).Lower;
            classes[key] = (byte)(classes.GetValueOrDefault(key) | mask);
        }

        return classes.ToFrozenDictionary();
    }

    private static IEnumerable<string> ReadLines(StreamReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
