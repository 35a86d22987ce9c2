using System.Collections.Frozen;
using Chronicle.Recognizers.Places;
using Chronicle.Resolution.Actors;

namespace Chronicle.Resolution.Roles;

/// <summary>
/// Finds the roles and affiliations an article gives the people and organisations it names, the facts an actor
/// knowledge base learns from text: a title before a name (<c>France's president Jean Dupont</c>, <c>Navy commander
/// Ana Ruiz</c>, <c>White House press secretary Tom Baker</c>) and an apposition after it (<c>Maria Lopez, a
/// prominent Chilean journalist,</c>). A role counts only when its head noun is a role the
/// actor lexicon knows (its generic agents: <c>president</c>, <c>commander</c>, <c>journalist</c>...), so a
/// date or a verb before a name is not taken for a title.
/// </summary>
/// <param name="actors">Generic agents and their sectors.</param>
/// <param name="gazetteer">Demonyms and countries.</param>
public sealed class RoleFinder(ActorLexicon actors, Gazetteer gazetteer) : IStage
{
    private const int MaxTitleWords = 4;
    private const int MaxAppositionWords = 9;

    // Heads the agents file lacks or codes with an odd sector for a title (it codes spokesmen as media).
    private static readonly FrozenDictionary<string, string?> ExtraRoles = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["secretary"] = "government", ["press secretary"] = "government", ["spokesman"] = null, ["spokeswoman"] = null,
        ["spokesperson"] = null, ["envoy"] = "government", ["ambassador"] = "government", ["official"] = "government",
        ["chief"] = null, ["head"] = null, ["leader"] = null, ["founder"] = null, ["director"] = null,
        ["chairman"] = null, ["chairwoman"] = null, ["group"] = null, ["organisation"] = null, ["organization"] = null,
        ["analyst"] = null, ["researcher"] = null, ["general"] = "military", ["colonel"] = "military",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Roles of organisations only: a person is not `a rights group`.
    private static readonly FrozenSet<string> GroupRoles = FrozenSet.Create(StringComparer.Ordinal, "group", "organisation", "organization");

    /// <inheritdoc />
    public string Name => "roles";

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        if (found.PosTags.Length != found.Tokens.Length || found.Entities.IsEmpty)
        {
            return found;
        }

        var view = new TokenView(document.Text, found);
        var roles = new List<RoleMention>();
        for (var e = 0; e < found.Entities.Length; e++)
        {
            var entity = found.Entities[e];
            if (entity.Type is not (EntityType.Person or EntityType.Org) || view.TokenRange(e) is not var (first, last))
            {
                continue;
            }

            if (entity.Type == EntityType.Person && Title(view, e, first) is { } title)
            {
                roles.Add(title);
            }

            if (Apposition(view, e, last) is { } apposition)
            {
                roles.Add(apposition);
            }
        }

        return roles.Count == 0 ? found : found with { Roles = [.. roles] };
    }

    // [affiliation ('s)?] title-words NAME
    private RoleMention? Title(TokenView view, int entity, int first)
    {
        var start = first;
        while (start > 0 && first - start < MaxTitleWords && view.IsTitleWord(start - 1))
        {
            start--;
        }

        if (start == first || RoleOf(view.Words(start, first)) is not var (role, sector))
        {
            return null;
        }

        var before = start > 0 && view.IsPossessive(start - 1) ? start - 1 : start;
        var affiliation = before > 0 ? view.EntityEndingAt(before - 1) : null;
        var spanStart = affiliation is { } a ? view.Entity(a).Span.Start : view.Start(start);
        return Make(view, entity, new TextSpan(spanStart, view.End(first - 1)), role, sector, affiliation);
    }

    // NAME , a|an|the words... (of|for|at X)? ,|.
    private RoleMention? Apposition(TokenView view, int entity, int last)
    {
        var at = last + 1;
        if (!view.IsText(at, ",") || !view.IsDeterminer(at + 1))
        {
            return null;
        }

        var end = at + 2;
        while (end < view.SentenceEnd(at) && end - at <= MaxAppositionWords && !view.IsClauseBreak(end))
        {
            end++;
        }

        // An apposition closes with a comma, a dash or the sentence's end; a verb right after means the noun
        // phrase is a subject (`Putin, the group declared`), not an apposition.
        var closed = end >= view.SentenceEnd(at) || view.IsText(end, ",") || view.IsText(end, ";") || view.IsSentenceFinal(end)
            || view.IsText(end, "\u2014") || view.IsText(end, ")");
        if (!closed || end - at > MaxAppositionWords)
        {
            return null;
        }

        // The head is the last noun before a preposition that introduces the affiliation (`spokesman for X`).
        var headEnd = end;
        for (var i = at + 2; i < end; i++)
        {
            if (view.IsPreposition(i))
            {
                headEnd = i;
                break;
            }
        }

        var headStart = headEnd;
        while (headStart > at + 2 && view.IsNoun(headStart - 1) && !view.InEntity(headStart - 1))
        {
            headStart--;
        }

        if (headStart == headEnd || RoleOf(view.Words(headStart, headEnd)) is not var (role, sector)
            || (view.Entity(entity).Type == EntityType.Person && GroupRoles.Contains(role[(role.LastIndexOf(' ') + 1)..])))
        {
            return null;
        }

        var affiliation = view.EntityWithin(at + 2, end);
        return Make(view, entity, new TextSpan(view.Start(at + 1), view.End(end - 1)), role, sector, affiliation);
    }

    private RoleMention Make(TokenView view, int entity, TextSpan span, string role, string? sector, int? affiliation)
    {
        string? name = null, id = null, country = null;
        if (affiliation is { } a)
        {
            var mention = view.Entity(a);
            name = mention.Canonical;
            id = mention.EntityId;
            country = gazetteer.CountryOfDemonym(view.Text(mention.Span)) ?? view.CountryOf(mention.Span);
            sector ??= mention.Type == EntityType.Gpe ? "government" : null;
        }

        return new RoleMention(entity, span, role, name, id, country, sector);
    }

    // The longest ending of the title words that is a known role, with its sector.
    private (string Role, string? Sector)? RoleOf(string words)
    {
        var phrase = words.ToLowerInvariant();
        for (var cut = 0; cut >= 0 && cut < phrase.Length; cut = phrase.IndexOf(' ', cut) is var s and >= 0 ? s + 1 : -1)
        {
            var tail = phrase[cut..];
            if (ExtraRoles.TryGetValue(tail, out var extra))
            {
                return (tail, extra);
            }

            if (actors.SectorOfAgent(tail) is { } sector)
            {
                return (tail, sector);
            }
        }

        return null;
    }
}
