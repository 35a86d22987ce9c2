using System.Security.Cryptography;
using System.Text;
using Chronicle.Recognizers.Names;

namespace Chronicle.Resolution;

/// <summary>
/// Gives every name an entity id that is the same in every article, run and database: a hash of the entity's kind
/// and the match key of its canonical name. <c>Putin</c> after <c>Vladimir Putin</c> has the canonical name
/// <c>Vladimir Putin</c>, and <c>Bashar Assad</c> and <c>Bashar al-Assad</c> share a key, so each pair shares an id.
/// A place name resolved by the places stage is keyed on what it resolved to, so <c>Iran</c> and
/// <c>Islamic Republic of Iran</c> are one entity. This is the first, deterministic step of cross-article
/// resolution: it merges equal full names and resolved places, not people who only share a surname.
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
        return found with { Entities = [.. found.Entities.Select(e => e with { EntityId = IdOf(e, found.Places) })] };
    }

    private static string IdOf(EntityMention mention, IReadOnlyList<PlaceMention> places)
    {
        if (mention.Type is EntityType.Gpe or EntityType.Loc)
        {
            foreach (var place in places)
            {
                if (place.Span.Overlaps(mention.Span) && PlaceKey(place.Place) is { } key)
                {
                    return Hash($"place|{key}");
                }
            }
        }

        return IdOf(mention.Type, mention.Canonical);
    }

    /// <summary>The id of a place as the gazetteer resolved it: its country for a country, else its GeoNames id.</summary>
    public static string? PlaceKey(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.Precision == GeoPrecision.Country && place.Country is { } country
            ? "country:" + country
            : place.GeonameId is { } id ? "geonames:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The id of an entity of this type and canonical name.</summary>
    public static string IdOf(EntityType type, string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        var key = CanonicalNames.MatchKey(canonical);
        return Hash($"{Kind(type)}|{(key.Length == 0 ? canonical.ToLowerInvariant() : key)}");
    }

    private static string Hash(string key) => "E" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 6));

    // A place is one entity whether a sentence reads it as a state (GPE) or a location (LOC).
    private static string Kind(EntityType type) => type is EntityType.Gpe or EntityType.Loc ? "place" : type.ToString().ToLowerInvariant();
}
