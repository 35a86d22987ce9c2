namespace Chronicle;

/// <summary>
/// One step of the pipeline. A stage reads the document and what earlier stages found and returns
/// the annotations with its own findings added. Stages are immutable and thread-safe.
/// </summary>
public interface IStage
{
    /// <summary>A short name, for timings and provenance (<c>times</c>).</summary>
    string Name { get; }

    /// <summary>The version of the stage's code and data, stored with what it produced.</summary>
    string Version { get; }

    /// <summary>Adds this stage's findings.</summary>
    Annotations Run(Document document, Annotations found);
}
