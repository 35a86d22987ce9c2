using Chronicle.Engine.Clusters;
using Chronicle.Ingest;
using Chronicle.Resolution.Clusters;
using Chronicle.Storage.Queue;

namespace Chronicle.Engine;

/// <summary>How a worker claims work.</summary>
/// <param name="Name">The worker's name in the queue (<c>host:pid</c> by default), to see who holds what.</param>
/// <param name="BatchSize">Articles per claim, analysed and stored in one transaction.</param>
/// <param name="Threads">Threads that analyse a claim.</param>
/// <param name="Lease">How long a claim lasts unless renewed: a killed worker's articles are taken again after it.</param>
/// <param name="PollInterval">How long to wait when nothing is free.</param>
/// <param name="Follow">Keep waiting for new articles when the queue is empty, instead of stopping.</param>
public sealed record WorkerOptions(string Name, int BatchSize, int Threads, TimeSpan Lease, TimeSpan PollInterval, bool Follow)
{
    /// <summary>The default name: this machine and process.</summary>
    public static string DefaultName => $"{Environment.MachineName}:{Environment.ProcessId}";
}

/// <summary>What a worker has done so far.</summary>
/// <param name="Claimed">Articles claimed.</param>
/// <param name="Stored">Articles analysed and newly stored.</param>
/// <param name="AlreadyStored">Claimed articles that were stored already.</param>
/// <param name="Failed">Articles that could not be analysed.</param>
/// <param name="Lost">Articles whose lease ran out before this worker finished them (another worker took them).</param>
public readonly record struct WorkerProgress(int Claimed, int Stored, int AlreadyStored, int Failed, int Lost);

/// <summary>
/// Drains the queue: claims a batch, analyses it on <see cref="WorkerOptions.Threads"/> threads while renewing the
/// lease, and completes it in one transaction; stops when no article is left open (unless following). Completing
/// clusters the batch against the stored clusters under the store's lock (<see cref="StoredClusters"/>), so workers
/// finishing at once never start two clusters for one event.
/// </summary>
public sealed class QueueWorker(Pipeline pipeline, IQueueStore queue, WorkerOptions options)
{
    private readonly StoredClusters _clusters = new(new EventClusterer());

    /// <summary>Works until the queue has no open article, or until cancelled.</summary>
    public async Task<WorkerProgress> RunAsync(
        Action<ReadFailure> onFailure, IProgress<WorkerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onFailure);
        var analyzer = new ParallelAnalyzer(pipeline, options.Threads);
        var totals = new WorkerProgress();
        while (!cancellationToken.IsCancellationRequested)
        {
            var claim = await queue.ClaimAsync(options.Name, options.BatchSize, options.Lease, cancellationToken).ConfigureAwait(false);
            if (claim.IsEmpty)
            {
                // Nothing free: stop when nothing is open either; otherwise wait, as a dead worker's claims will expire.
                if (!options.Follow && (await queue.StatisticsAsync(cancellationToken).ConfigureAwait(false)).Open == 0)
                {
                    break;
                }

                await Task.Delay(options.PollInterval, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var done = await ProcessAsync(claim, analyzer, onFailure, cancellationToken).ConfigureAwait(false);
            totals = new WorkerProgress(
                totals.Claimed + claim.Documents.Length, totals.Stored + done.Stored, totals.AlreadyStored + done.AlreadyStored,
                totals.Failed + done.Failed, totals.Lost + done.Lost);
            progress?.Report(totals);
        }

        return totals;
    }

    private async Task<CompleteOutcome> ProcessAsync(QueueClaim claim, ParallelAnalyzer analyzer, Action<ReadFailure> onFailure, CancellationToken cancellationToken)
    {
        using var analysing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewAsync(claim, analysing.Token);
        var documents = claim.Documents;
        var outcomes = await Task.Run(() => analyzer.Analyze(documents.Select(d => (ReadResult)new DocumentRead(d))).ToList(), cancellationToken).ConfigureAwait(false);
        await analysing.CancelAsync().ConfigureAwait(false);
        await renewing.ConfigureAwait(false);
        var analyses = new List<Analysis>(outcomes.Count);
        var failures = new List<QueueFailure>();
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Analysis is { } analysis)
            {
                analyses.Add(analysis);
            }
            else
            {
                onFailure(outcomes[i].Failure!);
                failures.Add(new QueueFailure(documents[i].Id, outcomes[i].Failure!.Reason));
            }
        }

        return await queue.CompleteAsync(claim, analyses, failures, _clusters, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renews the lease every third of it while the batch is analysed, so a slow batch is not taken away.</summary>
    private async Task RenewAsync(QueueClaim claim, CancellationToken cancellationToken)
    {
        var every = options.Lease / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, cancellationToken).ConfigureAwait(false);
                await queue.RenewAsync(claim, options.Lease, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The batch is analysed: the lease is no longer needed.
        }
    }
}
