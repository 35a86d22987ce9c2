using System.Globalization;

namespace Chronicle.Reliability.Tests;

/// <summary>
/// <c>ingest</c> into SQLite is killed with SIGKILL at seeded random points, five times: after every kill the file
/// passes SQLite's integrity check, and after a run to the end every input is stored exactly once.
/// </summary>
public sealed class IngestKillTests : IDisposable
{
    private const int Kills = KillPoints.Kills;
    private static readonly TimeSpan Patience = KillPoints.Patience;
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-crash-").FullName;

    [Fact]
    public async Task Ingest_killed_at_random_points_stores_every_input_exactly_once_after_a_rerun()
    {
        const int inputs = 90;
        var random = new Random(1122);
        InventedArticles.WriteFiles(Path.Combine(_directory, "in"), inputs, seed: 7, sentences: 30);
        var db = Path.Combine(_directory, "crash.db");
        string[] ingest = ["ingest", "in", "--db", db, "--batch-size", "3", "--threads", "1"];

        var survived = 0;
        var killedAt = new List<long>();
        for (var kill = 0; kill < Kills; kill++)
        {
            var stored = SqliteFile.Count(db, "SELECT count(*) FROM documents");
            using var run = new CliProcess(_directory, ingest);
            if (kill == 0)
            {
                await Task.Delay(random.Next(200, 2500)); // start-up: opening, migrating, loading the models
            }
            else
            {
                var target = stored + random.Next(1, (inputs - (int)stored) / (Kills - kill + 1));
                await KillPoints.WaitUntilAsync(() => run.HasExited || SqliteFile.Count(db, "SELECT count(*) FROM documents") >= target);
            }

            run.HasExited.ShouldBeFalse($"ingest finished before kill {kill + 1}: {run.Error}");
            run.Kill();
            killedAt.Add(SqliteFile.Count(db, "SELECT count(*) FROM documents"));
            SqliteFile.IntegrityCheck(db).ShouldBe("ok", $"after kill {kill + 1}");
            survived++;
        }

        using (var last = new CliProcess(_directory, ingest))
        {
            (await last.WaitAsync(Patience)).ShouldBe(0, last.Error);
        }

        SqliteFile.IntegrityCheck(db).ShouldBe("ok");
        var documents = SqliteFile.Count(db, "SELECT count(*) FROM documents");
        var once = SqliteFile.Count(db, "SELECT count(*) FROM (SELECT source FROM document_sources GROUP BY source HAVING count(*) = 1)");
        Figures.Record("crash ingest", string.Create(CultureInfo.InvariantCulture,
            $"kills survived {survived}/{Kills} (at {string.Join(", ", killedAt)} stored), integrity ok, stored exactly once {once}/{inputs}, documents {documents}"));
        documents.ShouldBe(inputs);
        once.ShouldBe(inputs);
        SqliteFile.Count(db, "SELECT count(*) FROM document_sources").ShouldBe(inputs);

        using var again = new CliProcess(_directory, ingest);
        (await again.WaitAsync(Patience)).ShouldBe(0, again.Error);
        again.Error.ShouldContain("Stored 0 new documents");
        SqliteFile.Count(db, "SELECT count(*) FROM documents").ShouldBe(inputs);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
