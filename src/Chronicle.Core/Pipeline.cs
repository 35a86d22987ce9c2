using System.Collections.Immutable;

namespace Chronicle;

/// <summary>
/// An immutable sequence of stages, built once and reused for every article from any thread.
/// </summary>
public sealed class Pipeline
{
    private Pipeline(ImmutableArray<IStage> stages)
    {
        Stages = stages;
        Version = stages.IsEmpty ? "none" : string.Join('+', stages.Select(s => $"{s.Name}@{s.Version}"));
    }

    /// <summary>A pipeline that finds nothing: documents pass through unannotated.</summary>
    public static Pipeline Empty { get; } = new([]);

    /// <summary>The stages in the order they run.</summary>
    public ImmutableArray<IStage> Stages { get; }

    /// <summary>Every stage's name and version, stored with what the pipeline produced.</summary>
    public string Version { get; }

    /// <summary>A pipeline running <paramref name="stages"/> in order.</summary>
    public static Pipeline Of(params IEnumerable<IStage> stages) => new([.. stages]);

    /// <summary>Runs every stage on the document.</summary>
    public Analysis Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = Annotations.Empty;
        foreach (var stage in Stages)
        {
            found = stage.Run(document, found);
        }

        return new Analysis(document, found, Version);
    }

    /// <summary>Runs every stage, adding each stage's elapsed time and allocated bytes to <paramref name="timings"/>.</summary>
    public Analysis Run(Document document, StageTimings timings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(timings);
        var found = Annotations.Empty;
        for (var i = 0; i < Stages.Length; i++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            found = Stages[i].Run(document, found);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            timings.Add(Stages[i].Name, elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated);
        }

        return new Analysis(document, found, Version);
    }
}
