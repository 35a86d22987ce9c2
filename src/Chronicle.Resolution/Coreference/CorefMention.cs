using System.Collections.Immutable;

namespace Chronicle.Resolution.Coreference;

/// <summary>An event mention to resolve across documents, with the words that describe its context.</summary>
/// <param name="Document">The document it is in.</param>
/// <param name="Sentence">Its sentence number in the document.</param>
/// <param name="Trigger">The words of the mention (<c>fired</c>, <c>set fire</c>).</param>
/// <param name="SentenceWords">The words of its sentence.</param>
/// <param name="Participants">Words naming people and organisations taking part, from its sentence.</param>
/// <param name="Times">Words of the time expressions of its sentence.</param>
/// <param name="Places">Words of the places of its sentence.</param>
/// <param name="TriggerIndex">Where the trigger's first word is in <paramref name="SentenceWords"/>, −1 if unknown.</param>
/// <param name="Arguments">
/// The argument phrases of its sentence whose nearest event trigger is this mention's (default or empty if unknown):
/// compared as entities and time values rather than words.
/// </param>
public sealed record CorefMention(
    string Document,
    int Sentence,
    ImmutableArray<string> Trigger,
    ImmutableArray<string> SentenceWords,
    ImmutableArray<string> Participants,
    ImmutableArray<string> Times,
    ImmutableArray<string> Places,
    int TriggerIndex = -1,
    ImmutableArray<CorefArgument> Arguments = default);
