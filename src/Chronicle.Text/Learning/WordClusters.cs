using System.IO.Compression;
using System.Text;

namespace Chronicle.Text.Learning;

/// <summary>
/// Word classes learned from unlabelled news (<c>data/clusters/clusters.tsv.gz</c>, built by <c>tools/BuildClusters</c>):
/// words of the same distribution share a class (<c>argued</c>, <c>insisted</c>, <c>warned</c>), so a tagger's
/// weight for a frequent word helps a rare one. Each word has a fine class and a coarse class. Loaded once and passed
/// to the taggers that use it; lookups take a span and allocate nothing.
/// </summary>
public sealed class WordClusters
{
    /// <summary>The longest word looked up; longer ones have no class.</summary>
    public const int MaxWordLength = 64;

    private readonly Dictionary<string, int> _classes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordClusters(Dictionary<string, int> classes, int fine, int coarse)
    {
        _classes = classes;
        _lookup = classes.GetAlternateLookup<ReadOnlySpan<char>>();
        Classes = fine;
        CoarseClasses = coarse;
    }

    /// <summary>How many fine classes there are (class ids are 0 to this minus one).</summary>
    public int Classes { get; }

    /// <summary>How many coarse classes there are.</summary>
    public int CoarseClasses { get; }

    /// <summary>How many words have a class.</summary>
    public int Count => _classes.Count;

    /// <summary>The words with their fine and coarse classes, in no particular order.</summary>
    public IEnumerable<(string Word, int Class, int Coarse)> Entries =>
        _classes.Select(p => (p.Key, p.Value & 0xFFFF, p.Value >> 16));

    /// <summary>Reads <c>clusters.tsv.gz</c> (word, class, coarse class per line).</summary>
    public static WordClusters Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    /// <summary>Reads a gzip stream of lines: word, tab, class, tab, coarse class.</summary>
    public static WordClusters Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        int fine = 0, coarse = 0;
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                throw new InvalidDataException("A cluster line is not word, class, coarse class: " + line);
            }
            var c = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            var r = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            classes[parts[0]] = c | (r << 16);
            fine = Math.Max(fine, c + 1);
            coarse = Math.Max(coarse, r + 1);
        }
        return new WordClusters(classes, fine, coarse);
    }

    /// <summary>The fine class of <paramref name="word"/> (any case), or -1 when it has none.</summary>
    public int ClassOf(ReadOnlySpan<char> word) => Packed(word) is var p and >= 0 ? p & 0xFFFF : -1;

    /// <summary>The coarse class of <paramref name="word"/> (any case), or -1 when it has none.</summary>
    public int CoarseClassOf(ReadOnlySpan<char> word) => Packed(word) is var p and >= 0 ? p >> 16 : -1;

    private int Packed(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxWordLength)
        {
            return -1;
        }
        // The clusters were learned on lower-cased text.
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _lookup.TryGetValue(lower, out var packed) ? packed : -1;
    }
}
