using Chronicle.Engine.Clusters;
using Chronicle.Ingest;
using Chronicle.Resolution.Clusters;
using Chronicle.Storage;

namespace Chronicle.Engine;

/// <summary>Progress of an ingest, reported after each batch.</summary>
/// <param name="Read">Inputs read so far (documents and failures).</param>
/// <param name="Stored">Documents newly stored.</param>
/// <param name="AlreadyStored">Documents skipped because their text was stored before.</param>
/// <param name="Failed">Inputs that could not be read.</param>
public readonly record struct IngestProgress(int Read, int Stored, int AlreadyStored, int Failed);

/// <summary>
/// Reads, analyses and stores documents in batches of one transaction each. Documents already in the store are
/// skipped before analysis, so a run killed halfway and run again only does the rest. Reports of the same event
/// share a cluster id (<see cref="EventClusterer"/>) across batches and runs: each batch is clustered, as it is
/// stored, against the stored clusters near its events' dates (<see cref="StoredClusters"/>).
/// </summary>
public sealed class IngestRunner(Pipeline pipeline, IDocumentStore store, int batchSize = 64, int threads = 1)
{
    private readonly StoredClusters clusters = new(new EventClusterer());

    /// <summary>Ingests every result; each failure is passed to <paramref name="onFailure"/> as it happens.</summary>
    public async Task<IngestProgress> RunAsync(
        IEnumerable<ReadResult> results,
        Action<ReadFailure> onFailure,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(onFailure);
        var analyzer = new ParallelAnalyzer(pipeline, threads);
        var totals = new IngestProgress();
        var batch = new List<Document>(batchSize);
        foreach (var result in results)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (result)
            {
                case ReadFailure failure:
                    onFailure(failure);
                    totals = totals with { Read = totals.Read + 1, Failed = totals.Failed + 1 };
                    break;
                case DocumentRead read:
                    batch.Add(read.Document);
                    totals = totals with { Read = totals.Read + 1 };
                    break;
            }

            if (batch.Count >= batchSize)
            {
                totals = await FlushAsync(batch, analyzer, totals, onFailure, cancellationToken).ConfigureAwait(false);
                progress?.Report(totals);
            }
        }

        totals = await FlushAsync(batch, analyzer, totals, onFailure, cancellationToken).ConfigureAwait(false);
        progress?.Report(totals);
        return totals;
    }

    private async Task<IngestProgress> FlushAsync(
        List<Document> batch, ParallelAnalyzer analyzer, IngestProgress totals, Action<ReadFailure> onFailure, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return totals;
        }

        var existing = await store.FindExistingAsync([.. batch.Select(d => d.Id)], cancellationToken).ConfigureAwait(false);
        var fresh = batch.Where(d => !existing.Contains(d.Id)).DistinctBy(d => d.Id).ToList();
        var sightings = batch.Except(fresh).Select(d => new SourceSighting(d.Id, d.Source)).ToList();
        var analyses = new List<Analysis>(fresh.Count);
        var failed = 0;
        foreach (var outcome in analyzer.Analyze(fresh.Select(d => (ReadResult)new DocumentRead(d))))
        {
            if (outcome.Analysis is { } analysis)
            {
                analyses.Add(analysis);
            }
            else
            {
                onFailure(outcome.Failure!);
                failed++;
            }
        }

        var stored = await store.StoreAsync(analyses, sightings, clusters, cancellationToken).ConfigureAwait(false);
        var skipped = batch.Count - stored.Stored - failed;
        batch.Clear();
        return totals with
        {
            Stored = totals.Stored + stored.Stored,
            AlreadyStored = totals.AlreadyStored + skipped,
            Failed = totals.Failed + failed,
        };
    }
}
