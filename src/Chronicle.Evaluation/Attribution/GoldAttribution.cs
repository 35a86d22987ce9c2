namespace Chronicle.Evaluation.Attribution;

/// <summary>
/// One annotated attribution. Discontinuous BRAT spans are kept as their hull (first start to last end): a quote
/// interrupted by its cue is one content for the pipeline too.
/// </summary>
/// <param name="Source">The source's words, or null when the annotator marked none.</param>
/// <param name="Cue">The cue's words.</param>
/// <param name="Content">The content attributed.</param>
public sealed record GoldAttribution(TextSpan? Source, TextSpan? Cue, TextSpan? Content);

/// <summary>One article's text and, for each annotator who annotated it, their attributions.</summary>
/// <param name="Name">The article's file name without extension.</param>
/// <param name="Text">The article text.</param>
/// <param name="Annotations">One list per annotator.</param>
public sealed record AttributionArticle(string Name, string Text, IReadOnlyList<IReadOnlyList<GoldAttribution>> Annotations);
