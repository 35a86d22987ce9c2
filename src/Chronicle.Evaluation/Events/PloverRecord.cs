using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Chronicle.Evaluation.Events;

/// <summary>One PLOVER gold standard record: a sentence, its publication date, its event type and the actors' countries.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Type">The PLOVER type, old names mapped to the current ones.</param>
/// <param name="GoldName">The name in the file (<c>DEMAND</c> for a REQUEST).</param>
/// <param name="Text">The sentence.</param>
/// <param name="Date">The publication date.</param>
/// <param name="SourceCountries">The sources' countries (ISO alpha-2); empty when none is a country (IGO, NGO).</param>
/// <param name="TargetCountries">The targets' countries (ISO alpha-2).</param>
public sealed record PloverRecord(
    string Id, PloverType Type, string GoldName, string Text, DateOnly? Date,
    ImmutableArray<string> SourceCountries, ImmutableArray<string> TargetCountries)
{
    /// <summary>Names of the 2016 gold file that PLOVER has since renamed or merged.</summary>
    public static IReadOnlyDictionary<string, PloverType> OldNames { get; } = new Dictionary<string, PloverType>(StringComparer.Ordinal)
    {
        ["DEMAND"] = PloverType.Request, ["DISAPPROVE"] = PloverType.Accuse, ["FIGHT"] = PloverType.Assault, ["INVESTIGATE"] = PloverType.Accuse,
    };

    // CAMEO's own country codes where they differ from ISO 3166 (the file was made from the CAMEO manual).
    private static readonly Dictionary<string, string> CameoCodes = new(StringComparer.Ordinal) { ["JAP"] = "JPN", ["ITL"] = "ITA" };

    /// <summary>Reads the file's records, leaving out its DOCUMENT records.</summary>
    /// <param name="path">PLOVER_GSR_CAMEO.txt: a JSON list.</param>
    /// <param name="alpha2">ISO alpha-3 → alpha-2, null for codes that are no country.</param>
    public static IReadOnlyList<PloverRecord> Read(string path, Func<string, string?> alpha2)
    {
        ArgumentNullException.ThrowIfNull(alpha2);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var records = new List<PloverRecord>();
        foreach (var r in json.RootElement.EnumerateArray())
        {
            var name = Py.Str(Py.Get(r, "event"));
            if (name == "DOCUMENT" || Py.String(Py.Get(r, "text")) is not { Length: > 0 } text)
            {
                continue;
            }

            var type = OldNames.TryGetValue(name, out var renamed) ? renamed
                : Enum.Parse<PloverType>(name, ignoreCase: true);
            var date = DateOnly.TryParseExact(Py.String(Py.Get(r, "date")), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : (DateOnly?)null;
            records.Add(new PloverRecord(Py.Str(Py.Get(r, "id")), type, name, text, date,
                Countries(Py.Get(r, "source"), alpha2), Countries(Py.Get(r, "target"), alpha2)));
        }

        return records;
    }

    private static ImmutableArray<string> Countries(JsonElement? actors, Func<string, string?> alpha2) =>
        [.. Py.List(actors)
            .Select(a => Py.String(Py.Get(a, "code")))
            .OfType<string>()
            .Select(code => alpha2(CameoCodes.GetValueOrDefault(code, code)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];
}
