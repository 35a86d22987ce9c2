using System.Globalization;
using Chronicle.Ingest;
using Chronicle.Ingest.Readers;
using Chronicle.Reliability.Tests;
using Chronicle.Storage.Tests;
using Chronicle.Testing;

namespace Chronicle.Cli.Tests;

/// <summary>enqueue, worker and stats against a real PostgreSQL server (skipped only when none is configured).</summary>
public sealed class WorkerCommandTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-worker-").FullName;
    private PostgresTestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_worker_killed_mid_batch_loses_nothing_and_no_article_is_stored_twice()
    {
        var articles = await WriteInventedArticlesAsync(1200);
        var db = _database.ConnectionString;
        (await CliRun.RunAsync(_directory, null, "enqueue", articles, "--db", db)).Error.ShouldContain("Queued 1,200 new articles");

        using var victim = new CliProcess(_directory, "worker", "--db", db, "--name", "victim", "--threads", "1", "--batch-size", "8", "--lease", "3");
        using var first = new CliProcess(_directory, "worker", "--db", db, "--name", "first", "--threads", "1", "--batch-size", "8", "--lease", "3");
        await WaitUntilAsync("SELECT count(*) FROM queue WHERE claimed_by = 'victim' AND state = 'done'", "the victim to finish a batch");
        await WaitUntilAsync("SELECT count(*) FROM queue WHERE claimed_by = 'victim' AND state = 'claimed'", "the victim to hold a claim");
        victim.Kill();
        using var second = new CliProcess(_directory, "worker", "--db", db, "--name", "second", "--threads", "1", "--batch-size", "8", "--lease", "3");

        (await first.WaitAsync(Patience)).ShouldBe(0, first.Error);
        (await second.WaitAsync(Patience)).ShouldBe(0, second.Error);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM queue WHERE state = 'done'")).ShouldBe(1200);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM documents")).ShouldBe(1200);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM queue q JOIN documents d ON d.id = q.document_id")).ShouldBe(1200);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM queue WHERE attempts > 1")).ShouldBeGreaterThan(0, "the victim's last claim was taken again");
        (await _database.ScalarAsync<long>("SELECT count(*) FROM document_sources")).ShouldBe(1200);
        var stats = await CliRun.RunAsync(_directory, null, "stats", "--db", db);
        stats.Out.ShouldContain("documents:   1,200");
        stats.Out.ShouldContain("  done:      1,200");
        stats.Out.ShouldContain("  pending:   0");
    }

    [Fact]
    public async Task Two_workers_store_every_reuters_record_once()
    {
        var file = RepositoryPaths.SharedOrSkip("corpora", "news", "reuters21578", "reut2-000.sgm");
        var db = _database.ConnectionString;
        await using (var stream = File.OpenRead(file))
        {
            var distinct = new ReutersSgmlReader().Read(file, stream, ReaderLimits.Default).OfType<DocumentRead>().Select(r => r.Document.Id).Distinct().Count();
            (await CliRun.RunAsync(_directory, null, "enqueue", file, "--db", db)).ExitCode.ShouldBe(0);
            (await _database.ScalarAsync<long>("SELECT count(*) FROM queue")).ShouldBe(distinct);
        }

        using var a = new CliProcess(_directory, "worker", "--db", db, "--name", "a", "--threads", "1");
        using var b = new CliProcess(_directory, "worker", "--db", db, "--name", "b", "--threads", "1");

        (await a.WaitAsync(Patience)).ShouldBe(0, a.Error);
        (await b.WaitAsync(Patience)).ShouldBe(0, b.Error);
        var queued = await _database.ScalarAsync<long>("SELECT count(*) FROM queue");
        (await _database.ScalarAsync<long>("SELECT count(*) FROM queue WHERE state = 'done' AND attempts = 1")).ShouldBe(queued);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM documents")).ShouldBe(queued);
        (await _database.ScalarAsync<long>("SELECT count(DISTINCT source) FROM document_sources")).ShouldBe(1000);
        (await _database.ScalarAsync<long>("SELECT count(DISTINCT claimed_by) FROM queue")).ShouldBe(2);
    }

    [Fact]
    public async Task Enqueue_and_worker_on_a_sqlite_file_say_the_queue_needs_postgresql()
    {
        var run = await CliRun.RunAsync(_directory, null, "worker", "--db", Path.Combine(_directory, "local.db"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("needs PostgreSQL");
    }

    /// <summary>Articles written for this test: a different district, figure and day in each, about 150 words.</summary>
    private async Task<string> WriteInventedArticlesAsync(int count)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_directory, "articles")).FullName;
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        for (var i = 0; i < count; i++)
        {
            var n = (i * 37 % 900) + 20;
            var text = string.Create(CultureInfo.InvariantCulture, $"""
                Hundreds march in district {i}

                Some {n} people marched through district {i} on {days[i % 7]} to protest against higher bus fares, the local
                council said. Police said {n / 4} people were detained after a clash near the town hall, and {i % 5} officers
                were injured. "We will keep marching until the fares come down," said a spokeswoman for the organisers.
                The council said it would meet union leaders next week. Earlier this month about {n * 2} workers went on
                strike over pay in the same district, and the regional governor called for talks. A court later banned a
                second rally planned for the weekend, citing security concerns, while opposition lawmakers accused the police
                of using excessive force against the protesters.
                """);
            await File.WriteAllTextAsync(Path.Combine(directory, $"article-{i:D4}.txt"), text);
        }

        return directory;
    }

    private async Task WaitUntilAsync(string countSql, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (await _database.ScalarAsync<long>(countSql) == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"gave up waiting for {what}");
            }

            await Task.Delay(10);
        }
    }
}
