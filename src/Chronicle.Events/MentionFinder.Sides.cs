namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // The mentions found so far in the article (set by Find), where counted sides look for the parties they count.
    private List<Mention> told = [];

    /// <summary>
    /// `Kenya and Ethiopia held talks in Nairobi. The two sides agreed to reopen the border`: a subject counting two
    /// sides (`both sides`, `the two countries`) stands for the two parties of the last act between two named parties
    /// told in the two sentences before (or earlier in its own): both are the act's sources, each keeping the words
    /// `the two sides` for its span, and a meeting or an agreement between them pairs them later (MutualActs).
    /// </summary>
    private bool NameTheSides(Mention m, List<Actor> subjects)
    {
        if (subjects is not [var sides] || !CountedTwo(sides.Last))
        {
            return false;
        }

        for (var k = told.Count - 1; k >= 0 && told[k].Sentence >= m.Sentence - 2; k--)
        {
            var pair = told[k];
            var first = pair.Actors.Find(a => a.Role == ActorRole.Source && Named(a));
            // (`X and Y have agreed`: parties named together as a subject are paired only later, in MutualActs.)
            var second = pair.Actors.Find(a => a.Role == ActorRole.Target && Named(a))
                ?? pair.Actors.Find(a => a.Role == ActorRole.Source && Named(a) && first is not null && !SameParty(a, first));
            if (first is null || second is null || SameParty(first, second))
            {
                continue;
            }

            m.Actors.Add(first with { Span = sides.Span });
            m.Actors.Add(second with { Role = ActorRole.Source, Span = sides.Span });
            return true;
        }

        if (NamedTogether(m.Sentence) is ({ } one, { } other))
        {
            m.Actors.Add(one.As(ActorRole.Source) with { Span = sides.Span });
            m.Actors.Add(other.As(ActorRole.Source) with { Span = sides.Span });
            return true;
        }

        return false;
    }

    /// <summary>
    /// With no act between them told just before, `the two companies` are the last two parties the article named
    /// together in the four sentences before: `talks between A and B`, `A and B have...`, `A's offer for B`, `A made an
    /// offer for B`.
    /// </summary>
    private (Actor?, Actor?) NamedTogether(int sentence)
    {
        for (var s = sentence - 1; s >= 0 && s >= sentence - 4; s--)
        {
            var first = view.Found.Sentences[s].FirstToken;
            var end = first + view.Found.Sentences[s].TokenCount;
            for (var j = end - 2; j > first; j--)
            {
                var left = j - 1;
                var right = j + 1;
                if (view.Word(j) is "and" || Bid(j, first) || Bidder(j, first) >= 0)
                {
                    if (view.Word(j) is not "and")
                    {
                        left = Bid(j, first) ? j - 2 : Bidder(j, first);
                        right = j + 2;
                    }

                    if (right < end && Party(left) && Party(right)
                        && actors.Read(left, NameStart(left, first), left) is { } one && actors.Read(right, right, NameEnd(right, end)) is { } other
                        && Named(one.As(ActorRole.Source)) && Named(other.As(ActorRole.Source))
                        && !SameParty(one.As(ActorRole.Source), other.As(ActorRole.Source)))
                    {
                        return (one, other);
                    }
                }
            }
        }

        return (null, null);
    }

    // `A's offer for B`, `A's bid for B`, `A's takeover of B`: j is the noun, after the possessive, before `for`/`of`.
    private bool Bid(int j, int first) =>
        j - 2 >= first && j + 2 < view.Tokens.Length && view.Word(j) is "offer" or "bid" or "takeover" or "approach" or "merger"
        && view.Word(j - 1) is "'s" or "’s" && view.Word(j + 1) is "for" or "of" or "with";

    private int NameStart(int k, int first)
    {
        while (k - 1 >= first && view.EntityAt[k - 1] == view.EntityAt[k])
        {
            k--;
        }

        return k;
    }

    private int NameEnd(int k, int end)
    {
        while (k + 1 < end && view.EntityAt[k + 1] == view.EntityAt[k])
        {
            k++;
        }

        return k;
    }

    // `A made an offer for B`, `A has launched a takeover bid for B`: j is the noun before `for`/`of`; the bidder is the name
    // right before the verb that takes it (-1 when there is none).
    private int Bidder(int j, int first)
    {
        if (j + 2 >= view.Tokens.Length || view.Word(j) is not ("offer" or "bid" or "approach") || view.Word(j + 1) is not ("for" or "to"))
        {
            return -1;
        }

        var k = j - 1;
        while (k > first && view.Tag(k) is "DT" or "JJ" or "NN" or "PRP$" or "CD")
        {
            k--;
        }

        if (!view.IsVerb(k))
        {
            return -1;
        }

        k--;
        while (k > first && (view.Is(k, WordSets.Auxiliaries) || view.Tag(k) == "RB"))
        {
            k--;
        }

        return k >= first && Party(k) ? k : -1;
    }

    // A named organisation, state or person at token k.
    private bool Party(int k) =>
        k >= 0 && k < view.Tokens.Length && view.EntityAt[k] >= 0
        && view.Found.Entities[view.EntityAt[k]].Type is EntityType.Org or EntityType.Gpe or EntityType.Person;

    // `both sides`, `the two countries`, `both governments`.
    private bool CountedTwo(int head) =>
        head > 0 && view.Word(head) is "sides" or "countries" or "nations" or "governments" or "companies" or "firms"
        && view.Word(head - 1) is "two" or "both" or "Both";

    private static bool Named(EventActor a) => a.EntityId is not null || a.Country is not null;

    private static bool SameParty(EventActor a, EventActor b) =>
        (a.EntityId is not null && a.EntityId == b.EntityId) || (a.EntityId is null && b.EntityId is null && a.Country == b.Country);
}
