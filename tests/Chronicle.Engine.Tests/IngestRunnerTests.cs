using Chronicle.Ingest;
using Chronicle.Storage.Sqlite;

namespace Chronicle.Engine.Tests;

public sealed class IngestRunnerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-engine-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static DocumentRead Read(string source, string text) => new(new Document(source, null, null, text));

    [Fact]
    public async Task Duplicates_within_and_across_batches_are_stored_once_and_their_sources_kept()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(Path.Combine(_directory, "a.db"), TimeProvider.System);
        var runner = new IngestRunner(Pipeline.Empty, store, batchSize: 2);
        var failures = new List<ReadFailure>();

        var totals = await runner.RunAsync(
            new ReadResult[] { Read("a", "one"), Read("b", "one"), Read("c", "two"), new ReadFailure("d", "empty input"), Read("e", "one") },
            failures.Add);

        totals.ShouldBe(new IngestProgress(Read: 5, Stored: 2, AlreadyStored: 2, Failed: 1));
        failures.Single().Source.ShouldBe("d");
        var stats = await store.StatisticsAsync();
        stats.Documents.ShouldBe(2);
        stats.Sources.ShouldBe(4);
    }

    [Fact]
    public async Task A_document_whose_analysis_throws_is_a_failure_and_the_batch_is_stored()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(Path.Combine(_directory, "b.db"), TimeProvider.System);
        var runner = new IngestRunner(Pipeline.Of(new ThrowsOn("bad")), store, batchSize: 10);
        var failures = new List<ReadFailure>();

        var totals = await runner.RunAsync([Read("x", "good text"), Read("y", "bad text"), Read("z", "more good text")], failures.Add);

        totals.Stored.ShouldBe(2);
        totals.Failed.ShouldBe(1);
        failures.Single().Source.ShouldBe("y");
    }

    [Fact]
    public async Task Progress_is_reported_after_each_batch()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(Path.Combine(_directory, "c.db"), TimeProvider.System);
        var runner = new IngestRunner(Pipeline.Empty, store, batchSize: 2);
        var reports = new List<IngestProgress>();

        await runner.RunAsync([Read("a", "1"), Read("b", "2"), Read("c", "3")], _ => { }, new SynchronousProgress(reports.Add));

        reports.Select(r => r.Stored).ShouldBe([2, 3]);
    }

    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
