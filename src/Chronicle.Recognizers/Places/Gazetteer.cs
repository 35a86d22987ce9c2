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
    private readonly Postings names;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> demonymLookup;
    private readonly FrozenDictionary<string, int> countries;

    private Gazetteer(ImmutableArray<GazetteerEntry> entries, Postings names,
        FrozenDictionary<string, string> demonyms, FrozenDictionary<string, int> countries, string version)
    {
        Entries = entries;
        this.names = names;
        demonymLookup = demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        this.countries = countries;
        Version = version;
    }

    /// <summary>All entries; indices into this array are what <see cref="Find"/> returns.</summary>
    public ImmutableArray<GazetteerEntry> Entries { get; }

    /// <summary>The data version: the file's size and the count of entries.</summary>
    public string Version { get; }

    /// <summary>Indices of the entries called <paramref name="name"/> (any case), or empty.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> name) => names.Find(name);

    /// <summary>Whether any entry is called <paramref name="name"/>.</summary>
    public bool Contains(ReadOnlySpan<char> name) => !names.Find(name).IsEmpty;

    /// <summary>The country (alpha-2) whose demonym is <paramref name="word"/> (<c>Iranian</c> → IR), or null.</summary>
    public string? CountryOfDemonym(ReadOnlySpan<char> word) =>
        demonymLookup.TryGetValue(word, out var country) ? country
        : word.Length > 4 && word[^1] == 's' && demonymLookup.TryGetValue(word[..^1], out country) ? country
        : null;

    /// <summary>The country entry for an alpha-2 code, or null.</summary>
    public GazetteerEntry? Country(string code) =>
        countries.TryGetValue(code, out var index) ? Entries[index] : null;

    /// <summary>The number of distinct names in the index.</summary>
    public int NameCount => names.NameCount;

    /// <summary>Reads <c>places.tsv.gz</c> as written by <c>tools/BuildGazetteer</c>.</summary>
    public static Gazetteer Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, bufferSize: 1 << 16);
        var entries = ImmutableArray.CreateBuilder<GazetteerEntry>(210_000);
        var postings = new Postings();
        var demonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var codeLookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Range> f = stackalloc Range[12];
        while (reader.ReadLine() is { } text)
        {
            var line = text.AsSpan();
            if (line.IsEmpty || line[0] == '#' || line.Split(f, '\t') < 11)
            {
                continue;
            }

            var kind = line[f[0]];
            var precision = kind[0] switch { 'C' or 'R' => GeoPrecision.Country, 'A' => GeoPrecision.Admin1, _ => GeoPrecision.City };
            var at = entries.Count;
            var name = line[f[2]].ToString();
            var country = line[f[3]].ToString();
            entries.Add(new GazetteerEntry(
                long.Parse(line[f[1]], CultureInfo.InvariantCulture), name, country, Intern(codeLookup, line[f[4]]),
                double.Parse(line[f[5]], CultureInfo.InvariantCulture), double.Parse(line[f[6]], CultureInfo.InvariantCulture),
                long.Parse(line[f[7]], CultureInfo.InvariantCulture), Intern(codeLookup, line[f[8]]), precision));
            postings.Add(name, at);
            foreach (var range in line[f[9]].Split('|'))
            {
                var alternate = line[f[9]][range];
                if (!alternate.IsEmpty)
                {
                    postings.Add(alternate, at);
                }
            }

            if (kind[0] == 'C')
            {
                countries[country] = at;
                foreach (var range in line[f[10]].Split('|'))
                {
                    var demonym = line[f[10]][range].ToString();
                    // `American` is said of the United States more than of American Samoa: the larger country wins.
                    if (demonym.Length > 0
                        && (!demonyms.TryGetValue(demonym, out var other) || entries[countries[other]].Population < entries[at].Population))
                    {
                        demonyms[demonym] = country;
                    }
                }
            }
        }

        var version = string.Create(CultureInfo.InvariantCulture, $"gazetteer-{entries.Count}-{new FileInfo(path).Length}");
        postings.Seal();
        return new Gazetteer(entries.ToImmutable(), postings, demonyms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            countries.ToFrozenDictionary(StringComparer.Ordinal), version);
    }

    // Feature and admin1 codes repeat across 200,000 rows: one string each.
    private static string Intern(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> codes, ReadOnlySpan<char> code)
    {
        if (code.IsEmpty)
        {
            return "";
        }

        if (!codes.TryGetValue(code, out var known))
        {
            known = code.ToString();
            codes.Add(known);
        }

        return known;
    }
}
