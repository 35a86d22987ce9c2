namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    /// <summary>The subject of the verb at <paramref name="t"/>: the phrase before it, through auxiliaries, relatives and coordination.</summary>
    private List<Actor> Subject(int t, int first, int end, int depth)
    {
        var found = new List<Actor>(2);
        if (depth < 2 && AsWellAs(t, first) && FrontedSubject(first, end) is { } fronted)
        {
            found.Add(fronted);
            return found;
        }

        var k = t - 1;
        var infinitive = false;
        while (k >= first && (Skippable(k) || JoinsAdverbs(k, first)))
        {
            infinitive |= view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase);
            k--;
            // `the Tories are in turn demanding`, `X has in fact asked`: a set adverbial phrase between subject and verb.
            if (k - 1 >= first && TwoWordAdverb(k - 1))
            {
                k -= 2;
            }
        }

        if (k - 1 >= first && TwoWordAdverb(k - 1))
        {
            k -= 2;
            while (k >= first && Skippable(k))
            {
                k--;
            }
        }

        // `Ana Ruiz — who has called for tax rises — lambasted the plan`: a phrase between dashes stands between the
        // subject and its verb as one between commas does.
        if (depth < 2 && k > first && IsDash(k) && DashedSubject(k, first) is { } dashed)
        {
            found.Add(dashed);
            return found;
        }

        // `He went on to accuse`, `X pressed ahead to build`: a particle between the verb and its infinitive.
        if (infinitive && view.Tag(t) == "VB" && k > first && (view.Tag(k) == "RP" || view.Word(k) is "on" or "ahead")
            && view.IsVerb(k - 1) && !view.Is(k - 1, WordSets.Reporting))
        {
            k--;
        }

        // `X is said to have praised`, `X is thought to have criticised`: a raising verb passes on its own subject (`are also
        // believed to have agreed`: past adverbs).
        var be = k - 1;
        while (be > first && view.Tag(be) is "RB" && !view.Is(be, WordSets.Negations))
        {
            be--;
        }

        if (infinitive && depth < 2 && k - 1 >= first && view.Word(k) is "said" or "thought" or "believed" or "understood" or "reported"
            or "known" or "alleged" or "rumoured" or "rumored" or "expected" or "considered" or "likely" or "set" or "due" or "poised"
            && view.Is(be, WordSets.Be))
        {
            return Subject(k, first, end, depth + 1);
        }

        // `X was quick to condemn`, `X have been eager to attack`: an adjective of manner or will after `be` passes on the
        // subject of `be` (not `able to`: a power is no act).
        if (infinitive && view.Tag(t) == "VB" && depth < 2 && k - 1 >= first && view.Is(k, WordSets.Eagerness) && view.Is(be, WordSets.Be))
        {
            return Subject(be, first, end, depth + 1);
        }

        // `arrived in the UK to seek asylum`, `took to the streets of Brasilia on Thursday to protest`: a purpose after a
        // destination (and its time) is the mover's, not the place's.
        if (infinitive && view.Tag(t) == "VB" && depth < 2 && k >= first && (view.PlaceAt[k] >= 0 || view.TimeAt[k] >= 0)
            && VerbBeforePurpose(k, first) is var moved and >= 0)
        {
            return Subject(moved, first, end, depth + 1);
        }

        // `dispatched FBI agents to Nairobi to investigate`: a purpose after the destination of people sent is theirs.
        if (infinitive && view.Tag(t) == "VB" && depth < 2 && k >= first && view.PlaceAt[k] >= 0 && SentBeforePurpose(k, first) is { } sent)
        {
            found.Add(sent);
            return found;
        }

        // `plans, backed by the UK, to lift the embargo`: the infinitive hangs from the thing before the set-off phrase.
        if (infinitive && view.Tag(t) == "VB" && k > first && view.IsPunct(k, ',') && SetOffThing(k, first))
        {
            return found;
        }

        // `X continued to send`, `X has tried to hack`, `X refused to allow`: the subject of the verb that takes the infinitive.
        if (infinitive && view.Tag(t) == "VB" && depth < 2 && k >= first && view.IsVerb(k) && !view.Is(k, WordSets.Reporting))
        {
            return Subject(k, first, end, depth + 1);
        }

        // `The UN is chartering planes to deliver aid`, `X sent two navy ships to evacuate`: a vehicle is never an actor of
        // its own; the purpose after it is the act of the subject of the verb that takes it.
        if (infinitive && view.Tag(t) == "VB" && depth < 2 && k > first && view.Is(k, WordSets.Vehicles) && VehicleTaker(k, first) is var taker and >= 0)
        {
            return Subject(taker, first, end, depth + 1);
        }

        // `Mr Blair's refusal to accept`, `Labour's decision to back`, `his bid to win`: an infinitive after a noun is the
        // act of the noun's owner.
        if (infinitive && view.Tag(t) == "VB" && k - 1 >= first && view.Tag(k) is "NN" && !actors.IsActorToken(k) && NounOwner(k, first) is { } owner)
        {
            found.Add(owner);
            return found;
        }

        // `X is using a rarely used power in order to withdraw`: a purpose is its clause's subject's.
        if (infinitive && view.Tag(t) == "VB" && depth < 2 && k - 1 >= first && view.Word(k) is "order" && view.Word(k - 1) is "in")
        {
            return PurposeSubject(k - 2, first, end, depth) ?? found;
        }

        // `a few hours before visiting`: a time phrase may end in the subordinator the gerund hangs from.
        var opener = k;
        k = SkipTime(k, first);
        // `The Nigerian Union of Teachers (NUT) said`: past an acronym in brackets.
        if (k > first && view.IsPunct(k, ')'))
        {
            var open = k - 1;
            while (open > first && open > k - 6 && !view.IsPunct(open, '('))
            {
                open--;
            }

            k = view.IsPunct(open, '(') ? open - 1 : k;
        }

        k = PastAdjunct(k, first);
        if (k < first)
        {
            return found;
        }

        // `Iraqi forces defending the terminal sank`, `naval units and troops guarding the coast attacked`: a participle
        // phrase hanging from the subject stands between it and a finite verb; its object is no subject.
        if (!infinitive && view.Tag(t) is "VBD" or "VBZ" or "VBP" or "VBN" && ParticipleHead(k, first) is var described and >= 0)
        {
            found.Add(actors.Read(described, first, described));
            AddConjunctsBefore(found, first);
            return found;
        }

        if (view.Tag(t) == "VBG" && depth < 2 && view.Word(k) is "of" or "with" or "for" && ChargedOne(k, first, end, depth) is { } charged)
        {
            return charged;
        }

        if ((view.Tag(t) == "VBG" || PassiveGerund(t, first)) && depth < 2 && (GerundSubject(opener, first, end, depth) ?? GerundSubject(k, first, end, depth)) is { } doer)
        {
            return doer;
        }

        // `X has written to Y demanding`: a participle after the one a letter is addressed to is the writer's.
        if (view.Tag(t) == "VBG" && depth < 2 && Addressee(k, first) is { } addressee)
        {
            return Subject(addressee.First - 2, first, end, depth + 1);
        }

        // `X is to make a pitch for the vote urging people`: the author of a message does what its participle says.
        if (view.Tag(t) == "VBG" && depth < 2 && MessageAuthor(k, first, end, depth, view.Word(t) is "accusing" or "alleging" or "charging" or "blaming") is { } author)
        {
            return author;
        }

        // `began collecting signatures`, `continued shelling`: the subject of the aspectual verb; `denied accusing X`: of
        // the one who denies it.
        if (view.Tag(t) == "VBG" && depth < 2 && view.IsVerb(k) && (view.Is(k, WordSets.Aspectual) || Denying(k)))
        {
            return Subject(k, first, end, depth + 1);
        }

        // `giving their backing to X`: a gerund after a possessive pronoun, taking its object after a preposition as a noun
        // does, is the owner's act.
        if (k == t - 1 && view.Tag(k) == "PRP$" && k > first && !view.IsNoun(k - 1) && t + 1 < end && view.Tag(t + 1) is "IN" or "TO"
            && OwnerAntecedent(k) is { } possessor)
        {
            found.Add(possessor);
            return found;
        }

        // `farm workers, thousands of whom took to the streets`: a part of those named before the comma acts as they do.
        if (k - 3 >= first && view.Word(k) is "whom" or "which" && view.Word(k - 1) is "of" && view.IsPunct(k - 3, ',')
            && (view.Tag(k - 2) == "CD" || view.Is(k - 2, WordSets.Quantifiers) || view.Word(k - 2) is "thousands" or "hundreds" or "dozens" or "millions" or "tens")
            && k - 4 >= first && actors.IsActorToken(k - 4))
        {
            found.Add(actors.Read(k - 4, first, k - 4));
            return found;
        }

        if (view.Is(k, WordSets.Relatives))
        {
            var j = k - 1;
            if (j >= first && view.IsPunct(j, ','))
            {
                j--;
            }

            // `granted the firm an injunction that barred X`, `issued a statement which condemned Y`: what a message or an
            // order does, its author does.
            if (depth < 2 && j >= first && view.Word(k) is "which" or "that" && view.IsNoun(j) && view.Is(j, WordSets.Messages)
                && MessageAuthor(j, first, end, depth, accusing: false, issuedOnly: true) is { } issuer)
            {
                return issuer;
            }

            if (j >= first && actors.IsActorToken(j) && actors.Read(j, first, j) is var antecedent && !(view.Word(k) is "which" or "that" && InThingPhrase(antecedent, first) && !VerbalActOfBody(antecedent, t)))
            {
                found.Add(antecedent);
            }

            return found;
        }

        // `Rebels who stormed the town killed`, `The man who attacked the minister was arrested`: past a relative clause,
        // the main verb's subject is the head before `who`, not the relative clause's object or last noun.
        if (!infinitive && view.Tag(t) != "VBG" && (view.IsNoun(k) || view.EntityAt[k] >= 0 || view.Tag(k) is "CD" or "PRP")
            && RelativeClauseHead(k, first) is { } relativeHead)
        {
            found.Add(relativeHead);
            return found;
        }

        // `X attempted to assassinate`, `X plans to impose`: the subject of the verb that takes the infinitive.
        if (view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase) && view.Tag(t) == "VB" && depth < 2 && k - 1 >= first
            && view.IsVerb(k - 1) && !view.Is(k - 1, WordSets.Auxiliaries))
        {
            return Subject(k - 1, first, end, depth + 1);
        }

        var word = view.Word(k);
        if ((word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase)
            || word.Equals("but", StringComparison.OrdinalIgnoreCase)) && depth < 2)
        {
            // `X said the rules had been bent and abused`: a participle coordinated with one before it shares that
            // one's subject alone, never the speaker's.
            if (view.Tag(t) == "VBN" && k - 1 >= first && view.Tag(k - 1) == "VBN")
            {
                return Subject(k - 1, first, end, depth + 1);
            }

            // `X said it was not possible to overstate it and urged the government`: the nearest verb before `and`
            // with a subject shares it; a verb of a clause without an actor for subject passes to the one before.
            // (`have accused X of failing to act and have threatened`: a verb with a finite auxiliary of its own is
            // coordinated with a finite verb, not with a gerund or infinitive inside the first one's object.)
            // (`accused X of plotting a coup and ordered`: a finite past or present verb is coordinated with the first finite
            // verb too, so the gerund's subject inside the charge, X, does not order anything.)
            var finite = FiniteAuxiliary(k + 1, t) || view.Tag(t) is "VBD" or "VBZ";
            for (var j = k - 1; j >= first; j--)
            {
                if (finite && (view.Tag(j) == "VBG" || (view.Tag(j) == "VB" && j > first && view.Word(j - 1) is "to")))
                {
                    continue;
                }

                if (view.IsVerb(j) && !view.Is(j, WordSets.Auxiliaries) && Subject(j, first, end, depth + 1) is { Count: > 0 } shared)
                {
                    // `X said Y too needed cuts but defended Z`: a contrast goes back to the speaker, not to the one
                    // the speaker reported on.
                    // `Iran said several people were injured in the raid and vowed retaliation`: an active past verb after a
                    // reported passive goes back to the speaker too; those the passive befell are no doers in it.
                    var contrast = word.Equals("but", StringComparison.OrdinalIgnoreCase)
                        || (view.Tag(t) == "VBD" && view.Tag(j) == "VBN" && Be(j, first));
                    return contrast && Reporter(shared[0].First, first, end, depth) is { Count: > 0 } speaker
                        ? speaker
                        : shared;
                }

                // `the poll, which is planned for May but is threatened by violence`: a relative clause's verbs share
                // its antecedent, and one that is no actor leaves the verb after `but` without one.
                if (view.IsVerb(j) && RelativeSubject(j, first))
                {
                    return found;
                }
            }

            return found;
        }

        // `He was speaking`: a pronoun opening the sentence is the subject, read below.
        if (view.IsPunct(k, ',') || (view.Tag(t) == "VBG" && k == first && view.Tag(k) != "PRP"))
        {
            // `X said Mr Y, from Leeds, was arrested`: a finite verb after a phrase set off by commas has the actor before
            // that phrase for subject, not the speaker.
            if (view.IsPunct(k, ',') && view.Tag(t) != "VBG" && SetOffSubject(k, first) is { } setOff)
            {
                found.Add(setOff);
                // `EADS and BAE Systems, the firms which own Airbus, welcomed`: the phrase set off may follow conjoined actors.
                AddConjunctsBefore(found, first);
                return found;
            }

            // `accused the army of bombing villages, killing 40`: a participle after the charged act is the charged one's.
            if (view.Tag(t) == "VBG" && depth < 2 && view.IsPunct(k, ',') && ChargeBefore(k, first, end, depth) is { } chargedBefore)
            {
                return chargedBefore;
            }

            // `The army said troops fired on the crowd, killing two`: a participle after a reported clause is its subject's.
            if (view.Tag(t) == "VBG" && depth < 2 && view.IsPunct(k, ',') && ReportedClauseVerb(k, first) is var reported and >= 0
                && Subject(reported, first, end, depth + 1) is { Count: > 0 } teller)
            {
                return teller;
            }

            // A participle or verb after a comma shares the sentence's main subject.
            if (MainSubject(first, t) is { } main)
            {
                found.Add(main);
            }

            return found;
        }

        if (view.Word(k).Equals("by", StringComparison.OrdinalIgnoreCase) && view.Tag(t) == "VBG")
        {
            // `X responded by accusing Y`, `hit back by calling for`: a gerund after `by` tells how the subject of an
            // active verb acted (not of a passive one: `was punished by being banned`).
            var v = k - 1;
            while (v > first && view.Tag(v) is "RB" or "RP")
            {
                v--;
            }

            // `the lobby caused chaos by blocking roads`: past a short object of the verb that names no actor.
            var o = v;
            while (o > first && o > v - 3 && view.Tag(o) is "NN" or "NNS" or "JJ" or "DT" && !actors.IsActorToken(o))
            {
                o--;
            }

            if (o < v && o >= first && view.Tag(o) is "VBD" or "VBZ" or "VBP")
            {
                v = o;
            }

            if (depth < 2 && v >= first && ActiveVerb(v, first))
            {
                return Subject(v, first, end, depth + 1);
            }

            return found;
        }

        // `He said after meeting X`, `they left before signing it`: a participle after a time subordinator is done
        // by the subject of the verb it hangs from.
        if (view.Tag(t) == "VBG" && depth < 2 && k - 1 >= first && view.Is(k, WordSets.ParticipleOpeners) && view.IsVerb(k - 1)
            && !view.Is(k - 1, WordSets.Auxiliaries))
        {
            return Subject(k - 1, first, end, depth + 1);
        }

        // `furious with X for killing`, `blamed X for attacking`, `X was responsible for killing`: the agent before `for`.
        if (view.Word(k).Equals("for", StringComparison.OrdinalIgnoreCase) && view.Tag(t) == "VBG")
        {
            var j = k - 1;
            while (j >= first && (Skippable(j) || view.Tag(j) is "JJ"))
            {
                j--;
            }

            if (j >= first && actors.IsActorToken(j))
            {
                found.Add(actors.Read(j, first, j));
            }

            return found;
        }

        // `Syria says it is willing to`, `Iraq said that it would`: the pronoun is the reporting verb's subject.
        if (view.Is(k, WordSets.ThirdPerson) && depth < 2)
        {
            var j = k - 1;
            if (j >= first && view.Word(j).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                j--;
            }

            // `said on Friday they would`: past the reporting verb's time phrase.
            while (j >= first && (view.TimeAt[j] >= 0 || view.Is(j, WordSets.TimeOpeners)))
            {
                j--;
            }

            if (j >= first && view.Is(j, WordSets.Reporting) && view.IsVerb(j)
                && Subject(j, first, end, depth + 1) is var reporters && NumberAgrees(k, reporters))
            {
                return reporters;
            }
        }

        // `Palestinian police in Jericho confiscated`, `settlers in the West Bank city of Hebron set fire`: the actor
        // before a place phrase.
        if (view.PlaceAt[k] >= 0 && (!actors.IsActorToken(k) || InPlacePhrase(k, first)) && PlacedActor(k, first) is { } placed)
        {
            found.Add(placed);
            // `six men from Leeds and another man from Derby were arrested`: coordinated subjects, each with its place.
            var c = placed.First - 2;
            if (c > first && view.Word(c + 1) is "and" or "or" && (view.PlaceAt[c] >= 0 || view.EntityAt[c] >= 0)
                && PlacedActor(c, first) is { } other)
            {
                found.Add(other);
            }

            return found;
        }

        if (ListedPlaceActor(k, first) is { } listed)
        {
            found.Add(listed);
            return found;
        }

        // `Opposition parties want more police but they accuse ministers`: `they` is the plural subject its own
        // sentence opened with.
        if (view.Word(k).Equals("they", StringComparison.OrdinalIgnoreCase) && k > first && !InDirectQuote(k)
            && MainSubject(first, k) is { } group && group.Last < k && view.Tag(group.Last) is "NNS" or "NNPS")
        {
            found.Add(group);
            return found;
        }

        if (Antecedent(k) is { } person)
        {
            found.Add(person);
            return found;
        }

        if (SubjectPronounAntecedent(k) is { } body)
        {
            found.Add(body);
            return found;
        }

        if (view.Is(k, WordSets.FirstPerson))
        {
            found.Add(new Actor(k, k, view.Tokens[k].Span, view.Word(k).ToString(), null, null, true));
            return found;
        }

        if (actors.IsActorToken(k))
        {
            var actor = actors.Read(k, first, k);
            // `Russian aircraft including helicopter gunships killed`: the example is part of the subject before it.
            if (actor.First - 2 >= first && view.Word(actor.First - 1) is "including" && actors.IsActorToken(actor.First - 2))
            {
                actor = actors.Read(actor.First - 2, first, actor.First - 2);
            }

            // `a reporter beaten by the militia was released`: the agent of a reduced relative is not the clause's subject;
            // `vessels seized by Iran were released`: nor is it when the noun the participle hangs from is no actor (but
            // `a strike called by unions to protest`: a purpose is the agent's).
            if (actor.First - 2 >= first && view.Word(actor.First - 1).Equals("by", StringComparison.OrdinalIgnoreCase)
                && ReducedRelativeNoun(actor.First - 2, actor.First - 2, first, end) is var head and >= 0)
            {
                if (actors.IsActorToken(head))
                {
                    actor = actors.Read(head, first, head);
                }
                else if (FiniteBetween(actor.Last + 1, t))
                {
                    return found;
                }
            }

            found.Add(actor);
            // `Both Iran and Russia have...`: coordinated subjects.
            var c = actor.First - 1;
            if (c - 1 >= first && view.Word(c) is "and" or "or" && actors.IsActorToken(c - 1))
            {
                // `Fellow speaker and composer James MacMillan agreed`: a bare singular noun joined to a described name
                // is one more title of that person, no second party.
                if (actors.Read(c - 1, first, c - 1) is var other
                    && !(BareTitle(other) && IsPersonName(actor.Last) && view.EntityAt[actor.First] < 0))
                {
                    found.Add(other);
                    found.AddRange(EarlierConjuncts(found[^1], first));
                }
            }
            else if (c - 1 >= first && view.Word(c) is "and" && Antecedent(c - 1) is { } conjunct)
            {
                // `He and other officials were criticised`: a pronoun conjunct stands for the person named before.
                found.Add(conjunct);
            }
        }

        return found;
    }

    // A phrase of common nouns and adjectives with no determiner, headed by a singular noun (`Fellow speaker`, `former
    // minister`): English puts no such phrase alone as a subject, so it titles the name it is joined to.
    private bool BareTitle(Actor actor)
    {
        if (view.Tag(actor.Last) != "NN" || view.EntityAt[actor.Last] >= 0)
        {
            return false;
        }

        for (var k = actor.First; k <= actor.Last; k++)
        {
            if (view.Tag(k) is not ("NN" or "JJ" or "NNP") || view.EntityAt[k] >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // The noun a participle phrase ending at k hangs from (`forces defending the terminal`, `troops stationed near the
    // border`), when it is an actor opening the clause, or -1. The phrase is the participle and a short object or place.
    private int ParticipleHead(int k, int first)
    {
        var j = k;
        // (`arrested 20 men after the court banned`: a subordinator opens a clause of its own, no participle phrase.)
        while (j > first && j > k - 6 && (view.Tag(j) is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "PRP$" or "POS"
            || (view.Tag(j) == "IN" && view.Word(j) is "in" or "near" or "on" or "at" or "of" or "from" or "around" or "along" or "outside")))
        {
            j--;
        }

        // (`BNP founding chairman John Tyndall`: a participle before a common noun is an adjective of that noun; a past
        // participle takes no object, so `Police arrested 20 men` is the clause's own verb.)
        if (j == k || view.Tag(j) is not ("VBG" or "VBN") || j - 1 < first || !view.IsNoun(j - 1) || !actors.IsActorToken(j - 1)
            || view.Tag(j + 1) is not ("DT" or "PRP$" or "IN" or "CD" or "NNP" or "NNPS") || (view.Tag(j) == "VBN" && view.Tag(j + 1) != "IN"))
        {
            return -1;
        }

        // The actor opens its clause: nothing but its own phrase, a conjunction or a comma before it (not `arrested men
        // carrying guns`, whose men are an object).
        var open = j - 1;
        while (open - 1 >= first && (actors.IsActorToken(open - 1) || view.Tag(open - 1) is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CC" or "POS" or "CD"))
        {
            open--;
        }

        return open == first || view.IsPunct(open - 1, ',') || view.Is(open - 1, WordSets.Reporting) || view.Word(open - 1) is "that" ? j - 1 : -1;
    }

    // A verb in the active voice: a finite or base form, or a participle after `have` (`has responded`).
    private bool ActiveVerb(int v, int first) =>
        (view.Tag(v) is "VBD" or "VBZ" or "VBP" or "VB" && !view.Is(v, WordSets.Be) && !view.Is(v, WordSets.Auxiliaries))
        || (view.Tag(v) == "VBN" && v - 1 >= first && view.Word(v - 1) is "has" or "have" or "had");

    // `the Tories say he is`, `officials said she had`: a singular pronoun is none of the plural reporters, who speak of
    // someone else.
    private bool NumberAgrees(int pronoun, List<Actor> reporters) =>
        view.Word(pronoun) is not ("he" or "she" or "He" or "She")
        || (reporters.Count == 1 && view.Tag(reporters[0].Last) is not ("NNS" or "NNPS") && view.Word(reporters[0].Last) is not ("they" or "They"));

    // A finite verb or auxiliary among the tokens from `from` through `to`.
    private bool FiniteBetween(int from, int to)
    {
        for (var x = from; x <= to; x++)
        {
            if (IsFinite(x))
            {
                return true;
            }
        }

        return false;
    }

    // A finite auxiliary (`have`, `has`, `will`, `would`, `was`) among the tokens from `from` up to `to`.
    private bool FiniteAuxiliary(int from, int to)
    {
        for (var x = from; x < to; x++)
        {
            if (view.Is(x, WordSets.Auxiliaries) && view.Tag(x) is "VBP" or "VBZ" or "VBD" or "MD")
            {
                return true;
            }
        }

        return false;
    }

    // `naval units and troops guarding the coast attacked`: the actors joined by `and` or `or` before the one found, which
    // share its verb.
    private void AddConjunctsBefore(List<Actor> found, int first)
    {
        var c = found[0].First - 1;
        if (c - 1 >= first && view.Word(c) is "and" or "or" && actors.IsActorToken(c - 1))
        {
            found.Add(actors.Read(c - 1, first, c - 1));
            found.AddRange(EarlierConjuncts(found[^1], first));
        }
    }

    /// <summary>The verb whose object is the vehicle phrase ending at <paramref name="k"/> (<c>chartering [more cargo] planes</c>),
    /// or -1: past a few modifiers, not a verb of saying or being.</summary>
    // Those sent to the destination ending at token k (`dispatched FBI agents to Nairobi`), or null.
    private Actor? SentBeforePurpose(int k, int first)
    {
        var stop = Math.Max(first, k - 6);
        while (k >= stop && (view.PlaceAt[k] >= 0 || view.Word(k) is "to" or "the"))
        {
            k--;
        }

        if (k < first || !actors.IsActorToken(k) || view.PlaceAt[k] >= 0)
        {
            return null;
        }

        var sent = actors.Read(k, first, k);
        return sent.First - 1 >= first && view.IsVerb(sent.First - 1) && view.Is(sent.First - 1, WordSets.Sending) ? sent : null;
    }

    private int VehicleTaker(int k, int first)
    {
        var j = k - 1;
        while (j >= first && j > k - 5 && (view.Tag(j) is "JJ" or "CD" or "DT" or "NN" or "NNS" or "PRP$" || view.Is(j, WordSets.Vehicles)))
        {
            j--;
        }

        return j >= first && view.IsVerb(j) && !view.Is(j, WordSets.Reporting) && !view.Is(j, WordSets.Be) && !view.Is(j, WordSets.Auxiliaries) ? j : -1;
    }

    // `has repeatedly and publicly condemned`: `and` between two adverbs before the verb.
    private bool JoinsAdverbs(int k, int first) =>
        view.Word(k) is "and" && k - 1 >= first && k + 1 < view.Tokens.Length && view.Tag(k - 1) is "RB" && view.Tag(k + 1) is "RB";

    // `Obama in a televised interview blamed`, `The minister during a visit to Paris condemned`: a phrase of a preposition
    // and a common noun with no actor in it, between an actor and the verb, is an adjunct; the subject is before it. A
    // place's phrase (`Police in Lagos arrested`) is left to the place reading.
    private int PastAdjunct(int k, int first)
    {
        // `The minister during a visit to Paris condemned`: a place that ends the adjunct's noun (`a visit to Paris`) is in it.
        if (k >= first && view.PlaceAt[k] >= 0)
        {
            var start = k;
            while (start - 1 >= first && view.EntityAt[k] >= 0 && view.EntityAt[start - 1] == view.EntityAt[k])
            {
                start--;
            }

            if (start - 2 >= first && view.Word(start - 1) is "to" or "in" or "of" && view.Tag(start - 2) is "NN" or "NNS"
                && PastAdjunct(start - 2, first) is var past && past != start - 2)
            {
                return past;
            }
        }

        if (k < first || view.Tag(k) is not ("NN" or "NNS") || view.EntityAt[k] >= 0 || view.PlaceAt[k] >= 0 || actors.IsActorToken(k))
        {
            return k;
        }

        var j = k - 1;
        while (j >= first && j > k - 8 && view.Tag(j) is "DT" or "JJ" or "NN" or "NNS" or "VBN" or "PRP$" or "CD"
            && view.EntityAt[j] < 0 && view.PlaceAt[j] < 0 && !actors.IsActorToken(j))
        {
            j--;
        }

        return j - 1 >= first && view.Word(j) is "in" or "during" or "at" or "after" or "on" && actors.IsActorToken(j - 1) ? j - 1 : k;
    }

    private bool IsDash(int k) => view.IsClauseBreak(k) && view.Text[view.Tokens[k].Span.Start] is '—' or '–' or '-';

    // The actor before the dash that opens the phrase closed by the dash at `close`, when that phrase holds no other dash
    // and no actor stands right before the closing one (`the bill — which Ruiz opposed — passed` has a bill for subject).
    private Actor? DashedSubject(int close, int first)
    {
        for (var open = close - 2; open > first && close - open <= 25; open--)
        {
            if (IsDash(open))
            {
                return open - 1 >= first && actors.IsActorToken(open - 1) ? actors.Read(open - 1, first, open - 1) : null;
            }

            if (view.IsClauseBreak(open))
            {
                return null;
            }
        }

        return null;
    }
}
