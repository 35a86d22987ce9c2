namespace Chronicle.Events;

/// <summary>An actor noun phrase found in a sentence: its tokens, surface span and who it is.</summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Last">Index of its last token.</param>
/// <param name="Span">Its surface span.</param>
/// <param name="Canonical">Who it is: the entity's canonical name, or the phrase without its article.</param>
/// <param name="EntityId">The entity id when the phrase is headed by a name.</param>
/// <param name="Country">The actor's country, when known.</param>
/// <param name="People">True for crowds and groups of people (<c>protesters</c>, <c>Iranians</c>).</param>
/// <param name="Guessed">True when the country is only the article's (<c>police</c>, an unknown person), so the event's place may say better.</param>
internal sealed record Actor(int First, int Last, TextSpan Span, string Canonical, string? EntityId, string? Country, bool People, bool Guessed = false)
{
    public EventActor As(ActorRole role) => new(role, Span, Canonical, EntityId, Country);
}
