using System.Collections.Immutable;
using Chronicle.Resolution.Coreference;

namespace Chronicle.Evaluation.Coref;

/// <summary>One argument phrase of an ECB+ sentence, by its tokens in the document.</summary>
/// <param name="Kind">What it names.</param>
/// <param name="First">Its first token.</param>
/// <param name="Last">Its last token.</param>
/// <param name="Words">Its words.</param>
public sealed record ArgumentPhrase(ArgumentKind Kind, int First, int Last, ImmutableArray<string> Words);
