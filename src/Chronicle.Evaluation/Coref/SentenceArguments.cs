using System.Collections.Immutable;

namespace Chronicle.Evaluation.Coref;

/// <summary>The argument words of one sentence that event coreference compares: who, when, where.</summary>
/// <param name="Participants">Words naming people and organisations.</param>
/// <param name="Times">Words of time expressions.</param>
/// <param name="Places">Words of places.</param>
public sealed record SentenceArguments(ImmutableArray<string> Participants, ImmutableArray<string> Times, ImmutableArray<string> Places)
{
    /// <summary>The same arguments as phrases, for attaching each to its nearest event trigger.</summary>
    public ImmutableArray<ArgumentPhrase> Phrases { get; init; } = [];

    /// <summary>No arguments.</summary>
    public static SentenceArguments None { get; } = new([], [], []);
}
