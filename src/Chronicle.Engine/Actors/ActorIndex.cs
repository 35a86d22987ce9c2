using System.Globalization;
using Chronicle.Contract;
using Chronicle.Resolution.Actors;

namespace Chronicle.Engine.Actors;

/// <summary>
/// The actor knowledge base over a set of analysed articles: every named actor with its mentions, the articles
/// that name it, the roles the text gives it (with the words that say so) and the roles the actor dictionary
/// gives it on the articles' dates. Built incrementally, one article at a time, in reading order.
/// </summary>
/// <param name="lexicon">The actor dictionary.</param>
public sealed class ActorIndex(ActorLexicon lexicon)
{
    private const string Dictionary = "dictionary";
    private readonly Dictionary<string, Builder> actors = new(StringComparer.Ordinal);

    /// <summary>Adds what one article says.</summary>
    public void Add(ArticleJson article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var published = DateOnly.TryParseExact(article.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
        foreach (var entity in article.Entities)
        {
            if (entity.EntityId is not { } id || entity.Type == "MISC")
            {
                continue;
            }

            var actor = Get(id);
            actor.Mention(entity.Canonical, entity.Type, article.Source);
            if (entity.Type is "GPE" or "LOC" && article.Places.FirstOrDefault(p => p.Start < entity.End && entity.Start < p.End) is { Country: { } country })
            {
                actor.PlaceCountry = country;
            }

            if (entity.Type is "PERSON" or "ORG" && lexicon.Find(entity.Canonical, published, entity.Type == "PERSON") is { } known
                && known.RoleOn(published) is { } role)
            {
                actor.Add(new ActorFact(role.Code, null, role.Country, role.Sector, Dictionary, known.Key, -1, -1, role.From, role.To));
            }
        }

        foreach (var role in article.Roles)
        {
            if (role.EntityId is { } id && actors.TryGetValue(id, out var actor))
            {
                actor.Add(new ActorFact(role.Role, role.Affiliation, role.Country, role.Sector, article.Source, role.Text, role.Start, role.End));
            }
        }
    }

    /// <summary>The actors, those named in most articles first, then by mentions, then by name.</summary>
    public IReadOnlyList<ActorProfile> Profiles() =>
        [.. actors.Values.Select(a => a.Build())
            .OrderByDescending(p => p.Sources.Count).ThenByDescending(p => p.Mentions).ThenBy(p => p.Name, StringComparer.Ordinal)];

    private Builder Get(string id)
    {
        if (!actors.TryGetValue(id, out var actor))
        {
            actors[id] = actor = new Builder(id);
        }

        return actor;
    }

    private sealed class Builder(string id)
    {
        // A country's profile is named by the country, not by its nationality, which shares its id.
        private readonly Dictionary<(string Name, string Type), int> names = [];
        private readonly List<string> sources = [];
        private readonly List<ActorFact> facts = [];
        private int mentions;

        public string? PlaceCountry { get; set; }

        public void Mention(string name, string type, string source)
        {
            mentions++;
            names[(name, type)] = names.GetValueOrDefault((name, type)) + 1;
            if (sources.Count == 0 || sources[^1] != source)
            {
                sources.Add(source);
            }
        }

        public void Add(ActorFact fact)
        {
            if (!facts.Contains(fact))
            {
                facts.Add(fact);
            }
        }

        // The text's own roles outvote the dictionary: they say what the actor is in these articles.
        public ActorProfile Build()
        {
            var fromText = facts.Where(f => f.Source != Dictionary).ToList();
            var name = names.OrderBy(n => n.Key.Type == "NORP" ? 1 : 0).ThenByDescending(n => n.Value)
                .ThenByDescending(n => n.Key.Name.Length).ThenBy(n => n.Key.Name, StringComparer.Ordinal).First().Key;
            return new ActorProfile(
                id,
                name.Name,
                name.Type,
                mentions,
                sources.Distinct(StringComparer.Ordinal).ToList(),
                MostCommon(fromText, f => f.Country) ?? MostCommon(facts, f => f.Country) ?? PlaceCountry,
                MostCommon(fromText, f => f.Sector) ?? MostCommon(facts, f => f.Sector),
                facts);
        }

        private static string? MostCommon(IEnumerable<ActorFact> from, Func<ActorFact, string?> key) =>
            from.Select(key).OfType<string>().GroupBy(k => k, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
    }
}
