using System.Globalization;
using System.Text.Json;

namespace Chronicle.Evaluation.Events;

/// <summary>
/// Reads JSON the way <c>score_articles.py</c> does with Python dicts: a missing key and a JSON null are both
/// <c>None</c>, <c>str()</c> of a value, <c>float()</c> of a number or numeric string, truthiness.
/// </summary>
internal static class Py
{
    /// <summary><c>d.get(key)</c>: the value, or null when <paramref name="value"/> is not an object, the key is absent or null.</summary>
    public static JsonElement? Get(JsonElement? value, string key) =>
        value is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    /// <summary>The string, when the value is one.</summary>
    public static string? String(JsonElement? value) => value is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    /// <summary>Python's <c>str(value)</c>.</summary>
    public static string Str(JsonElement? value) => value switch
    {
        null => "None",
        { ValueKind: JsonValueKind.String } s => s.GetString()!,
        { ValueKind: JsonValueKind.True } => "True",
        { ValueKind: JsonValueKind.False } => "False",
        { } other => other.GetRawText(),
    };

    /// <summary>The script's <c>_num</c>: <c>float(v)</c>, or null when that fails.</summary>
    public static double? Num(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } n => n.GetDouble(),
        { ValueKind: JsonValueKind.String } s when double.TryParse(s.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        { ValueKind: JsonValueKind.True } => 1,
        { ValueKind: JsonValueKind.False } => 0,
        _ => null,
    };

    /// <summary><c>value or []</c> for a list.</summary>
    public static IEnumerable<JsonElement> List(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : [];

    /// <summary>Python truthiness of a JSON value.</summary>
    public static bool Truthy(JsonElement? value) => value switch
    {
        null => false,
        { ValueKind: JsonValueKind.String } s => s.GetString()!.Length > 0,
        { ValueKind: JsonValueKind.Array } a => a.GetArrayLength() > 0,
        { ValueKind: JsonValueKind.Object } o => o.EnumerateObject().Any(),
        { ValueKind: JsonValueKind.Number } n => n.GetDouble() != 0,
        { ValueKind: JsonValueKind.True } => true,
        _ => false,
    };

    /// <summary>The script's <c>span(m)</c>: <c>(int(start), int(end))</c>, or null.</summary>
    public static (int Start, int End)? Span(JsonElement? m)
    {
        var start = Num(Get(m, "start"));
        var end = Num(Get(m, "end"));
        return start is { } s && end is { } e ? ((int)s, (int)e) : null;
    }

    /// <summary><c>str(value).upper() == want</c>: a lower-case gold value never matches, as in the script.</summary>
    public static bool Upper(JsonElement? value, string want) => string.Equals(Str(value).ToUpperInvariant(), want, StringComparison.Ordinal);
}
