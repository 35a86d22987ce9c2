using Chronicle.Engine;
using Chronicle.Ingest;
using Chronicle.Storage;

namespace Chronicle.Web.Ingestion;

/// <summary>
/// Analyses posted articles and stores them. The pipeline is built on first use; posts are taken one at a time
/// because the store's writer holds one connection (readers are not held up: they use their own).
/// </summary>
internal sealed class ArticleIngestor(WebOptions options, IDocumentStore store) : IDisposable
{
    private readonly Lazy<Pipeline> _pipeline = new(options.PipelineFactory ?? (() => PipelineFactory.Create(DataFiles.Default)));
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IngestResponse> IngestAsync(IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var runner = new IngestRunner(_pipeline.Value, store, batchSize: Math.Max(1, documents.Count));
            var failed = 0;
            var totals = await runner.RunAsync(documents.Select(d => (ReadResult)new DocumentRead(d)), _ => failed++, null, cancellationToken)
                .ConfigureAwait(false);
            return new IngestResponse(totals.Stored, totals.AlreadyStored, failed, [.. documents.Select(d => d.Id.Value)]);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
