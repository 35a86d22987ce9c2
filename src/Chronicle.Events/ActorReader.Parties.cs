using System.Collections.Frozen;
using Chronicle.Resolution;

namespace Chronicle.Events;

// One party named many ways: `the Conservatives`, `the Tories`, `the Tory party` and `Conservative` are one actor, so
// an event told twice with two of its names merges, and an actor page gathers them. Only the party itself is renamed:
// `Labour MPs`, `Tory leader X` and `the government` (whoever governs) stay who they are.
internal sealed partial class ActorReader
{
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PartyNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Conservatives"] = "Conservative Party", ["Conservative"] = "Conservative Party", ["Conservative party"] = "Conservative Party",
        ["Tories"] = "Conservative Party", ["Tory"] = "Conservative Party", ["Tory party"] = "Conservative Party",
        ["Labour"] = "Labour Party", ["Labour party"] = "Labour Party", ["New Labour"] = "Labour Party",
        ["Liberal Democrats"] = "Liberal Democrats", ["Liberal Democrat party"] = "Liberal Democrats", ["Lib Dems"] = "Liberal Democrats",
        ["Liberal Democrat"] = "Liberal Democrats", ["Lib Dem"] = "Liberal Democrats",
        ["Greens"] = "Green Party", ["Green party"] = "Green Party",
        ["UKIP"] = "UK Independence Party", ["UK Independence party"] = "UK Independence Party",
        ["BNP"] = "British National Party", ["British National party"] = "British National Party",
        ["SNP"] = "Scottish National Party", ["Scottish National party"] = "Scottish National Party", ["Scottish Nationalists"] = "Scottish National Party",
        ["Plaid"] = "Plaid Cymru", ["Plaid Cymru"] = "Plaid Cymru",
        ["Republicans"] = "Republican Party", ["Republican party"] = "Republican Party", ["GOP"] = "Republican Party",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The party's one name and id when the whole phrase (past its article) is one of its names; else the actor as it is.
    private Actor PartyAlias(Actor actor)
    {
        var name = view.Text.AsSpan(actor.Span.Start, actor.Span.Length);
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        if (name.IsEmpty || !char.IsUpper(name[0]) || !PartyNames.TryGetValue(name, out var party))
        {
            return actor;
        }

        // `Labour` in Israel, `the BNP` in Bangladesh: only the party of the article's own politics is renamed.
        var partyCountry = party == "Republican Party" ? "US" : "GB";
        if (parties.Of(name, Home, view.Focus) != partyCountry)
        {
            return actor;
        }

        var id = lexicon?.Find(party, view.Document.Published, partialNames: false) is { } known
            ? EntityIdentity.ActorId(known)
            : EntityIdentity.IdOf(EntityType.Org, party);
        return actor with { Canonical = party, EntityId = id };
    }
}
