namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>One annotated attribution's spans, any of which may be missing.</summary>
/// <param name="Source">The source's words.</param>
/// <param name="Cue">The cue's words.</param>
/// <param name="Content">The content (the hull of its pieces).</param>
public sealed record AttributionSpans(TextSpan? Source, TextSpan? Cue, TextSpan? Content);

/// <summary>One annotator's attributions for one article, with the article's earlier annotations (tokens, tags, names).</summary>
/// <param name="Text">The article text.</param>
/// <param name="Found">Tokens, sentences, tags and entities from the pipeline's earlier stages.</param>
/// <param name="Gold">The annotated attributions.</param>
public sealed record AttributionExample(string Text, Annotations Found, IReadOnlyList<AttributionSpans> Gold);
