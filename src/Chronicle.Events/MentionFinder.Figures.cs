namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // Words of force for what a policy or a campaign promise would do to a body or to crime: no force on people or
    // property. True when the mention is such a figure and no event.
    private bool PolicyFigure(Mention m, int t, bool passive, int end)
    {
        if (m.Type != PloverType.Assault || passive || WeaponInClause(m.Last, end))
        {
            return false;
        }

        // `will destroy the regiments by merging them`, `would wreck the service by cutting its budget`: harm foretold
        // as the result of a measure (a means that is no act of force) is a figure for the measure.
        if (Foretold(t) && NonViolentMeans(m.Last, end))
        {
            return true;
        }

        return CrimeSmashed(t, m.Last, end);
    }

    // `we can smash the criminal gangs`, `crush the drug rings`: breaking up crime is policing, not an assault.
    private bool CrimeSmashed(int t, int last, int end)
    {
        return view.Word(t) is var verb && (verb.StartsWith("smash", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("crush", StringComparison.OrdinalIgnoreCase)
            || verb.StartsWith("destroy", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("bust", StringComparison.OrdinalIgnoreCase)
            || verb.StartsWith("wipe", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("break", StringComparison.OrdinalIgnoreCase))
            && ObjectHead(last, end) is var crime and >= 0 && view.Is(crime, TalkWords.CrimeGroups);
    }

    // A modal within the verb group before the trigger (`will`, `would also`, `can`, `could be able to`).
    private bool Foretold(int t)
    {
        for (var k = t - 1; k >= 0 && k >= t - 3; k--)
        {
            if (view.Tag(k) == "MD" || view.Is(k, WordSets.IntentModals))
            {
                return true;
            }

            if (view.Tag(k) is not ("RB" or "RBR") && !view.Is(k, WordSets.Auxiliaries))
            {
                return false;
            }
        }

        return false;
    }

    // `by moulding them into one`, `by cutting its funds`: a `by` and a gerund in the clause after the verb whose act is
    // no trigger of force (`by bombing the bridge` is one).
    private bool NonViolentMeans(int last, int end)
    {
        for (var k = last + 1; k + 1 < end && k <= last + 8; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, '.') || view.IsPunct(k, ';'))
            {
                return false;
            }

            if (view.Word(k) is not "by" || view.Tag(k + 1) != "VBG")
            {
                continue;
            }

            foreach (var form in lexicon.Find(view.Word(k + 1)))
            {
                if (form.Type is PloverType.Assault or PloverType.Coerce or PloverType.Mobilize)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    // `backed by the United Nations' authority`, `supported by a UN mandate`, `endorsed by law`: a thing that lends its
    // force to a plan is no actor who supports anyone (`backed by the UN` is).
    private bool BackedByInstrument(Mention m, int t, int end)
    {
        if (m.Type != PloverType.Support || m.Noun || m.Last + 1 >= end || view.Word(m.Last + 1) is not "by"
            || !(view.Word(t).StartsWith("back", StringComparison.OrdinalIgnoreCase) || view.Word(t).StartsWith("support", StringComparison.OrdinalIgnoreCase)
                || view.Word(t).StartsWith("endors", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // The head is the last noun of the phrase after `by` (a name in it, `a UN mandate`, modifies it).
        var head = -1;
        for (var k = m.Last + 2; k < end && k <= m.Last + 8; k++)
        {
            // (`a UN mandate`: the tagger may read the noun as a verb after a name.)
            if (view.IsNoun(k) || view.Is(k, TalkWords.Instruments))
            {
                head = k;
            }
            else if (!(view.Tag(k) is "DT" or "JJ" or "CD" or "PRP$" || IsPossessiveMark(k)))
            {
                break;
            }
        }

        // (`backed by heavy artillery fire`, `supported by tanks`: arms that back troops in a fight are no supporter.)
        return head >= 0 && (view.Is(head, TalkWords.Instruments) || view.Is(head, WordSets.Weapons)
            || (view.Word(head) is "fire" && (view.Is(head - 1, WordSets.Firers) || view.Is(head - 1, WordSets.Weapons))));
    }

    // `a swing to the Greens allowed the Tories to win`, `may switch to the Lib Dems allowing the Tories to win`: the
    // actor before `allow` is the object of a preposition, so what allows is a result (a swing, a switch, a vote), and
    // a result yields nothing to anyone (`the government in Kabul allowed`, with an actor before `in`, does).
    private bool ResultPermits(Mention m, int t, List<Actor> subjects, int first)
    {
        if (m.Type is not (PloverType.Concede or PloverType.Agree) || m.Noun
            || !(view.Word(t).StartsWith("allow", StringComparison.OrdinalIgnoreCase) || view.Word(t).StartsWith("let", StringComparison.OrdinalIgnoreCase)
                || view.Word(t).StartsWith("enabl", StringComparison.OrdinalIgnoreCase) || view.Word(t).StartsWith("permit", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var source = subjects.Count > 0 ? subjects[0] : null;
        if (source is null || source.First >= t)
        {
            return false;
        }

        var k = source.First - 1;
        while (k >= first && view.Tag(k) is "DT" or "PRP$" or "JJ")
        {
            k--;
        }

        return k - 1 >= first && view.Tag(k) is "IN" or "TO" && !view.Is(k, WordSets.Locatives) && (view.IsNoun(k - 1) || view.IsVerb(k - 1))
            && !actors.IsActorToken(k - 1) && view.EntityAt[k - 1] < 0;
    }

    // `Labour has withdrawn two posters`, `withdrew the advert`, `withdraw his comments`: words or material taken back
    // leave no place and yield to no one (`withdrew its troops`, `withdrew from the talks` do).
    private bool WithdrawnWords(Mention m, int t, bool passive, int end) =>
        m.Type == PloverType.Retreat && !passive && view.Word(t).StartsWith("withdr", StringComparison.OrdinalIgnoreCase)
        && ObjectHead(m.Last, end) is var taken and >= 0 && (view.Is(taken, TalkWords.Said)
            || view.Word(taken) is "remarks" or "remark" or "comments" or "comment" or "statement" or "statements" or "claim" or "claims");
}
