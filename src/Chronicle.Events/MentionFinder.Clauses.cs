namespace Chronicle.Events;

// Clause shapes that decide whether a subject, an agent or an object stands for an actor at all: relatives after
// things, enforcers reporting arrests, unnamed pronouns, passives of things, money pledged.
internal sealed partial class MentionFinder
{
    // `a good deal for local government, which will allow`: an actor after a preposition that hangs from a thing is
    // not what `which` stands for; the thing is (`who` stands for a person all the same).
    private bool InThingPhrase(Actor actor, int first)
    {
        var k = actor.First - 1;
        return k - 1 >= first && view.Tag(k) == "IN" && view.IsNoun(k - 1) && !actors.IsActorToken(k - 1);
    }

    // `trouble with Iran, which had condemned the invasion`: a thing cannot condemn, accuse or threaten, so a country or
    // a body named after the preposition is what `which` stands for when the relative clause's verb is a verbal act
    // (`the economy of Iran, which grew` keeps the thing).
    private bool VerbalActOfBody(Actor actor, int verb)
    {
        if (!view.IsVerb(verb) || !view.Is(verb, WordSets.VerbalActs) || view.EntityAt[actor.Last] < 0)
        {
            return false;
        }

        return view.Found.Entities[view.EntityAt[actor.Last]].Type is EntityType.Gpe or EntityType.Org;
    }

    // `Police said the two men, who were arrested on Friday`: the police or the army reporting an arrest whose
    // arrester the clause leaves out made it.
    private Actor? ReportingEnforcer(int t, int first, int end)
    {
        for (var j = t - 1; j >= first; j--)
        {
            if (view.IsVerb(j) && view.Is(j, WordSets.Reporting))
            {
                var reporter = Subject(j, first, end, 1);
                return reporter.Count > 0 && view.Is(reporter[0].Last, WordSets.Enforcers) ? reporter[0] : null;
            }
        }

        return null;
    }

    private bool RelativeSubject(int verb, int first)
    {
        var k = verb - 1;
        while (k >= first && Skippable(k))
        {
            k--;
        }

        return k >= first && view.Is(k, WordSets.Relatives);
    }

    // `as they became disheartened with X`, `it is obstructing Y`: a verbal act whose subject is a pronoun nobody named
    // before accounts for is told of someone the reader cannot name; a row with its doer missing misleads.
    private bool UnnamedPronounSubject(Mention m, int first)
    {
        if (m.Type is PloverType.Assault or PloverType.Coerce or PloverType.Protest or PloverType.Mobilize)
        {
            return false;
        }

        var k = m.First - 1;
        while (k >= first && Skippable(k))
        {
            k--;
        }

        return k >= first && view.Is(k, WordSets.ThirdPerson);
    }

    // `pledged 20 million dollars to X`: a promise of money is economic aid to the one it is made to, not an agreement
    // with what is given. (An offer of troops PLOVER's own records code as AGREE, so it stays one.)
    private string? GivenAid(Mention m)
    {
        var verb = view.Word(m.First);
        if (!(verb.StartsWith("offer", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("pledg", StringComparison.OrdinalIgnoreCase)
            || verb.StartsWith("promis", StringComparison.OrdinalIgnoreCase)) || m.Last + 1 >= view.Tokens.Length)
        {
            return null;
        }

        var at = view.Tokens[m.Last + 1].Span.Start;
        foreach (var q in view.Found.Quantities)
        {
            if (q.Span.Start != at || q.Unit is not { } unit)
            {
                continue;
            }

            return (unit.Length == 3 && unit.All(char.IsUpper)) || WordSets.Currencies.Contains(unit) ? KindOfMoneyAid(m.Last) : null;
        }

        return null;
    }

    // `pledged 500 million euros in humanitarian aid`, `$1bn of military assistance`: money given for a kind of aid is
    // aid of that kind; money alone is economic.
    private string KindOfMoneyAid(int last)
    {
        for (var k = last + 1; k < view.Tokens.Length && k <= last + 8 && !view.IsClauseBreak(k) && !view.IsPunct(k, '.'); k++)
        {
            if (view.Word(k) is "humanitarian" or "medical" or "emergency" or "relief")
            {
                return "humanitarian";
            }

            if (view.Word(k) is "military" or "defence" or "defense" or "security")
            {
                return "military";
            }
        }

        return "economic";
    }

    private bool Be(int t, int first)
    {
        for (var k = t - 1; k >= first && k >= t - 4 && Skippable(k); k--)
        {
            if (view.Is(k, WordSets.Be))
            {
                return true;
            }
        }

        return false;
    }

    // The noun before a passive's auxiliaries (past a participle coordinated before it), or -1.
    private int PassiveThing(int t, int first)
    {
        var k = t - 1;
        if (k - 1 >= first && view.Word(k) is "and" or "or" && view.Tag(k - 1) == "VBN")
        {
            k -= 2;
        }

        while (k >= first && Skippable(k))
        {
            k--;
        }

        return k >= first && view.IsNoun(k) ? k : -1;
    }
}
