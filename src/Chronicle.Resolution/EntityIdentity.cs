using System.Security.Cryptography;
using System.Text;
using Chronicle.Recognizers.Names;
using Chronicle.Recognizers.Places;
using Chronicle.Resolution.Actors;

namespace Chronicle.Resolution;

/// <summary>
/// Gives every name an entity id that is the same in every article, run and database: a hash of the entity's kind
/// and the match key of its canonical name. <c>Putin</c> after <c>Vladimir Putin</c> has the canonical name
/// <c>Vladimir Putin</c>, and <c>Bashar Assad</c> and <c>Bashar al-Assad</c> share a key, so each pair shares an id.
/// A place name resolved by the places stage is keyed on what it resolved to, so <c>Iran</c> and
/// <c>Islamic Republic of Iran</c> are one entity. A name the actor dictionary knows is keyed on that actor, so
/// <c>Putin</c> in one article and <c>Vladimir Putin</c> in another share an id, and so do <c>Khamenei</c> and
/// <c>Ali Khamenei</c>. A nationality (<c>Iranians</c>) or a country-derived word (<c>Iran-backed</c>) takes its
/// country's id, as event coders code such actors (CAMEO codes <c>Iranian</c> as IRN); its type still says it
/// names people. People who only share a surname are not merged unless the dictionary lists that surname for
/// one actor whose role holds on the article's date.
/// </summary>
/// <param name="actors">Known actors and their names.</param>
/// <param name="gazetteer">Countries and their demonyms.</param>
public sealed class EntityIdentity(ActorLexicon actors, Gazetteer gazetteer) : IStage
{
    /// <inheritdoc />
    public string Name => "entity-ids";

    /// <inheritdoc />
    public string Version => "3";

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        return found with { Entities = [.. found.Entities.Select(e => e with { EntityId = IdOf(e, document, found.Places) })] };
    }

    private string IdOf(EntityMention mention, Document document, IReadOnlyList<PlaceMention> places)
    {
        if (mention.Type is EntityType.Norp or EntityType.Misc && CountryOf(document.Text.AsSpan(mention.Span.Start, mention.Span.Length)) is { } country)
        {
            return Hash($"place|country:{country}");
        }

        if (mention.Type is EntityType.Person or EntityType.Org or EntityType.Norp or EntityType.Misc
            && actors.Find(mention.Canonical, document.Published, partialNames: mention.Type == EntityType.Person) is { } actor)
        {
            return ActorId(actor);
        }

        if (mention.Type is EntityType.Gpe or EntityType.Loc)
        {
            foreach (var place in places)
            {
                // A name the gazetteer lacks is only placed inside the article's town or country: it is
                // not that town or country, and must not share its id.
                if (place.Span.Overlaps(mention.Span) && PlaceKey(place.Place) is { } key
                    && (gazetteer.Contains(document.Text.AsSpan(place.Span.Start, place.Span.Length))
                        || gazetteer.CountryOfDemonym(document.Text.AsSpan(place.Span.Start, place.Span.Length)) is not null))
                {
                    return Hash($"place|{key}");
                }
            }
        }

        return IdOf(mention.Type, mention.Canonical);
    }

    /// <summary>The id of an actor of the dictionary.</summary>
    public static string ActorId(ActorEntry actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Hash($"actor|{actor.Key}");
    }

    // `Iranians`, `Iranian`, and a country or demonym before a hyphenated participle (`Iran-backed`, `US-led`).
    private string? CountryOf(ReadOnlySpan<char> words)
    {
        if (gazetteer.CountryOfDemonym(words) is { } country)
        {
            return country;
        }

        var dash = words.IndexOf('-');
        if (dash <= 0 || dash + 1 >= words.Length || !char.IsLower(words[dash + 1]) || words[(dash + 1)..].Contains(' '))
        {
            return null;
        }

        var head = words[..dash];
        if (gazetteer.CountryOfDemonym(head) is { } byDemonym)
        {
            return byDemonym;
        }

        foreach (var index in gazetteer.Find(head))
        {
            if (gazetteer.Entry(index) is { Precision: GeoPrecision.Country } entry)
            {
                return entry.Country;
            }
        }

        return null;
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

    // Every mention of every article is hashed: the key's bytes and the digest stay on the stack (short keys) and the
    // id is written in place, one string allocated instead of four.
    private static string Hash(string key)
    {
        var length = Encoding.UTF8.GetMaxByteCount(key.Length);
        var bytes = length <= 512 ? stackalloc byte[length] : new byte[length];
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..Encoding.UTF8.GetBytes(key, bytes)], digest);
        var head = 0UL;
        foreach (var b in digest[..6])
        {
            head = (head << 8) | b;
        }
        // "E" and the first six digest bytes in lower-case hex, as Convert.ToHexStringLower writes them.
        return string.Create(13, head, static (id, head) =>
        {
            id[0] = 'E';
            for (var k = 0; k < 12; k++)
            {
                id[1 + k] = "0123456789abcdef"[(int)(head >> (44 - (4 * k))) & 0xF];
            }
        });
    }

    // A place is one entity whether a sentence reads it as a state (GPE) or a location (LOC).
    private static string Kind(EntityType type) => type is EntityType.Gpe or EntityType.Loc ? "place" : type.ToString().ToLowerInvariant();
}
