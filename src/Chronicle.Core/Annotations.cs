using System.Collections.Immutable;

namespace Chronicle;

/// <summary>
/// Everything the stages found in one document. Immutable: a stage returns a copy with its own
/// findings added (<c>found with { Times = ... }</c>) and leaves the rest as it was.
/// </summary>
public sealed record Annotations
{
    /// <summary>Nothing found yet.</summary>
    public static Annotations Empty { get; } = new();

    /// <summary>Tokens in text order.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Sentences in text order.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>Part-of-speech tags, one per token (Penn Treebank tags), or empty before tagging.</summary>
    public ImmutableArray<string> PosTags { get; init; } = [];

    /// <summary>Names of people, organisations, places and groups.</summary>
    public ImmutableArray<EntityMention> Entities { get; init; } = [];

    /// <summary>Time expressions resolved to TIMEX3 values.</summary>
    public ImmutableArray<TimeMention> Times { get; init; } = [];

    /// <summary>Quantities with values and bounds.</summary>
    public ImmutableArray<Quantity> Quantities { get; init; } = [];

    /// <summary>Place names resolved to gazetteer entries.</summary>
    public ImmutableArray<PlaceMention> Places { get; init; } = [];

    /// <summary>Attributions: who says what.</summary>
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>Roles and affiliations the text gives named actors.</summary>
    public ImmutableArray<RoleMention> Roles { get; init; } = [];

    /// <summary>Coded events.</summary>
    public ImmutableArray<CodedEvent> Events { get; init; } = [];
}
