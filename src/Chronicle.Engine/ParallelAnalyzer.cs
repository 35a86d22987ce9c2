using Chronicle.Ingest;

namespace Chronicle.Engine;

/// <summary>Runs the pipeline over read results on several threads, keeping input order.</summary>
public sealed class ParallelAnalyzer(Pipeline pipeline, int threads)
{
    /// <summary>How many threads analyse at once.</summary>
    public int Threads { get; } = Math.Max(1, threads);

    /// <summary>Every input's outcome, in input order, lazily.</summary>
    public IEnumerable<AnalysisOutcome> Analyze(IEnumerable<ReadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var outcomes = Threads == 1
            ? results.Select(Analyze)
            : results.AsParallel().AsOrdered().WithDegreeOfParallelism(Threads).Select(Analyze);
        return outcomes;
    }

    private AnalysisOutcome Analyze(ReadResult result) => result switch
    {
        DocumentRead read => Analyze(read.Document),
        ReadFailure failure => new AnalysisOutcome(null, failure),
        _ => throw new InvalidOperationException($"Unknown read result {result.GetType().Name}."),
    };

    /// <summary>
    /// A stage that throws on one document is a bug, but it must not cost the user the rest of the batch:
    /// the document becomes a failure that names the stage's exception, and the run goes on.
    /// </summary>
#pragma warning disable CA1031 // Catching every exception is the point: one bad document never stops a batch.
    private AnalysisOutcome Analyze(Document document)
    {
        try
        {
            return new AnalysisOutcome(pipeline.Run(document), null);
        }
        catch (Exception e)
        {
            // Where it was thrown (`ArticleView.Word`), so a failure in a log points at the code without a debugger.
            var where = e.TargetSite is { DeclaringType: { } type } site ? $" at {type.Name}.{site.Name}" : "";
            return new AnalysisOutcome(null, new ReadFailure(document.Source, $"analysis failed ({e.GetType().Name}: {e.Message}){where}"));
        }
    }
#pragma warning restore CA1031
}
