namespace Chronicle;

/// <summary>Chronicle's name types: CoNLL's four, with LOC split into GPE and LOC and MISC groups as NORP.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation.</summary>
    Org,
    /// <summary>A geopolitical entity: country, state, city.</summary>
    Gpe,
    /// <summary>Another place: region, river, square, camp.</summary>
    Loc,
    /// <summary>Nationalities, religious and political groups.</summary>
    Norp,
    /// <summary>Other names (events, products, works).</summary>
    Misc,
}

/// <summary>A name in the text, with the canonical name of the entity it refers to.</summary>
/// <param name="Span">Where the name is.</param>
/// <param name="Type">What it names.</param>
/// <param name="Canonical">The entity's fullest name in the article (<c>Vladimir Putin</c> for <c>Putin</c>).</param>
/// <param name="EntityId">The entity's id across articles, once resolved; null before.</param>
public sealed record EntityMention(TextSpan Span, EntityType Type, string Canonical, string? EntityId = null);
