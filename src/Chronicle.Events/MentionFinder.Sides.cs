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

        return false;
    }

    // `both sides`, `the two countries`, `both governments`.
    private bool CountedTwo(int head) =>
        head > 0 && view.Word(head) is "sides" or "countries" or "nations" or "governments"
        && view.Word(head - 1) is "two" or "both" or "Both";

    private static bool Named(EventActor a) => a.EntityId is not null || a.Country is not null;

    private static bool SameParty(EventActor a, EventActor b) =>
        (a.EntityId is not null && a.EntityId == b.EntityId) || (a.EntityId is null && b.EntityId is null && a.Country == b.Country);
}
