using System.Diagnostics;
using Chronicle.Evaluation.Events;
using Chronicle.Testing;

namespace Chronicle.Evaluation.Tests.Events;

public sealed class GoldFolderEvaluationTests : IDisposable
{
    // An invented article: a march, a police arrest, a mayor's criticism.
    private const string Text = "Farmers marched through Lyon on Monday. Police arrested at least 12 of them.\nThe mayor criticised the arrests.";

    private const string Gold = """
        {"doc": "lyon.txt", "published": "2024-03-08", "title": "Farmers march",
         "times": [{"text": "Monday", "value": "2024-03-04"}],
         "quantities": [{"text": "at least 12", "value": 12, "qualifier": "at_least"}],
         "entities": [{"canonical": "Lyon", "type": "GPE", "aliases": ["Lyon"]}],
         "events": [
           {"id": "march", "required": true, "type": "PROTEST", "actors_any": ["farmers"], "place": {"country": "FR", "name": "Lyon"},
            "date": "2024-03-04", "evidence_contains": "marched through"},
           {"id": "arrests", "required": true, "type": "COERCE", "actors_any": ["police"], "targets_any": ["farmers"],
            "counts": {"arrested": {"value": 12, "qualifier": "at_least"}}, "evidence_contains": "arrested at least"},
           {"id": "mayor", "required": false, "type": "ACCUSE", "actors_any": ["mayor"], "evidence_contains": "criticised"}]}
        """;

    private static readonly string Output =
        """{"id": "x", "source": "in/lyon.txt", "published": "2024-03-08", "title": "Farmers  march", "text": TEXT, """
        + """ "times": [{"text": "Monday", "start": 32, "end": 38, "value": "2024-03-04"}], """
        + """ "quantities": [{"text": "at least 12", "start": 56, "end": 67, "value": 12, "qualifier": "at_least"}], """
        + """ "entities": [{"text": "Lyon", "start": 24, "end": 28, "type": "LOC", "entity_id": "e1"}], """
        + """ "events": [{"type": "PROTEST", "trigger": {"text": "marched", "start": 8, "end": 15}, """
        + """   "actors": [{"role": "source", "text": "Farmers", "canonical": "farmers"}], "place": {"name": "Lyon", "country": "FR"}, """
        + """   "date": {"value": "2024-03-04"}, "evidence": {"text": "", "start": 0, "end": 39}}, """
        + """  {"type": "COERCE", "trigger": {"text": "arrested", "start": 47, "end": 55}, """
        + """   "actors": [{"role": "source", "text": "Police"}, {"role": "target", "text": "farmers"}], """
        + """   "counts": {"arrested": {"value": 12, "qualifier": "min"}}, "evidence": {"start": 40, "end": 76}}]}""";

    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-gold-").FullName;

    public GoldFolderEvaluationTests()
    {
        File.WriteAllText(Path.Combine(_directory, "lyon.json"), Gold);
        File.WriteAllText(Path.Combine(_directory, "output.jsonl"), Output.Replace("TEXT", System.Text.Json.JsonSerializer.Serialize(Text), StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_gold_folders_checks_are_scored_as_score_articles_scores_them()
    {
        var score = Score(out var printed);

        score.Rows["documents"].ShouldBe((1, 1));
        score.Rows["events.required"].ShouldBe((2, 2), string.Join("\n", score.Misses));
        score.Rows["events.optional"].ShouldBe((0, 1));
        score.Rows["times"].ShouldBe((1, 1));
        score.Rows["quantities"].ShouldBe((1, 1));
        score.Rows["entities"].ShouldBe((1, 1));
        score.Rows["title"].ShouldBe((1, 1));
        score.Misses.ShouldHaveSingleItem().ShouldContain("no event of this type with evidence in the sentence");
        printed.ShouldContain("events.required           2/2    100.0%");
    }

    [Theory]
    [InlineData("c1", "c2", 1)]
    [InlineData("c1", "c1", 0)]
    public void Different_events_of_the_corpus_file_are_kept_apart_only_in_different_clusters(string march, string arrests, int apart)
    {
        File.WriteAllText(Path.Combine(_directory, "corpus.json"), """
            {"same_entity": [], "different_events": [{"why": "a march is not an arrest", "a": ["lyon.txt", "march"], "b": ["lyon.txt", "arrests"]}]}
            """);
        var clustered = File.ReadAllText(Path.Combine(_directory, "output.jsonl"))
            .Replace("{\"type\": \"PROTEST\"", $"{{\"cluster_id\": \"{march}\", \"type\": \"PROTEST\"", StringComparison.Ordinal)
            .Replace("{\"type\": \"COERCE\"", $"{{\"cluster_id\": \"{arrests}\", \"type\": \"COERCE\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_directory, "output.jsonl"), clustered);

        var score = Score(out _);

        score.Rows["cross_doc.different_events"].ShouldBe((apart, 1));
    }

    [Fact]
    public void An_event_not_found_is_not_counted_as_kept_apart()
    {
        File.WriteAllText(Path.Combine(_directory, "corpus.json"), """
            {"different_events": [{"why": "the mayor's words are not the march", "a": ["lyon.txt", "march"], "b": ["lyon.txt", "mayor"]}]}
            """);

        var score = Score(out _);

        score.Rows["cross_doc.different_events"].ShouldBe((0, 1));
        score.Misses.ShouldContain(m => m.Contains("no matching event", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sentence_window_runs_from_the_previous_full_stop_to_the_next_line_break()
    {
        EventMatcher.EventSentence(Text, "arrested").ShouldBe((39, 77));
        EventMatcher.EventSentence(Text, "Farmers").ShouldBe((0, 39));
        EventMatcher.EventSentence(Text, "absent words").ShouldBeNull();
    }

    [Theory]
    [InlineData("Marta Lind-Berg", "Lind-Berg", true)]
    [InlineData("the White House", "White House", true)]
    [InlineData("UN", "United Nations", false)]
    [InlineData("Ali Smith", "John Smith", true)]
    [InlineData("Li", "Bo Li", false)]
    public void Names_match_as_in_the_script(string system, string gold, bool match)
    {
        TextMatching.NameMatch([system], [gold]).ShouldBe(match);
    }

    [Fact]
    public void The_port_prints_what_the_Python_script_prints_on_the_same_output()
    {
        var script = RepositoryPaths.SharedOrSkip("tools", "score_articles.py");
        Score(out var printed);
        var python = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[script, _directory, Path.Combine(_directory, "output.jsonl"), "--verbose"])
        {
            python.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(python)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("python3 is not installed.");
            return;
        }

        var expected = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Lines(printed).Where(l => !l.StartsWith("miss ", StringComparison.Ordinal))
            .ShouldBe(Lines(expected).Where(l => !l.StartsWith("miss ", StringComparison.Ordinal)));
        Lines(printed).Count(l => l.StartsWith("miss ", StringComparison.Ordinal))
            .ShouldBe(Lines(expected).Count(l => l.StartsWith("miss ", StringComparison.Ordinal)));
    }

    private ScoreRows Score(out string printed)
    {
        var output = new StringWriter();
        var articles = GoldFolderEvaluation.ReadJsonLines(File.ReadLines(Path.Combine(_directory, "output.jsonl")));
        var score = GoldFolderEvaluation.Run(_directory, articles, output, verbose: true);
        printed = output.ToString();
        return score;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
