namespace Chronicle.Cli.Tests;

public sealed class ActorsCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-actors-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Actors_are_listed_with_the_roles_the_articles_give_them_and_where()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(_directory, "in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inputs, "2024-05-01-talks.txt"),
            "Talks resume\n\nFrance's president Jean Dupont met Maria Lopez, a prominent Chilean journalist, in Paris on Monday. Dupont said the talks would go on.");
        await File.WriteAllTextAsync(Path.Combine(inputs, "2024-05-02-visit.txt"),
            "Visit ends\n\nJean Dupont left Santiago on Tuesday.");

        var ingest = await CliRun.RunAsync(_directory, null, "ingest", inputs);
        var table = await CliRun.RunAsync(_directory, null, "actors", "--name", "dupont");
        var json = await CliRun.RunAsync(_directory, null, "actors", "--format", "jsonl", "--limit", "0");

        ingest.ExitCode.ShouldBe(0, ingest.Error);
        table.ExitCode.ShouldBe(0, table.Error);
        table.Lines[0].ShouldStartWith("Jean Dupont [PERSON]");
        table.Lines[0].ShouldContain("country=FR sector=government articles=2 mentions=3");
        table.Out.ShouldContain("president of France (government, FR): \"France's president\"");
        json.Out.ShouldContain("\"name\":\"Maria Lopez\"");
        json.Out.ShouldContain("\"role\":\"journalist\"");
    }

    [Fact]
    public async Task A_negative_limit_is_refused_by_name()
    {
        var run = await CliRun.RunAsync(_directory, null, "actors", "--limit", "-1");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--limit");
    }
}
