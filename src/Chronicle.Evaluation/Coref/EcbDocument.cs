using System.Collections.Immutable;

namespace Chronicle.Evaluation.Coref;

/// <summary>An annotated mention of an ECB+ document: its tag, tokens and gold coreference chain.</summary>
/// <param name="Id">The mention's <c>m_id</c>.</param>
/// <param name="Tag">The annotation tag, e.g. <c>ACTION_OCCURRENCE</c>, <c>HUMAN_PART_PER</c>, <c>TIME_DATE</c>.</param>
/// <param name="Tokens">Indexes into the document's tokens, in order.</param>
/// <param name="Sentence">The sentence of its first token.</param>
/// <param name="Chain">
/// The gold chain: the cross-document instance id, a within-document chain id, or an id of its own (a singleton).
/// </param>
public sealed record EcbMention(int Id, string Tag, ImmutableArray<int> Tokens, int Sentence, string Chain)
{
    /// <summary>An event mention: <c>ACTION_*</c> or <c>NEG_ACTION_*</c>.</summary>
    public bool IsEvent => Tag.StartsWith("ACTION", StringComparison.Ordinal) || Tag.StartsWith("NEG_ACTION", StringComparison.Ordinal);
}

/// <summary>One ECB+ document (CAT XML): tokens with their sentence numbers and the annotated mentions.</summary>
/// <param name="Name">The file name without extension, e.g. <c>2_1ecbplus</c>.</param>
/// <param name="Topic">The topic number.</param>
/// <param name="IsPlus">True for the documents added by ECB+ (the second sub-topic), false for the ECB ones.</param>
/// <param name="Words">The tokens.</param>
/// <param name="Sentences">The sentence number of each token.</param>
/// <param name="Mentions">Every anchored mention.</param>
public sealed record EcbDocument(
    string Name, int Topic, bool IsPlus, ImmutableArray<string> Words, ImmutableArray<int> Sentences, ImmutableArray<EcbMention> Mentions)
{
    /// <summary>The sub-topic key: the topic and which half of ECB+ the document belongs to.</summary>
    public string Subtopic => IsPlus ? $"{Topic}plus" : $"{Topic}ecb";
}
