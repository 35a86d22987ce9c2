using System.Text.Json;
using Chronicle.Testing;

namespace Chronicle.Events.Tests;

/// <summary>The seed articles through the real pipeline: every required event of the gold is found.</summary>
public sealed class SeedTests
{
    [Fact]
    public void Every_required_seed_event_has_an_event_of_its_type_in_its_sentence()
    {
        var gold = RepositoryPaths.SharedOrSkip("gold", "seeds");
        var seeds = RepositoryPaths.SharedOrSkip("seeds");
        var missing = new List<string>();
        foreach (var file in Directory.GetFiles(gold, "0*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var name = json.RootElement.GetProperty("doc").GetString()!;
            var read = Chronicle.Ingest.Readers.PlainTextReader.Parse(Path.Combine(seeds, name), File.ReadAllText(Path.Combine(seeds, name)));
            var document = read.ShouldBeOfType<Chronicle.Ingest.DocumentRead>().Document;
            var run = Coded.Run(document.Text, document.Published);
            foreach (var g in json.RootElement.GetProperty("events").EnumerateArray())
            {
                if (!g.GetProperty("required").GetBoolean())
                {
                    continue;
                }

                var type = Enum.Parse<PloverType>(g.GetProperty("type").GetString()!, ignoreCase: true);
                var needle = g.GetProperty("evidence_contains").GetString()!;
                var at = run.Text.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
                // The sentence as score_articles.py cuts it: from the last ". " or line break before to the next after.
                var left = Math.Max(run.Text.LastIndexOf(". ", Math.Max(at, 0), StringComparison.Ordinal), run.Text.LastIndexOf('\n', Math.Max(at, 0)));
                var right = run.Text.IndexOfAny(['\n'], Math.Max(at, 0)) is var r and >= 0 ? r : run.Text.Length;
                var period = run.Text.IndexOf(". ", Math.Max(at, 0), StringComparison.Ordinal);
                var sentence = new TextSpan(left + 1, period >= 0 ? Math.Min(period + 1, right) : right);
                if (at < 0 || !run.Events.Any(e => e.Type == type && (e.Evidence.Overlaps(sentence) || e.Trigger.Overlaps(sentence))))
                {
                    missing.Add($"{name} {g.GetProperty("id").GetString()}");
                }
            }
        }

        missing.ShouldBeEmpty(string.Join(", ", missing));
    }
}
