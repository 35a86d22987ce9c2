using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Chronicle.Events.Coding;

/// <summary>
/// The PLOVER → ACLED and PLOVER → CAMEO tables of <c>data/mappings</c>, ACLED's taxonomy with its disorder types,
/// ACLED's actor interaction codes and the country table. Loaded once, immutable, shared by every thread.
/// </summary>
public sealed class EventCodeMappings
{
    private readonly ImmutableArray<AcledRule> _acled;
    private readonly ImmutableArray<(PloverType Type, string Mode, string Cameo)> _cameo;
    private readonly FrozenDictionary<AcledType, string> _disorder;
    private readonly ImmutableArray<(int Code, string[] Stems)> _inter;

    private EventCodeMappings(
        ImmutableArray<AcledRule> acled, ImmutableArray<(PloverType, string, string)> cameo,
        FrozenDictionary<AcledType, string> disorder, ImmutableArray<(int, string[])> inter, CountryTable countries)
    {
        _acled = acled;
        _cameo = cameo;
        _disorder = disorder;
        _inter = inter;
        Countries = countries;
    }

    /// <summary>Countries by ISO code.</summary>
    public CountryTable Countries { get; }

    /// <summary>Every ACLED event type and sub-event type in ACLED's codebook.</summary>
    public IReadOnlyCollection<AcledType> AcledTypes => _disorder.Keys;

    /// <summary>Every ACLED type the PLOVER table can give.</summary>
    public IEnumerable<AcledType> MappedAcledTypes => _acled.Select(r => r.Result).OfType<AcledType>().Distinct();

    /// <summary>Reads the tables from <paramref name="directory"/> (<c>data/mappings</c>).</summary>
    public static EventCodeMappings Load(string directory)
    {
        var acled = MappingTable.Rows(Path.Combine(directory, "acled.tsv"), 5)
            .Select(f => new AcledRule(
                ParseType(f[0]), f[1], f[2] == "*" ? [] : f[2].Split('|'), f[3] == "-" ? null : new AcledType(f[3], f[4])))
            .ToImmutableArray();
        var cameo = MappingTable.Rows(Path.Combine(directory, "cameo.tsv"), 3)
            .Select(f => (ParseType(f[0]), f[1], f[2]))
            .ToImmutableArray();
        var disorder = MappingTable.Rows(Path.Combine(directory, "acled-types.tsv"), 3)
            .ToFrozenDictionary(f => new AcledType(f[0], f[1]), f => f[2]);
        var inter = MappingTable.Rows(Path.Combine(directory, "acled-inter.tsv"), 2)
            .Select(f => (int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture), f[1].Split('|')))
            .ToImmutableArray();
        return new EventCodeMappings(acled, cameo, disorder, inter, CountryTable.Load(Path.Combine(directory, "countries.tsv")));
    }

    /// <summary>ACLED's type for a PLOVER type, mode and trigger text, or null when ACLED codes no such event.</summary>
    public AcledType? Acled(PloverType type, string? mode, ReadOnlySpan<char> trigger)
    {
        foreach (var rule in _acled)
        {
            if (rule.Fits(type, mode, trigger))
            {
                return rule.Result;
            }
        }

        return null;
    }

    /// <summary>The CAMEO root code (two digits) for a PLOVER type and mode.</summary>
    public string Cameo(PloverType type, string? mode)
    {
        foreach (var (t, m, code) in _cameo)
        {
            if (t == type && (m == AcledRule.AnyMode || string.Equals(m, mode, StringComparison.OrdinalIgnoreCase)))
            {
                return code;
            }
        }

        throw new InvalidOperationException($"cameo.tsv has no row for {type}.");
    }

    /// <summary>ACLED's disorder type of an event type and sub-event type, or null when ACLED has no such pair.</summary>
    public string? DisorderType(AcledType type) => _disorder.GetValueOrDefault(type);

    /// <summary>ACLED's interaction code (1 state forces … 8 external) from an actor's name, or null when no word says.</summary>
    public int? Inter(ReadOnlySpan<char> actor)
    {
        foreach (var (code, stems) in _inter)
        {
            if (MappingTable.StartsAWord(actor, stems))
            {
                return code;
            }
        }

        return null;
    }

    private static PloverType ParseType(string name) =>
        Enum.TryParse<PloverType>(name, ignoreCase: true, out var type) ? type : throw new InvalidDataException($"Not a PLOVER type: {name}");
}
