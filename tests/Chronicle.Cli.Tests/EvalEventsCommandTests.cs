using Chronicle.Testing;

namespace Chronicle.Cli.Tests;

public sealed class EvalEventsCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task The_seed_gold_keeps_one_entity_per_person_and_different_events_in_different_clusters()
    {
        var gold = RepositoryPaths.SharedOrSkip("gold", "seeds");
        RepositoryPaths.SharedOrSkip("gold", "seeds", "corpus.json");

        var run = await CliRun.RunAsync(_directory, null, "eval", "events", gold, "--verbose");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Lines.ShouldContain(l => l.StartsWith("cross_doc.entities", StringComparison.Ordinal), run.Out);
        run.Lines.Single(l => l.StartsWith("cross_doc.entities", StringComparison.Ordinal)).ShouldContain("100.0%", customMessage: run.Out);
        run.Lines.Single(l => l.StartsWith("cross_doc.different_events", StringComparison.Ordinal)).ShouldContain("100.0%", customMessage: run.Out);
    }
}
