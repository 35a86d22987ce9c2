using System.Collections.Frozen;

namespace Chronicle.Events.Coding;

/// <summary>Countries by ISO 3166 alpha-2 and alpha-3 code, from <c>data/mappings/countries.tsv</c>.</summary>
public sealed class CountryTable
{
    private readonly FrozenDictionary<string, CountryCodes> _byCode;

    private CountryTable(IEnumerable<CountryCodes> countries)
    {
        var list = countries.ToList();
        _byCode = list.Select(c => KeyValuePair.Create(c.Alpha2, c))
            .Concat(list.Where(c => c.Alpha3.Length == 3).Select(c => KeyValuePair.Create(c.Alpha3, c)))
            .DistinctBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads the table.</summary>
    public static CountryTable Load(string path) =>
        new(MappingTable.Rows(path, 5).Select(f => new CountryCodes(f[0], f[1], f[2], f[3], f[4])));

    /// <summary>The country with this alpha-2 or alpha-3 code, or null.</summary>
    public CountryCodes? Find(string? code) =>
        code is not null && _byCode.TryGetValue(code, out var country) ? country : null;
}
