using System.Globalization;
using System.IO.Compression;

/// <summary>
/// Writes data/coref/wordnet-events.tsv.gz from WordNet 3.0 (/usr/share/wordnet of the wordnet-base package): every
/// verb and every noun with a sense among acts, events or processes; each with the synsets of its first three senses
/// plus their derivationally related synsets, and the direct hypernyms of those senses. Synsets are renumbered in
/// order of first use, so the file is the same on every run.
/// </summary>
internal static class WordNetExtract
{
    private const int Senses = 3;

    public static void Write(string wordnet, string output)
    {
        var data = new Dictionary<string, (int LexFile, List<string> Hypernyms, List<string> Derived)>(StringComparer.Ordinal);
        foreach (var pos in new[] { "verb", "noun" })
        {
            foreach (var line in File.ReadLines(Path.Combine(wordnet, "data." + pos)).Where(l => !l.StartsWith(' ')))
            {
                var f = line.Split(' ');
                var key = pos[0] + f[0];
                var lexFile = int.Parse(f[1], CultureInfo.InvariantCulture);
                var wordCount = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var at = 4 + (2 * wordCount);
                var pointers = int.Parse(f[at], CultureInfo.InvariantCulture);
                var hypernyms = new List<string>();
                var derived = new List<string>();
                for (var p = 0; p < pointers; p++)
                {
                    var symbol = f[at + 1 + (4 * p)];
                    var target = f[at + 3 + (4 * p)][0] + f[at + 2 + (4 * p)];
                    if (symbol is "@" or "@i")
                    {
                        hypernyms.Add(target);
                    }
                    else if (symbol == "+" && target[0] is 'v' or 'n')
                    {
                        derived.Add(target);
                    }
                }
                data[key] = (lexFile, hypernyms, derived);
            }
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        string Id(string synset) => ids.TryGetValue(synset, out var id) ? id.ToString(CultureInfo.InvariantCulture)
            : (ids[synset] = ids.Count).ToString(CultureInfo.InvariantCulture);
        var lines = new SortedDictionary<string, (SortedSet<string> Synsets, SortedSet<string> Hypernyms)>(StringComparer.Ordinal);
        foreach (var pos in new[] { "verb", "noun" })
        {
            foreach (var line in File.ReadLines(Path.Combine(wordnet, "index." + pos)).Where(l => !l.StartsWith(' ')))
            {
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var senseCount = int.Parse(f[2], CultureInfo.InvariantCulture);
                var first = f.Skip(f.Length - senseCount).Take(Senses).Select(o => pos[0] + o).ToList();
                // Nouns of acts (4), events (11) and processes (22) name events; other nouns are left out.
                if (pos == "noun" && !first.Any(s => data[s].LexFile is 4 or 11 or 22))
                {
                    continue;
                }
                if (!lines.TryGetValue(f[0], out var entry))
                {
                    lines[f[0]] = entry = (new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
                }
                foreach (var s in first)
                {
                    entry.Synsets.Add(s);
                    entry.Synsets.UnionWith(data[s].Derived);
                    entry.Hypernyms.UnionWith(data[s].Hypernyms);
                }
            }
        }

        using var writer = new StreamWriter(new GZipStream(File.Create(output), CompressionLevel.SmallestSize)) { NewLine = "\n" };
        foreach (var (word, (synsets, hypernyms)) in lines)
        {
            writer.WriteLine($"w\t{word}\t{string.Join(',', synsets.Select(Id))}\t{string.Join(',', hypernyms.Select(Id))}");
        }
        foreach (var pos in new[] { "verb", "noun" })
        {
            foreach (var line in File.ReadLines(Path.Combine(wordnet, pos + ".exc")).Order(StringComparer.Ordinal))
            {
                var f = line.Split(' ');
                writer.WriteLine($"x\t{f[0]}\t{f[1]}");
            }
        }
    }
}
