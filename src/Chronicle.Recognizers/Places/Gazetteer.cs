using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Chronicle.Recognizers.Places;

/// <summary>
/// The place names Chronicle resolves against: continents, countries, first-level divisions, US counties and
/// GeoNames populated places, with a case-insensitive name index over main and alternate names. Loaded once
/// from the binary file <c>tools/BuildGazetteer</c> writes; immutable to its users.
/// </summary>
/// <remarks>
/// Entries are made into <see cref="GazetteerEntry"/> objects only when first asked for: an article touches
/// a few hundred of the 200,000, and making them all took longer than reading the file. The cache is filled
/// racily but safely (an entry is immutable, so two threads making the same one get equal values).
/// </remarks>
public sealed class Gazetteer
{
    private readonly GazetteerColumns columns;
    private readonly string[] codes;
    private readonly NameIndex index;
    private readonly GazetteerEntry?[] made;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> demonymLookup;
    private readonly Dictionary<string, int> countries;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Gazetteer(GazetteerData data, string version)
    {
        (columns, codes, index) = (data.Columns, data.Columns.Codes, data.Index);
        made = new GazetteerEntry?[columns.Count];
        var demonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var d = 0; d + 2 < data.Demonyms.Length; d += 3)
        {
            demonyms[Encoding.UTF8.GetString(columns.Names, data.Demonyms[d], data.Demonyms[d + 1])] = codes[data.Demonyms[d + 2]];
        }

        demonymLookup = demonyms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        countries = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns.Precision[i] == (byte)GeoPrecision.Country && columns.Country[i] != 0)
            {
                countries.TryAdd(codes[columns.Country[i]], i);
            }
        }

        Version = version;
    }

    /// <summary>The number of entries; valid indices for <see cref="Entry"/> are below it.</summary>
    public int Count => columns.Count;

    /// <summary>The data version: the count of entries and the file's size.</summary>
    public string Version { get; }

    /// <summary>The number of distinct names (any case) in the index.</summary>
    public int NameCount => index.Count;

    /// <summary>The entry at <paramref name="index"/>, as returned by <see cref="Find"/>.</summary>
    public GazetteerEntry Entry(int index) => made[index] ??= Make(index);

    /// <summary>Indices of the entries called <paramref name="name"/> (any case), or empty.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> name) => index.Find(name);

    /// <summary>Whether any entry is called <paramref name="name"/>.</summary>
    public bool Contains(ReadOnlySpan<char> name) => !index.Find(name).IsEmpty;

    /// <summary>
    /// Whether <paramref name="name"/> is the main name of a sea, gulf, strait, ocean or waterway (`waters.tsv`): a place
    /// with a point but no country, where ships are attacked and fleets sail.
    /// </summary>
    public bool IsWater(ReadOnlySpan<char> name)
    {
        foreach (var i in index.Find(name))
        {
            var entry = Entry(i);
            if (entry.Country.Length == 0 && entry.FeatureCode is "SEA" or "GULF" or "STRT" or "OCN" or "BAY" or "CNL" or "STM"
                && name.Equals(entry.Name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The country (alpha-2) whose demonym is <paramref name="word"/> (<c>Iranian</c> → IR), or null.</summary>
    public string? CountryOfDemonym(ReadOnlySpan<char> word) =>
        demonymLookup.TryGetValue(word, out var country) ? country
        : word.Length > 4 && word[^1] == 's' && demonymLookup.TryGetValue(word[..^1], out country) ? country
        : null;

    /// <summary>The country entry for an alpha-2 code, or null.</summary>
    public GazetteerEntry? Country(string code) =>
        code is not null && countries.TryGetValue(code, out var at) ? Entry(at) : null;

    /// <summary>Reads <c>places.bin.gz</c> as written by <see cref="GazetteerFile.Write"/>.</summary>
    public static Gazetteer Load(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var data = GazetteerFile.Read(file);
        return new Gazetteer(data, string.Create(CultureInfo.InvariantCulture, $"gazetteer-{data.Columns.Count}-{file.Length}"));
    }

    private GazetteerEntry Make(int at)
    {
        var c = columns;
        return new GazetteerEntry(
            c.GeonameId[at], Encoding.UTF8.GetString(c.Names, c.NameStart[at], c.NameLength[at]), codes[c.Country[at]], codes[c.Admin1[at]],
            c.LatitudeE5[at] / 1e5, c.LongitudeE5[at] / 1e5, c.Population[at], codes[c.Feature[at]], (GeoPrecision)c.Precision[at]);
    }
}
