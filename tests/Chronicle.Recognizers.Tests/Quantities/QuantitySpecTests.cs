using System.Globalization;
using System.Text.Json;
using Chronicle.Recognizers.Quantities;

namespace Chronicle.Recognizers.Tests.Quantities;

/// <summary>Runs every case of <c>tests/specs/quantities.json</c>: the quantities found must be exactly the expected ones.</summary>
public sealed class QuantitySpecTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var spec in Specs())
        {
            data.Add(spec.GetProperty("input").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Finds_exactly_the_expected_quantities(string input)
    {
        var spec = Specs().Single(s => s.GetProperty("input").GetString() == input);
        var expected = spec.GetProperty("expect").EnumerateArray().Select(Describe).ToArray();

        var found = Recognizer.Recognize(input).Select(q => Describe(q, input)).ToArray();

        found.ShouldBe(expected);
    }

    private static JsonElement[] Specs()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("tests", "specs", "quantities.json")));
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    private static string Describe(JsonElement e) => Format(
        e.GetProperty("text").GetString()!, e.GetProperty("value").GetDecimal(), Number(e, "low"), Number(e, "high"),
        e.GetProperty("qualifier").GetString()!, e.GetProperty("unit").ValueKind == JsonValueKind.Null ? null : e.GetProperty("unit").GetString());

    private static string Describe(Quantity q, string input) =>
        Format(q.Span.Of(input), q.Value, q.Low, q.High, QualifierName(q.Qualifier), q.Unit);

    private static decimal? Number(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDecimal();

    private static string QualifierName(Qualifier qualifier) => qualifier switch
    {
        Qualifier.AtLeast => "at_least",
        Qualifier.AtMost => "at_most",
        _ => qualifier.ToString().ToLowerInvariant(),
    };

    // decimal 12 and 12.0 print differently; format without trailing zeros so the comparison is by value.
    private static string Format(string text, decimal value, decimal? low, decimal? high, string qualifier, string? unit) =>
        $"'{text}' value={N(value)} low={N(low)} high={N(high)} {qualifier} unit={unit}";

    private static string N(decimal? value) => value?.ToString("0.############################", CultureInfo.InvariantCulture) ?? "null";
}
