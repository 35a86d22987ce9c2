namespace Chronicle.Engine.Actors;

/// <summary>What the articles and the actor dictionary say about one actor.</summary>
/// <param name="EntityId">The actor's entity id, the same in every article.</param>
/// <param name="Name">The name the articles use most.</param>
/// <param name="Type">The entity type on the wire (<c>PERSON</c>, <c>ORG</c>, <c>GPE</c>, <c>NORP</c>).</param>
/// <param name="Mentions">How often the articles name it.</param>
/// <param name="Sources">The articles that name it, in the order they were read.</param>
/// <param name="Country">Its country: the one its roles say most often, else the dictionary's.</param>
/// <param name="Sector">Its sector, found the same way.</param>
/// <param name="Facts">Each role with where it comes from.</param>
public sealed record ActorProfile(
    string EntityId, string Name, string Type, int Mentions, IReadOnlyList<string> Sources, string? Country, string? Sector, IReadOnlyList<ActorFact> Facts);

/// <summary>One role of an actor and the words (or the dictionary entry) that say so.</summary>
/// <param name="Role">The role (<c>president</c>, <c>journalist</c>) or the dictionary's CAMEO code.</param>
/// <param name="Affiliation">The organisation, country or nationality of the role, when named.</param>
/// <param name="Country">ISO 3166 alpha-2 country, when known.</param>
/// <param name="Sector">Sector in words, when known.</param>
/// <param name="Source">The article (its source) or <c>dictionary</c>.</param>
/// <param name="Text">The words of the article that state it, or the dictionary's name of the actor.</param>
/// <param name="Start">Start offset of those words in the article's text; -1 for the dictionary.</param>
/// <param name="End">End offset; -1 for the dictionary.</param>
/// <param name="From">For a dictionary role, the first day it holds, if bounded.</param>
/// <param name="To">For a dictionary role, the last day it holds, if bounded.</param>
public sealed record ActorFact(
    string Role, string? Affiliation, string? Country, string? Sector, string Source, string Text, int Start, int End, DateOnly? From = null, DateOnly? To = null);
