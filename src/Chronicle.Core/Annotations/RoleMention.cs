namespace Chronicle;

/// <summary>
/// A role or affiliation the text gives a named actor, with the words that say so: <c>White House press
/// secretary</c> before a name, <c>a prominent Iranian journalist</c> in apposition after it.
/// </summary>
/// <param name="Entity">Index into the article's entities of the actor the role belongs to.</param>
/// <param name="Span">The words that state the role (title or apposition), with the affiliation.</param>
/// <param name="Role">The role in lower case (<c>press secretary</c>, <c>journalist</c>).</param>
/// <param name="Affiliation">The organisation, country or nationality named with the role, when one is.</param>
/// <param name="AffiliationId">The affiliation's entity id, when resolved.</param>
/// <param name="Country">ISO 3166 alpha-2 country of the affiliation, when known.</param>
/// <param name="Sector">The role's sector (<c>government</c>, <c>military</c>, <c>media</c>...), when known.</param>
public sealed record RoleMention(int Entity, TextSpan Span, string Role, string? Affiliation, string? AffiliationId, string? Country, string? Sector);
