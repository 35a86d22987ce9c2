using System.Collections.Frozen;

namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // `the tidal wave killed thousands`, `were killed by the earthquake`, `died in the floods`: a force of nature, an
    // illness or an accident harms without anyone acting, so there is no event between actors.
    private bool NaturalCause(Mention m, int t, bool passive, int first, int end)
    {
        if (!passive)
        {
            var k = t - 1;
            while (k >= first && Skippable(k))
            {
                k--;
            }

            // `the fire which destroyed the buildings`, `a flood that swept away the town`: the relative's antecedent.
            if (k - 1 >= first && view.Is(k, WordSets.Relatives))
            {
                k--;
            }

            if (k >= first && view.IsNoun(k) && view.Is(k, TalkWords.Hazards) && !ArmsFire(k, first))
            {
                return true;
            }

            // `Hurricane Ivan killed 2,000 people`, `Typhoon Haiyan killed thousands`: a named storm, the hazard's word a
            // title before its proper name.
            if (k - 1 >= first && view.Tag(k) is "NNP" && view.Tag(k - 1) is "NNP" && view.Is(k - 1, TalkWords.Hazards))
            {
                return true;
            }

            // `A fire at a warehouse killed 12 people`, `a fire at one cafe that killed 25`: the hazard is the head of
            // the subject, the noun before the verb only the place it struck.
            if (k >= first && view.IsNoun(k) && HazardAtPlace(k, first))
            {
                return true;
            }

            // `An earthquake that destroyed the town killed 300 people`, `The storm, which hit the coast, killed 12`: the
            // clause's subject is the noun phrase before the relative clause, not the noun just before the verb.
            if (HazardBeforeRelative(t, first))
            {
                return true;
            }
        }

        // `by the tsunami`, `in the earthquake`, `when the wave struck`: the agent or the occasion after the verb, past
        // its articles and adjectives.
        for (var k = m.Last + 1; k < end && k <= m.Last + 3; k++)
        {
            if (view.Word(k) is not ("by" or "in" or "during" or "when" or "as" or "after"))
            {
                continue;
            }

            for (var h = k + 1; h < end && h <= k + 4 && !view.IsClauseBreak(h) && !view.IsPunct(h, ','); h++)
            {
                // `when the tsunami hit`: the tagger may read the clause's verb as a noun, so any noun of the phrase counts
                // (but `a wave of bombings` is bombings).
                if (view.IsNoun(h) && view.Is(h, TalkWords.Hazards) && !(h + 1 < end && view.Word(h + 1) is "of"))
                {
                    return passive || !m.HasSource;
                }

                if (view.IsNoun(h) && !(h + 1 < end && view.IsNoun(h + 1)))
                {
                    return false;
                }
            }
        }

        return false;
    }

    // Whether the noun phrase ending at `k` is the object of a preposition of place (`at`, `in`, `near`, `on`) that
    // follows a hazard (`a fire at one cafe`, `the flood in the lower town`).
    private bool HazardAtPlace(int k, int first)
    {
        var j = k;
        while (j - 1 >= first && (view.IsNoun(j - 1) || view.Tag(j - 1) is "DT" or "JJ" or "CD" or "PRP$" or "POS"))
        {
            j--;
        }

        var p = j - 1;
        return p - 1 >= first && view.Word(p) is "at" or "in" or "near" or "on" && view.IsNoun(p - 1)
            && view.Is(p - 1, TalkWords.Hazards) && !ArmsFire(p - 1, first);
    }

    // Whether the clause opens with a noun phrase headed by a hazard that a relative clause ending at the verb follows.
    private bool HazardBeforeRelative(int t, int first)
    {
        for (var r = t - 2; r > first; r--)
        {
            if (view.IsClauseBreak(r))
            {
                return false;
            }

            if (!view.Is(r, WordSets.Relatives))
            {
                continue;
            }

            var h = view.IsPunct(r - 1, ',') ? r - 2 : r - 1;
            if (h < first || !view.IsNoun(h) || !view.Is(h, TalkWords.Hazards))
            {
                return false;
            }

            // The hazard heads the clause's subject: only its article, adjectives and nouns stand before it.
            var s = h - 1;
            while (s >= first && view.Tag(s) is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "CD" or "PRP$" or "POS")
            {
                s--;
            }

            // (`officials said the flood that hit the valley killed 40`: a reported clause opens after its verb.)
            return s < first || view.IsPunct(s, ',') || view.Word(s) is "that" || (view.Is(s, WordSets.Reporting) && view.IsVerb(s));
        }

        return false;
    }

    // `Labour MPs attacked ministers over the delays`, `the opposition has attacked the chancellor`: politicians and
    // parties attack each other in words; with no word of force or weapon in the sentence it is criticism.
    // `attacked the "nanny state"`: an attack on words in quotes is talk about them.
    private bool AttackInPolitics(List<Actor> subjects, int last, int first, int end)
    {
        if ((last + 1 < end && IsQuote(last + 1)) || (last + 2 < end && view.Tag(last + 1) == "DT" && IsQuote(last + 2)))
        {
            return true;
        }

        // `the Lib Dems attacked Mr X as a liar`: a body that is no crowd attacking a named person is in politics too.
        var o = last + 1;
        while (o < end && view.EntityAt[o] < 0 && view.Tag(o) is "DT" or "PRP$" or "JJ" or "NN" or "NNP")
        {
            o++;
        }

        var named = o < end && IsPersonName(o) && subjects.Exists(s => !s.People);
        // `in attacking the party he once led`, `posters attacking Mr Howard`: with no attacker named, an attack on a party
        // or a named politician is criticism too (`attacking the government forces` is on forces).
        var h = last + 1;
        while (h < end && view.Tag(h) is "DT" or "PRP$" or "JJ")
        {
            h++;
        }

        named |= subjects.Count == 0 && h < end && !(h + 1 < end && view.IsNoun(h + 1) && view.EntityAt[h + 1] < 0)
            && (IsPersonName(h) || actors.IsParty(h) || view.Word(h) is "party" or "government" or "ministers" or "opposition");
        // `John Smith has attacked global allies`, `Warren attacked her rivals`: a person called by name attacking allies,
        // rivals or critics, people who stand with or against one in politics, is criticism (armed attackers are no one
        // person; `gunmen attacked allies of the governor` stays an assault).
        named |= subjects.Exists(s => IsPersonName(s.Last)) && h < end && view.EntityAt[h] < 0
            && !(h + 1 < end && view.IsNoun(h + 1) && view.EntityAt[h + 1] < 0) && view.Is(h, PoliticalCompany);
        if (!named && !subjects.Exists(s => PartyWithin(s) || view.Is(s.Last, TalkWords.Electoral)
            || view.Word(s.Last) is "critics" or "opponents" or "politicians" or "rivals" or "colleagues" or "backbenchers" or "frontbenchers"
                or "leader" or "chancellor" or "secretary" or "spokesman" or "spokeswoman" or "shadow" or "party" or "Party" or "parties"))
        {
            return false;
        }

        return !ForceWordIn(first, end);
    }

    // A word of force or a weapon in [first, end): `gunmen`, `shot`, `knives` keep an attack an assault.
    private bool ForceWordIn(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (view.Is(k, TalkWords.Force) || view.Is(k, WordSets.Weapons))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>People who stand with or against a politician (<c>allies</c>, <c>rivals</c>, <c>critics</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PoliticalCompany = WordSet(
        "allies", "ally", "partners", "rivals", "rival", "critics", "critic", "opponents", "opponent", "detractors", "challengers",
        "challenger", "predecessor", "successor", "colleagues", "donors", "supporters");

    private bool PartyWithin(Actor s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if (actors.IsParty(k) || view.Word(k) is "Dems" or "Dem")
            {
                return true;
            }
        }

        return false;
    }

    // `a Conservative government would allow parents to choose`, `will offer loans to students`, `promised that taxes
    // would not rise`: what a government or a party grants its own people is a policy, not an agreement with another
    // actor (PLOVER's AGREE is a commitment made to someone who can hold one to it: `promised Brown he would stand down`).
    private bool PolicyForOwnPeople(Mention m, int t, int end)
    {
        var verb = view.Word(t);
        var granting = verb.StartsWith("allow", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("permit", StringComparison.OrdinalIgnoreCase)
            || verb.StartsWith("let", StringComparison.OrdinalIgnoreCase);
        var giving = verb.StartsWith("offer", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("guarantee", StringComparison.OrdinalIgnoreCase);
        var pledge = IsPledge(verb);
        if (!(granting || giving || pledge))
        {
            return false;
        }

        // The only ones it is made to or for are a population (`students`, `hospitals`, `first-time buyers`).
        var targets = m.Actors.Where(a => a.Role == ActorRole.Target).ToList();
        if (targets.Count > 0 && targets.TrueForAll(a => a.EntityId is null && Beneficiary(a.Span)))
        {
            return true;
        }

        // `would allow a Commons vote on the issue`: a thing allowed, whose one-word modifier is no one agreed with (`allow UN
        // inspectors access` gives the inspectors something).
        if (granting && ObjectHead(m.Last, end) is var thing and >= 0 && !IsNounTrigger(thing)
            && targets.TrueForAll(a => a.Span.End <= view.Tokens[thing].Span.Start && !view.Text.AsSpan(a.Span.Start, a.Span.Length).Contains(' '))
            && !InfinitiveBefore(m.Last + 1, thing))
        {
            return true;
        }

        if (targets.Count > 0)
        {
            return false;
        }

        // `promised to give pensioners a rise`, `offered cheap loans to first-time buyers`: what is promised or offered
        // serves a population.
        if (pledge || giving)
        {
            for (var j = m.Last + 1; j < end && j <= m.Last + 8 && !view.IsClauseBreak(j) && !view.IsPunct(j, ','); j++)
            {
                if (view.IsNoun(j) && view.EntityAt[j] < 0 && view.Is(j, TalkWords.Beneficiaries))
                {
                    return true;
                }
            }
        }

        // `would allow a Commons vote`, `will allow casino complexes to open`: a thing or a population allowed, no one to agree with.
        if (granting)
        {
            return true;
        }

        // `promised that taxes would not rise`, `pledged there would be no new taxes`: a promise to no one in particular.
        var k = m.Last + 1;
        while (k < end && view.Tag(k) is "RB")
        {
            k++;
        }

        return pledge && k < end && (view.Word(k) is "that" || view.Tag(k) is "PRP" or "EX");
    }

    private bool Beneficiary(TextSpan span)
    {
        return TalkWords.Beneficiaries.Contains(LastWord(view.Text, span));
    }

    // `police can now arrest people for hunting`, `could detain suspects for 28 days`, `the power to detain`: what a
    // law lets anyone do to people in general is a description of the law, no event (a named target keeps it, as a
    // hypothetical one).
    private bool LawfulPower(Mention m, int t, int first)
    {
        if (m.Type is not (PloverType.Coerce or PloverType.Sanction))
        {
            return false;
        }

        var k = t - 1;
        while (k >= first && view.Tag(k) is "RB")
        {
            k--;
        }

        // `police can't arrest anyone`, `cannot detain them`: the negated modal is split (`ca` `n't`) or one word.
        if (k > first && view.Word(k) is "n't" or "not" && view.Word(k - 1) is "ca" or "Ca" or "can" or "could" or "may")
        {
            k--;
        }

        var able = k >= first && view.Word(k) is "can" or "could" or "may" or "cannot" or "ca";
        able |= k - 1 >= first && view.Word(k) is "to" && view.Word(k - 1) is "able" or "allowed" or "entitled" or "free" or "power" or "powers";
        // `the power of detaining suspects`, `powers for detaining`: a gerund after a word of power.
        able |= view.Tag(t) == "VBG" && k - 1 >= first && view.Word(k) is "of" or "for" && view.Word(k - 1) is "power" or "powers" or "right" or "practice";
        // `the law lets officers detain suspects`, `allows police to hold them`: a power given to someone else.
        var doer = k >= first && view.Word(k) is "to" ? k - 1 : k;
        while (doer > first && view.IsNoun(doer) && view.IsNoun(doer - 1))
        {
            doer--;
        }

        able |= doer - 1 >= first && view.IsNoun(doer) && view.Word(doer - 1) is "let" or "lets" or "letting" or "allow" or "allows"
            or "allowing" or "enable" or "enables" or "enabling" or "empower" or "empowers" or "permit" or "permits";
        if (!able)
        {
            return false;
        }

        return !m.Actors.Exists(a => a.Role == ActorRole.Target && (a.EntityId is not null || Definite(a.Span)));
    }

    private bool Definite(TextSpan span) =>
        view.Text.AsSpan(span.Start, span.Length) is var text
        && (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("his ", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("their ", StringComparison.OrdinalIgnoreCase) || char.IsUpper(text[0]));

    // `the party defended its posters`, `Labour has defended its poster of Mr X after complaints`: one who defends its
    // own thing supports no one, and an actor named with the thing or in a clause after it is no target of support.
    private bool DefendsOwn(Mention m, int t, int end) =>
        m.Type == PloverType.Support && view.Word(t).StartsWith("defend", StringComparison.OrdinalIgnoreCase)
        && t + 1 < end && view.Tag(t + 1) == "PRP$" && view.Word(t + 1) is "its" or "their" or "his" or "her" or "our" or "my";

    // The head of a thing object (`the insult`, `the posters`): an actor named after it, in the phrase or the clause that
    // hangs from it (`to the victims`, `against Labour criticism`, `a poster showing X`, `an advert which mocks X`), is what
    // the thing is about, not the one the act is aimed at.
    private void DropThingTargets(Mention m, int end)
    {
        var head = ObjectHead(m.Last, end);
        var participle = false;
        // `a poster showing X`: the tagger may read the participle as a noun, which hides the thing's head.
        for (var k = m.Last + 2; k < end && k <= m.Last + 5 && !view.IsClauseBreak(k); k++)
        {
            if (view.Word(k).EndsWith("ing", StringComparison.Ordinal) && view.IsNoun(k - 1) && view.EntityAt[k - 1] < 0
                && !actors.IsActorToken(k - 1) && view.Tag(k - 1) is "NN" or "NNS" && !Capitalised(k))
            {
                head = k - 1;
                participle = true;
                break;
            }
        }

        if (head < 0 || IsNounTrigger(head) || view.PlaceAt[head] >= 0 || head + 1 >= end
            || (view.Word(head + 1) is not ("to" or "about" or "against" or "after" or "despite" or "amid" or "towards")
                && view.Tag(head + 1) is not ("VBG" or "WDT") && !participle))
        {
            return;
        }

        var after = view.Tokens[head].Span.End;
        m.Actors.RemoveAll(a => a.Role == ActorRole.Target && a.Span.Start >= after);
    }

    // `an insult`, `the idea`: words and things said are never actors, whatever reads them as one.
    private static void DropWordTargets(Mention m, string text) =>
        m.Actors.RemoveAll(a => a.Role == ActorRole.Target && a.EntityId is null && LastWord(text, a.Span) is var head
            && (WordSets.Criticised.Contains(head) || TalkWords.Said.Contains(head)));

    private static ReadOnlySpan<char> LastWord(string text, TextSpan span)
    {
        var words = text.AsSpan(span.Start, span.Length).TrimEnd();
        var space = words.LastIndexOf(' ');
        return space < 0 ? words : words[(space + 1)..];
    }

    private bool InfinitiveBefore(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Word(k) is "to" || view.IsVerb(k))
            {
                return true;
            }
        }

        return false;
    }

    // `Artillery fire killed 20`, `sniper fire`, `rocket fire from Gaza`: fire that weapons or fighters make is an attack,
    // not a blaze.
    private bool ArmsFire(int k, int first) =>
        view.Word(k) is "fire" or "fires" && k - 1 >= first && (view.Is(k - 1, WordSets.Weapons) || view.Is(k - 1, WordSets.Firers));
}
