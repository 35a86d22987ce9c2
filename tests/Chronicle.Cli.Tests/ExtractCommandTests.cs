using System.Text.Json;
using Chronicle.Testing;

namespace Chronicle.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Seeds_give_one_object_each_with_the_gold_date_and_title()
    {
        var seeds = RepositoryPaths.SharedOrSkip("seeds");
        var gold = RepositoryPaths.SharedOrSkip("gold", "seeds");

        var run = await CliRun.RunAsync(_directory, null, "extract", seeds, "--format", "jsonl");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Lines.Count.ShouldBe(Directory.GetFiles(seeds).Length);
        foreach (var line in run.Lines)
        {
            using var article = JsonDocument.Parse(line);
            var root = article.RootElement;
            var name = Path.GetFileName(root.GetProperty("source").GetString()!);
            using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(gold, Path.ChangeExtension(name, ".json"))));
            root.GetProperty("published").GetString().ShouldBe(expected.RootElement.GetProperty("published").GetString());
            root.GetProperty("title").GetString().ShouldBe(expected.RootElement.GetProperty("title").GetString());
            root.GetProperty("text").GetString()!.ShouldNotBeNullOrWhiteSpace();
            root.GetProperty("id").GetString()!.Length.ShouldBe(64);
        }
    }

    [Fact]
    public async Task Bad_inputs_are_named_and_the_good_ones_still_come_out()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "a-good.txt"), "Headline\n\nFarmers blocked a highway on Monday.");
        await File.WriteAllBytesAsync(Path.Combine(_directory, "b-binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        await File.WriteAllBytesAsync(Path.Combine(_directory, "c-latin1.txt"), [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]);
        await File.WriteAllTextAsync(Path.Combine(_directory, "d-empty.txt"), "");
        await File.WriteAllTextAsync(Path.Combine(_directory, "e-lines.jsonl"), "{\"text\":\"One.\"}\n{not json}\n{\"title\":\"no text\"}\n");

        var run = await CliRun.RunAsync(_directory, null, "extract", _directory);

        run.ExitCode.ShouldBe(1);
        run.Lines.Count.ShouldBe(2);
        run.Error.ShouldContain("b-binary.txt: binary content");
        run.Error.ShouldContain("c-latin1.txt: invalid UTF-8 at byte 3");
        run.Error.ShouldContain("d-empty.txt: empty input");
        run.Error.ShouldContain("e-lines.jsonl:2: malformed JSON");
        run.Error.ShouldContain("e-lines.jsonl:3: missing field \"text\"");
    }

    [Fact]
    public async Task A_file_over_the_size_cap_is_refused_by_name()
    {
        var big = Path.Combine(_directory, "big.txt");
        await File.WriteAllTextAsync(big, new string('a', 2000));

        var run = await CliRun.RunAsync(_directory, null, "extract", big, "--max-bytes", "1000");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("big.txt: larger than the 1000 bytes limit");
    }

    [Fact]
    public async Task Standard_input_is_read_with_a_dash()
    {
        var run = await CliRun.RunAsync(_directory, "{\"url\":\"https://example.org/a\",\"text\":\"Talks resumed.\"}\n", "extract", "-");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("\"source\":\"https://example.org/a\"");
    }

    [Fact]
    public async Task Min_confidence_leaves_out_the_events_below_it_and_keeps_the_rest()
    {
        var article = Path.Combine(_directory, "events.txt");
        await File.WriteAllTextAsync(article, "Strike in Lyon\n\nPolice arrested 40 protesters in Lyon on Monday. "
            + "Workers in Lyon may strike next week. Talks were held. Two journalists were detained.");

        var all = Confidences(await CliRun.RunAsync(_directory, null, "extract", article));
        all.Distinct().Count().ShouldBeGreaterThan(1, "the sample must give events of different confidence");
        var floor = all.Max();
        var kept = Confidences(await CliRun.RunAsync(_directory, null, "extract", article, "--min-confidence",
            floor.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        kept.ShouldBe(all.Where(c => c >= floor).ToList());
    }

    [Fact]
    public async Task The_table_shows_each_event_with_its_confidence()
    {
        var article = Path.Combine(_directory, "arrests.txt");
        await File.WriteAllTextAsync(article, "Arrests in Lyon\n\nPolice arrested 40 protesters in Lyon on Monday.");
        var json = await CliRun.RunAsync(_directory, null, "extract", article);
        var confidence = Confidences(json).Single();

        var table = await CliRun.RunAsync(_directory, null, "extract", article, "--format", "table");

        table.ExitCode.ShouldBe(0, table.Error);
        table.Out.ShouldContain("Conf.");
        table.Lines.ShouldContain(l => l.Contains("COERCE", StringComparison.Ordinal)
            && l.Contains(confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Min_confidence_leaves_events_out_of_the_table_too_and_zero_keeps_them_all()
    {
        var article = Path.Combine(_directory, "arrests.txt");
        await File.WriteAllTextAsync(article, "Arrests in Lyon\n\nPolice arrested 40 protesters in Lyon on Monday.");

        var all = await CliRun.RunAsync(_directory, null, "extract", article, "--format", "table", "--min-confidence", "0");
        var none = await CliRun.RunAsync(_directory, null, "extract", article, "--format", "table", "--min-confidence", "1");

        all.ExitCode.ShouldBe(0, all.Error);
        none.ExitCode.ShouldBe(0, none.Error);
        all.Lines.ShouldContain(l => l.Contains("COERCE", StringComparison.Ordinal));
        none.Lines.ShouldNotContain(l => l.Contains("COERCE", StringComparison.Ordinal));
    }

    private static List<double> Confidences(CliRun run)
    {
        run.ExitCode.ShouldBe(0, run.Error);
        using var article = JsonDocument.Parse(run.Lines.Single());
        return [.. article.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("confidence").GetDouble())];
    }

    [Theory]
    [InlineData("extract", "x", "--min-confidence", "1.5")]
    [InlineData("extract", "x", "--min-confidence", "high")]
    [InlineData("export", "--min-confidence", "-1")]
    [InlineData("extract")]
    [InlineData("extract", "x", "--format", "xml")]
    [InlineData("extract", "x", "--threads", "0")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_with_two(params string[] args)
    {
        var run = await CliRun.RunAsync(_directory, null, args);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Help_shows_examples_even_without_arguments()
    {
        var run = await CliRun.RunAsync(_directory, null, "ingest", "--help");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("Examples:");
        run.Out.ShouldContain("chronicle ingest samples");
    }

    [Fact]
    public async Task A_missing_path_is_an_error_of_that_input()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "ok.txt"), "Police arrested two men.");
        var run = await CliRun.RunAsync(_directory, null, "extract", Path.Combine(_directory, "nope.txt"), Path.Combine(_directory, "ok.txt"));
        run.ExitCode.ShouldBe(1);
        run.Lines.Count.ShouldBe(1);
        run.Error.ShouldContain("nope.txt: no such file or directory");
    }

    [Fact]
    public async Task The_seed_gold_keeps_one_entity_per_person_and_different_events_in_different_clusters()
    {
        var gold = RepositoryPaths.SharedOrSkip("gold", "seeds");
        RepositoryPaths.SharedOrSkip("gold", "seeds", "corpus.json");

        // `eval events` extracts the articles the gold names as `extract` does, clustering across them.
        var run = await CliRun.RunAsync(_directory, null, "eval", "events", gold, "--verbose");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Lines.Single(l => l.StartsWith("cross_doc.entities", StringComparison.Ordinal)).ShouldContain("100.0%", customMessage: run.Out);
        run.Lines.Single(l => l.StartsWith("cross_doc.different_events", StringComparison.Ordinal)).ShouldContain("100.0%", customMessage: run.Out);
    }
}
