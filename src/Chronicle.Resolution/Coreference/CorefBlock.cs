namespace Chronicle.Resolution.Coreference;

/// <summary>Mentions resolved together (one topic) and, for training, the gold chain of each.</summary>
/// <param name="Name">A name for messages, e.g. the topic.</param>
/// <param name="Mentions">The mentions.</param>
/// <param name="Chains">The gold chain id of each mention.</param>
public sealed record CorefBlock(string Name, IReadOnlyList<CorefMention> Mentions, IReadOnlyList<string> Chains);

/// <summary>The features of every pair i &lt; j of a block, row after row, with whether the pair corefers.</summary>
/// <param name="Count">Mentions in the block.</param>
/// <param name="Features">Pair-major: <see cref="PairFeatures.Count"/> values per pair.</param>
/// <param name="Labels">1 when the pair corefers.</param>
public sealed record PairSamples(int Count, float[] Features, byte[] Labels);
