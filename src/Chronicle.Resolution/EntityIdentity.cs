using System.Security.Cryptography;
using System.Text;
using Chronicle.Recognizers.Names;

namespace Chronicle.Resolution;

/// <summary>
/// Gives every name an entity id that is the same in every article, run and database: a hash of the entity's kind
/// and the match key of its canonical name. <c>Putin</c> after <c>Vladimir Putin</c> has the canonical name
/// <c>Vladimir Putin</c>, and <c>Bashar Assad</c> and <c>Bashar al-Assad</c> share a key, so each pair shares an id.
/// This is the first, deterministic step of cross-article resolution: it merges equal full names, not people who
/// only share a surname.
/// </summary>
public sealed class EntityIdentity : IStage
{
    /// <inheritdoc />
    public string Name => "entity-ids";

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(found);
        return found with { Entities = [.. found.Entities.Select(e => e with { EntityId = IdOf(e.Type, e.Canonical) })] };
    }

    /// <summary>The id of an entity of this type and canonical name.</summary>
    public static string IdOf(EntityType type, string canonical)
    {
        var key = CanonicalNames.MatchKey(canonical);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Kind(type)}|{(key.Length == 0 ? canonical.ToLowerInvariant() : key)}"));
        return "E" + Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }

    // A place is one entity whether a sentence reads it as a state (GPE) or a location (LOC).
    private static string Kind(EntityType type) => type is EntityType.Gpe or EntityType.Loc ? "place" : type.ToString().ToLowerInvariant();
}
