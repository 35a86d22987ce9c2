using System.Collections.Frozen;
using System.Text.Json;

namespace Chronicle.Evaluation.Events;

/// <summary>The script's <c>QUALIFIER</c> and <c>TYPE</c> tables: the spellings it accepts for a count's qualifier and a name's type.</summary>
internal static class Qualifiers
{
    private static readonly FrozenDictionary<string, string> Spellings = new Dictionary<string, string>
    {
        ["exact"] = "exact", ["approx"] = "approx", ["about"] = "approx", ["approximately"] = "approx", ["nearly"] = "approx",
        ["at_least"] = "at_least", ["min"] = "at_least", ["more_than"] = "at_least", ["over"] = "at_least",
        ["at_most"] = "at_most", ["max"] = "at_most", ["up_to"] = "at_most", ["less_than"] = "at_most", ["range"] = "range",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>
    {
        ["PER"] = "PERSON", ["PERSON"] = "PERSON", ["ORG"] = "ORG", ["ORGANIZATION"] = "ORG", ["GPE"] = "GPE", ["LOC"] = "LOC",
        ["LOCATION"] = "LOC", ["NORP"] = "NORP", ["MISC"] = "NORP", ["FAC"] = "LOC",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The qualifier a system's spelling means, or null.</summary>
    public static string? Of(JsonElement? qualifier) => Spellings.GetValueOrDefault(Py.Str(qualifier).ToLowerInvariant());

    /// <summary>The entity type a system's spelling means, or null.</summary>
    public static string? TypeOf(JsonElement? type) => Types.GetValueOrDefault(Py.Str(type).ToUpperInvariant());
}
