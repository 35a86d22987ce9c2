using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;

namespace Chronicle.Recognizers.Places;

/// <summary>
/// The place names Chronicle resolves against: countries, first-level divisions and GeoNames populated
/// places, with a case-insensitive name index over main and alternate names. Loaded once, immutable.
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, int[]> names;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> nameLookup;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> demonymLookup;
    private readonly FrozenDictionary<string, int> countries;

    private Gazetteer(ImmutableArray<GazetteerEntry> entries, FrozenDictionary<string, int[]> names,
        FrozenDictionary<string, string> demonyms, FrozenDictionary<string, int> countries, string version)
    {
        Entries = entries;
        this.names = names;
        nameLookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        demonymLookup = demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        this.countries = countries;
        Version = version;
    }

    /// <summary>All entries; indices into this array are what <see cref="Find"/> returns.</summary>
    public ImmutableArray<GazetteerEntry> Entries { get; }

    /// <summary>The data version: the file's size and the count of entries.</summary>
    public string Version { get; }

    /// <summary>Indices of the entries called <paramref name="name"/> (any case), or empty.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> name) =>
        nameLookup.TryGetValue(name, out var found) ? found : [];

    /// <summary>Whether any entry is called <paramref name="name"/>.</summary>
    public bool Contains(ReadOnlySpan<char> name) => nameLookup.ContainsKey(name);

    /// <summary>The country (alpha-2) whose demonym is <paramref name="word"/> (<c>Iranian</c> → IR), or null.</summary>
    public string? CountryOfDemonym(ReadOnlySpan<char> word) =>
        demonymLookup.TryGetValue(word, out var country) ? country
        : word.Length > 4 && word[^1] == 's' && demonymLookup.TryGetValue(word[..^1], out country) ? country
        : null;

    /// <summary>The country entry for an alpha-2 code, or null.</summary>
    public GazetteerEntry? Country(string code) =>
        countries.TryGetValue(code, out var index) ? Entries[index] : null;

    /// <summary>The number of distinct names in the index.</summary>
    public int NameCount => names.Count;

    /// <summary>Reads <c>places.tsv.gz</c> as written by <c>tools/BuildGazetteer</c>.</summary>
    public static Gazetteer Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var entries = ImmutableArray.CreateBuilder<GazetteerEntry>(210_000);
        var index = new Dictionary<string, List<int>>(600_000, StringComparer.OrdinalIgnoreCase);
        var demonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            var precision = f[0] switch { "C" or "R" => GeoPrecision.Country, "A" => GeoPrecision.Admin1, _ => GeoPrecision.City };
            var at = entries.Count;
            entries.Add(new GazetteerEntry(
                long.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3], f[4],
                double.Parse(f[5], CultureInfo.InvariantCulture), double.Parse(f[6], CultureInfo.InvariantCulture),
                long.Parse(f[7], CultureInfo.InvariantCulture), f[8], precision));
            AddName(index, f[2], at);
            foreach (var name in f[9].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                AddName(index, name, at);
            }

            if (f[0] == "C")
            {
                countries[f[3]] = at;
                foreach (var demonym in f[10].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    // `American` is said of the United States more than of American Samoa: the larger country wins.
                    if (!demonyms.TryGetValue(demonym, out var other) || entries[countries[other]].Population < entries[at].Population)
                    {
                        demonyms[demonym] = f[3];
                    }
                }
            }
        }

        var frozen = index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        var version = string.Create(CultureInfo.InvariantCulture, $"gazetteer-{entries.Count}-{new FileInfo(path).Length}");
        return new Gazetteer(entries.ToImmutable(), frozen, demonyms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            countries.ToFrozenDictionary(StringComparer.Ordinal), version);
    }

    private static void AddName(Dictionary<string, List<int>> index, string name, int at)
    {
        if (!index.TryGetValue(name, out var list))
        {
            index[name] = list = new List<int>(1);
        }

        if (list.Count == 0 || list[^1] != at)
        {
            list.Add(at);
        }
    }
}
