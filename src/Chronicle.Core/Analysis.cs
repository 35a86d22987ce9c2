namespace Chronicle;

/// <summary>A document with everything the pipeline found in it.</summary>
/// <param name="Document">The article.</param>
/// <param name="Annotations">What the stages found.</param>
/// <param name="PipelineVersion">Which stages and versions produced it.</param>
public sealed record Analysis(Document Document, Annotations Annotations, string PipelineVersion);
