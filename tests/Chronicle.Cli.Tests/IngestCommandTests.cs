using System.Diagnostics;
using System.Text.Json;
using Chronicle.Ingest;
using Chronicle.Reliability.Tests;
using Chronicle.Testing;
using Microsoft.Data.Sqlite;

namespace Chronicle.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-ingest-").FullName;

    private string Database => Path.Combine(_directory, "chronicle.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Ingesting_the_seeds_twice_stores_each_once()
    {
        var seeds = RepositoryPaths.SharedOrSkip("seeds");

        var first = await CliRun.RunAsync(_directory, null, "ingest", seeds);
        var second = await CliRun.RunAsync(_directory, null, "ingest", seeds);
        var export = await CliRun.RunAsync(_directory, null, "export", "--format", "jsonl");

        first.ExitCode.ShouldBe(0, first.Error);
        first.Error.ShouldContain("Stored 3 new documents");
        second.Error.ShouldContain("Stored 0 new documents");
        second.Error.ShouldContain("3 already stored");
        export.Lines.Count.ShouldBe(3);
        export.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task Bad_files_are_reported_and_the_good_ones_stored()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(_directory, "in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inputs, "good.txt"), "Crowds gathered in the square on Friday.");
        await File.WriteAllBytesAsync(Path.Combine(inputs, "bad.txt"), [0xFF, 0xFE, 0x00, 0xD8]);

        var run = await CliRun.RunAsync(_directory, null, "ingest", inputs);
        var stats = await CliRun.RunAsync(_directory, null, "stats");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("bad.txt:");
        stats.Out.ShouldContain("documents:   1");
    }

    [Fact]
    public async Task Export_with_min_confidence_writes_only_events_at_or_above_it_in_every_format()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(_directory, "in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inputs, "a.txt"), "Arrests in Lyon\n\nPolice arrested 40 protesters in Lyon on Monday. Some workers may strike.");
        (await CliRun.RunAsync(_directory, null, "ingest", inputs)).ExitCode.ShouldBe(0);

        var everything = await CliRun.RunAsync(_directory, null, "export", "--format", "jsonl");
        var none = await CliRun.RunAsync(_directory, null, "export", "--format", "jsonl", "--min-confidence", "1");
        var csv = await CliRun.RunAsync(_directory, null, "export", "--format", "csv", "--min-confidence", "1");

        static int Events(CliRun run) => run.Lines.Sum(l => JsonDocument.Parse(l).RootElement.GetProperty("events").GetArrayLength());
        Events(everything).ShouldBeGreaterThan(0);
        none.ExitCode.ShouldBe(0, none.Error);
        Events(none).ShouldBe(0);
        none.Lines.Count.ShouldBe(everything.Lines.Count);
        csv.Lines.Count.ShouldBe(1, "only the header: no event is that sure");
    }

    [Fact]
    public async Task Export_and_stats_name_a_missing_database()
    {
        var run = await CliRun.RunAsync(_directory, null, "export", "--db", Path.Combine(_directory, "none.db"));
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("none.db");
    }

    [Fact]
    public async Task Csv_export_has_acled_like_columns()
    {
        var seeds = RepositoryPaths.SharedOrSkip("seeds");
        await CliRun.RunAsync(_directory, null, "ingest", seeds);

        var run = await CliRun.RunAsync(_directory, null, "export", "--format", "csv");

        run.ExitCode.ShouldBe(0);
        run.Lines[0].ShouldStartWith("event_id,event_date,date_precision,year,plover_type");
    }

    [Fact]
    public async Task A_run_killed_halfway_and_run_again_stores_every_article_exactly_once()
    {
        var corpus = RepositoryPaths.SharedOrSkip("corpora", "news", "bbc", "news");
        var files = InputExpander.Files(corpus).ToList();
        var distinctTexts = DistinctDocuments(files);

        using (var killed = new CliProcess(_directory, "ingest", corpus, "--db", Database, "--batch-size", "8", "--threads", "1"))
        {
            var partial = await WaitForSomeStoredAsync(killed);
            killed.Kill();
            partial.ShouldBeGreaterThan(0);
            partial.ShouldBeLessThan(distinctTexts, "the run finished before it could be killed");
        }

        var rerun = await CliRun.RunAsync(_directory, null, "ingest", corpus, "--db", Database);

        rerun.ExitCode.ShouldBe(0, rerun.Error);
        await using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=false");
        await connection.OpenAsync();
        (await Scalar(connection, "PRAGMA integrity_check")).ShouldBe("ok");
        (await Scalar(connection, "SELECT count(*) FROM documents")).ShouldBe(distinctTexts);
        (await Scalar(connection, "SELECT count(DISTINCT id) FROM documents")).ShouldBe(distinctTexts);
        (await Scalar(connection, "SELECT count(DISTINCT source) FROM document_sources")).ShouldBe((long)files.Count);
    }

    private static long DistinctDocuments(IEnumerable<string> files)
    {
        var readers = Engine.Readers.Default(ReaderLimits.Default);
        return files.SelectMany(f =>
            {
                using var stream = File.OpenRead(f);
                return readers.Read(f, Path.GetExtension(f), stream).ToList();
            })
            .OfType<DocumentRead>()
            .Select(d => d.Document.Id)
            .Distinct()
            .LongCount();
    }

    private async Task<long> WaitForSomeStoredAsync(CliProcess process)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2) && !process.HasExited)
        {
            if (File.Exists(Database))
            {
                try
                {
                    await using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=false");
                    await connection.OpenAsync();
                    if (await Scalar(connection, "SELECT count(*) FROM documents") is long count and > 0)
                    {
                        return count;
                    }
                }
                catch (SqliteException)
                {
                    // The schema is being created: look again.
                }
            }

            await Task.Delay(5);
        }

        return 0;
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
