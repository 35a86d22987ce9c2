using System.Globalization;
using System.Text.Json;
using Chronicle.Recognizers.Times;

namespace Chronicle.Recognizers.Tests;

/// <summary>Runs every case of <c>tests/specs/times.json</c> (inputs written for these tests).</summary>
public sealed class TimeSpecTests
{
    private static readonly TimeRecognizer Recognizer = new();

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        using var json = JsonDocument.Parse(File.ReadAllText(SpecPath()));
        var index = 0;
        foreach (var item in json.RootElement.EnumerateArray())
        {
            data.Add(index++, item.GetProperty("input").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_finds_the_expected_times(int index, string input)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SpecPath()));
        var item = json.RootElement[index];
        var published = item.GetProperty("published").ValueKind == JsonValueKind.Null
            ? (DateOnly?)null
            : DateOnly.ParseExact(item.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var found = Recognizer.Find(input, published)
            .Select(m => $"{m.Span.Of(input)} | {m.Type.ToString().ToUpperInvariant()} | {m.Value}").ToArray();

        var expected = item.GetProperty("expect").EnumerateArray()
            .Select(e => $"{e.GetProperty("text").GetString()} | {e.GetProperty("type").GetString()} | {e.GetProperty("value").GetString()}").ToArray();
        found.ShouldBe(expected);
    }

    private static string SpecPath() => Path.Combine(Chronicle.Testing.RepositoryPaths.Root, "tests", "specs", "times.json");
}
