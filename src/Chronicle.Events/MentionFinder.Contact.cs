namespace Chronicle.Events;

// Acts told in a relative clause with no relative pronoun, whose object is the noun before it.
internal sealed partial class MentionFinder
{
    // `the tariffs Washington imposed on Japan`, `the penalty tariffs the President has ordered imposed`: a noun that a
    // verb form of the lexicon takes as its object (`imposed tariffs`), followed by a clause of an actor and that verb,
    // is the act of that actor; the one after `on` or `against` is its target. Null when the noun is no such object.
    private Mention? ContactClauseAct(int sentence, int t, int first, int end)
    {
        // (`the penalty tariffs`: a plural after a noun or article the tagger may read as a verb.)
        var plural = view.Tag(t) == "VBZ" && t - 1 >= first && view.Tag(t - 1) is "NN" or "JJ" or "DT";
        if (!(view.IsNoun(t) || plural) || t + 2 >= end || view.EntityAt[t] >= 0)
        {
            return null;
        }

        // The clause's subject: an actor phrase right after the noun, opened by an article, a name or a pronoun (`the
        // intelligence officials shared` is a compound noun, no clause).
        if (view.Tag(t + 1) is not ("DT" or "PRP" or "NNP" or "NNPS"))
        {
            return null;
        }

        var k = t + 1;
        while (k < end && k <= t + 2 && view.Tag(k) is "DT" or "JJ")
        {
            k++;
        }

        // (`the tariffs he imposed`: a pronoun for the one named before.)
        var pronoun = k < end && k == t + 1 && view.Tag(k) == "PRP" ? Antecedent(k) ?? SubjectPronounAntecedent(k) : null;
        if (k >= end || !(actors.IsActorToken(k) || pronoun is not null))
        {
            return null;
        }

        var subject = k;
        while (pronoun is null && subject + 1 < end && actors.IsActorToken(subject + 1))
        {
            subject++;
        }

        // Past auxiliaries and a verb of ordering or deciding (`has ordered imposed`), to the verb that takes the noun.
        var v = subject + 1;
        while (v < end && v <= subject + 3 && (view.Is(v, WordSets.Auxiliaries) || view.Word(v) is "ordered" or "decided" or "agreed"))
        {
            v++;
        }

        // The verb's object is the noun before: a verb followed by an object or a particle of its own (`in the talks South
        // Africa would give a fair deal`, `after the explosion soldiers sealed off`) is a new clause, and so is one after a
        // noun opened by a preposition of time or place.
        if (v >= end || !view.IsVerb(v) || view.Tag(v) == "VBG"
            || (v + 1 < end && view.TimeAt[v + 1] < 0 && view.Tag(v + 1) is "DT" or "PRP$" or "JJ" or "NN" or "NNS" or "CD" or "RP" or "PRP") || AfterTimeOrPlace(t, first))
        {
            return null;
        }

        foreach (var form in Taken(t, v))
        {

            var m = new Mention
            {
                Type = form.Type, Mode = form.Mode, Sentence = sentence, First = t, Last = v, Noun = false, Curated = form.Curated,
                Flags = form.Flags, Evidence = view.Found.Sentences[sentence].Span,
                Trigger = new TextSpan(view.Tokens[t].Span.Start, view.Tokens[v].Span.End),
            };
            m.Add(ActorRole.Source, pronoun ?? actors.Read(subject, t + 1, subject));
            if (v + 1 < end && view.Word(v + 1) is "on" or "against" or "with")
            {
                m.Add(ActorRole.Target, NextActor(v + 2, end, 7));
            }

            return m;
        }

        return null;
    }

    // The forms by which the verb at v takes the noun at t: a verb form whose object is that noun (`imposed tariffs`), or
    // the noun's own form when the verb is one that lends its subject (`the sanctions X imposed`, `the talks X held`).
    private List<TriggerForm> Taken(int t, int v)
    {
        var taken = new List<TriggerForm>(1);
        foreach (var form in lexicon.Find(view.Word(v)))
        {
            if (!form.Noun && form.Rest.Length == 1 && SameNoun(form.Rest[0], view.Word(t)) && !MarketKind(form.Type))
            {
                taken.Add(form);
            }
        }

        if (view.Is(v, WordSets.LightVerbs))
        {
            foreach (var form in lexicon.Find(view.Word(t)))
            {
                if (form.Noun && form.Rest.Length == 0 && !MarketKind(form.Type))
                {
                    taken.Add(form);
                }
            }
        }

        return taken;
    }

    // The noun phrase ending at t is the object of a preposition of time or place (`during his visit`, `in the talks`).
    private bool AfterTimeOrPlace(int t, int first)
    {
        var k = t - 1;
        while (k >= first && view.Tag(k) is "DT" or "JJ" or "NN" or "PRP$" or "CD" or "VBN" or "POS")
        {
            k--;
        }

        return k >= first && view.Word(k) is "in" or "In" or "during" or "During" or "after" or "After" or "before" or "Before" or "at" or "At"
            or "since" or "until" or "following" or "Following" or "amid" or "throughout";
    }

    // Not the acts markets also make, which this reading has no test of sense for: `the buyout agreement X reached`,
    // `the competitive threat they have made`.
    private static bool MarketKind(PloverType type) =>
        type is PloverType.Agree or PloverType.Threaten or PloverType.Support or PloverType.Cooperate or PloverType.Aid;

    // `tariffs` in the text for `tariffs` in the lexicon, or its singular (`a tariff`).
    private static bool SameNoun(string lexical, ReadOnlySpan<char> word) =>
        word.Equals(lexical, StringComparison.OrdinalIgnoreCase) || (word.Length + 1 == lexical.Length && lexical.EndsWith('s')
            && word.Equals(lexical.AsSpan(0, word.Length), StringComparison.OrdinalIgnoreCase));
}
