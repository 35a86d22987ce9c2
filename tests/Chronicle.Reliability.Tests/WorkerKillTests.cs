using System.Globalization;
using Chronicle.Storage.Tests;

namespace Chronicle.Reliability.Tests;

/// <summary>
/// <c>worker</c> on a PostgreSQL queue is killed with SIGKILL at seeded random points, five times: its claims are
/// taken again once their lease runs out, and every queued article ends done and stored exactly once.
/// </summary>
public sealed class WorkerKillTests : IDisposable
{
    private const int Kills = KillPoints.Kills;
    private static readonly TimeSpan Patience = KillPoints.Patience;
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-worker-kill-").FullName;

    [Fact]
    public async Task Workers_killed_at_random_points_finish_every_queued_article_exactly_once()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        const int inputs = 90;
        var random = new Random(2211);
        InventedArticles.WriteFiles(Path.Combine(_directory, "in"), inputs, seed: 8, sentences: 30);
        var db = database.ConnectionString;
        using (var enqueue = new CliProcess(_directory, "enqueue", "in", "--db", db))
        {
            (await enqueue.WaitAsync(Patience)).ShouldBe(0, enqueue.Error);
        }

        string[] worker = ["worker", "--db", db, "--batch-size", "3", "--threads", "1", "--lease", "2"];
        var survived = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            var done = await database.ScalarAsync<long>("SELECT count(*) FROM queue WHERE state = 'done'");
            var target = done + random.Next(1, (inputs - (int)done) / (Kills - kill + 1));
            using var run = new CliProcess(_directory, [.. worker, "--name", $"victim{kill}"]);
            await KillPoints.WaitUntilAsync(() => run.HasExited || database.ScalarAsync<long>("SELECT count(*) FROM queue WHERE state = 'done'").Result >= target);
            run.HasExited.ShouldBeFalse($"the worker finished before kill {kill + 1}: {run.Error}");
            run.Kill();
            survived++;
        }

        using (var last = new CliProcess(_directory, [.. worker, "--name", "survivor"]))
        {
            (await last.WaitAsync(Patience)).ShouldBe(0, last.Error);
        }

        var finished = await database.ScalarAsync<long>("SELECT count(*) FROM queue WHERE state = 'done'");
        var documents = await database.ScalarAsync<long>("SELECT count(*) FROM documents");
        var matched = await database.ScalarAsync<long>("SELECT count(*) FROM queue q JOIN documents d ON d.id = q.document_id");
        var retaken = await database.ScalarAsync<long>("SELECT count(*) FROM queue WHERE attempts > 1");
        Figures.Record("crash worker", string.Create(CultureInfo.InvariantCulture,
            $"kills survived {survived}/{Kills}, queue done {finished}/{inputs}, documents stored exactly once {matched}/{inputs} ({documents} rows), {retaken} claims taken again after a kill"));
        finished.ShouldBe(inputs);
        documents.ShouldBe(inputs);
        matched.ShouldBe(inputs);
        (await database.ScalarAsync<long>("SELECT count(*) FROM document_sources")).ShouldBe(inputs);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
