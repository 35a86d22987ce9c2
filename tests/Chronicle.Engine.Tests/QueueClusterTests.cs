using Chronicle.Storage.Queue;

namespace Chronicle.Engine.Tests;

/// <summary>Workers cluster against what is stored too, and workers completing at once do not split one event.</summary>
public sealed class QueueClusterTests
{
    private const string First = "About 300 nurses protested in Lyon on 3 March 2023 over staffing.";
    private const string Again = "Nurses rallied in Lyon on 3 March 2023, some 300 of them, over staffing, the union said.";

    [Fact]
    public async Task A_report_a_worker_takes_later_joins_the_cluster_stored_before()
    {
        await using var database = await TestDatabase.CreateAsync(StoreKind.Postgres);
        foreach (var text in new[] { First, Again })
        {
            await using var queue = await StoreFactory.OpenQueueAsync(database.Name, TimeProvider.System);
            await queue.EnqueueAsync([IncrementalClusterTests.Read(text, new DateOnly(2024, 3, 4)).Document]);
            await Worker(queue, "w").RunAsync(IncrementalClusterTests.Fail);
        }

        var clusters = await IncrementalClusterTests.ClustersByTextAsync(database.Name);
        clusters[First].ShouldStartWith("evc-");
        clusters[Again].ShouldBe(clusters[First]);
    }

    [Fact]
    public async Task Workers_completing_at_once_put_reports_of_one_event_in_one_cluster()
    {
        var reports = Enumerable.Range(1, 12).Select(i => $"Report {i}: nurses rallied in Lyon on 3 March 2023, some 300 of them, over staffing.").ToList();
        var coder = Pipeline.Of(new FixedEvents(reports.ToDictionary(r => r, r => new[] { IncrementalClusterTests.Protest(r, "rallied") }, StringComparer.Ordinal)));
        await using var database = await TestDatabase.CreateAsync(StoreKind.Postgres);
        await using var queue = await StoreFactory.OpenQueueAsync(database.Name, TimeProvider.System);
        await queue.EnqueueAsync([.. reports.Select(t => IncrementalClusterTests.Read(t, new DateOnly(2024, 3, 4)).Document)]);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => Worker(queue, $"w{i}", coder).RunAsync(IncrementalClusterTests.Fail))));

        var clusters = await IncrementalClusterTests.ClustersByTextAsync(database.Name);
        clusters.Count.ShouldBe(12);
        clusters.Values.Distinct().ShouldHaveSingleItem().ShouldStartWith("evc-");
    }

    private static QueueWorker Worker(IQueueStore queue, string name, Pipeline? coder = null) =>
        new(coder ?? IncrementalClusterTests.Coder, queue, new WorkerOptions(name, 1, 1, TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(50), Follow: false));
}
