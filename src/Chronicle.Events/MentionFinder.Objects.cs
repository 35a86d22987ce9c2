namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    /// <summary>The verb's target: its direct object, or the actor after a target preposition, or after <c>that</c>.</summary>
    private Actor? Object(PloverType type, int last, int end)
    {
        var complement = type is PloverType.Accuse or PloverType.Request or PloverType.Threaten or PloverType.Reject;
        for (var k = last + 1; k < end && k <= last + 10; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, ',') || view.IsPunct(k, '.'))
            {
                return null;
            }

            if (view.Word(k).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                // `urged that the men should receive help`, `demanded that the detainees be freed`: those a request
                // wants something done for are no one it is made to.
                return complement && NextActor(k + 1, end, 4) is { } said && !(type == PloverType.Request && Beneficiary(k, said, end)) ? said : null;
            }

            // `shut down websites and arrested bloggers`: past a thing it acts on, `and` and a participle or past tense that is
            // an act of its own start a second predicate of the same subject, whose object is that act's, not this one's.
            if (k - 2 > last && view.Word(k - 1) is "and" && view.Tag(k) is "VBD" or "VBN" && view.Tag(k - 2) is "NN" or "NNS"
                && !actors.IsActorToken(k - 2) && VerbTrigger(k))
            {
                return null;
            }

            // `decided to support the plans as the police said`: past the object, a new clause has its own actors.
            if (k > last + 1 && view.Is(k, WordSets.Subordinators))
            {
                return null;
            }

            // `rejected an offer from Kabul`, `accepted demands from the rebels`, `demanded autonomy from the state`,
            // `withdrew its troops from X`, `seized weapons from X`, `withdrew the whip from X`: past a thing, the one it is asked
            // of or taken from is the target.
            if ((complement || type is PloverType.Concede or PloverType.Agree or PloverType.Retreat or PloverType.Coerce or PloverType.Sanction)
                && view.Word(k).Equals("from", StringComparison.OrdinalIgnoreCase) && view.IsNoun(k - 1) && (k > last + 1 || view.IsNoun(last))
                && FromActor(k + 1, end) is { } giver)
            {
                return giver;
            }

            // `accused of links to al-Qaeda`: past `of` comes the charge, whose parties are not the accused.
            // (`investigated the welfare of 2,000 Libyans` investigates them).
            if (type == PloverType.Accuse && view.Word(k).Equals("of", StringComparison.OrdinalIgnoreCase)
                && view.Word(last).StartsWith("accus", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            // `backed the invasion of Iraq`, `supported the war against X`: the one invaded is the event's target, not
            // the backing's; who is backed (the invaders) the phrase does not say.
            // `negotiated the return of the detainees`: those returned are no side of the talks either.
            if ((type is PloverType.Support or PloverType.Agree || (type is PloverType.Consult && k > last + 1)) && OfAnEvent(k, end))
            {
                return null;
            }

            // `defended the party's attitude towards the Jewish community`, `criticised the rivalry between the pair`: past a
            // thing, those it is about are no party to the act on it (but `host a meeting between X and Y` names the parties).
            if (type is PloverType.Support or PloverType.Accuse or PloverType.Reject
                && k > last + 1 && view.IsNoun(k - 1) && !actors.IsActorToken(k - 1) && !IsNounTrigger(k - 1)
                && view.Word(k) is "towards" or "toward" or "about" or "between" or "regarding" or "concerning" or "among")
            {
                return null;
            }

            // `dismissed claims government plans would devalue degrees`: the subject of what a claim says is not the one
            // whose claim is dismissed (`rejected claims by X`, `denied reports from X` name the claimant).
            if (type is PloverType.Reject or PloverType.Accuse && k > last + 1 && view.Tag(k - 1) is "NNS" or "NN" && view.Is(k - 1, WordSets.Claims)
                && actors.IsActorToken(k) && ContentClause(k, end))
            {
                return null;
            }

            // `arrived to seek asylum without family members`, `was arrested with eight men`: those one is with or without
            // are companions, neither acted on nor acting (but `clashed with police`, `talks with X` name the other side).
            // `visited the school with the education secretary`: so are those one visits with.
            if (view.Word(k).Equals("without", StringComparison.OrdinalIgnoreCase)
                || (view.Word(k).Equals("with", StringComparison.OrdinalIgnoreCase) && (type is PloverType.Coerce or PloverType.Request or PloverType.Sanction
                    || (type is PloverType.Consult && view.Word(last).StartsWith("visit", StringComparison.OrdinalIgnoreCase)))))
            {
                return null;
            }

            // `demonstrated against plans for the Iraq war`: a country inside what is protested against is no target.
            if (type == PloverType.Protest && InThingModifier(k, last))
            {
                return null;
            }

            // `write off debt owed to X`, `money due to X`: the creditor a thing is owed to is no party to the act on it.
            if (k > last + 1 && view.Word(k) is "owed" or "owing" or "due" && k + 1 < end && view.Word(k + 1) is "to")
            {
                return null;
            }

            // `fired tear gas at protesters`, `fired rubber bullets at the crowd`: the people a blow is aimed at are its target
            // (`at the university`, `at the parliament` say where).
            if (type == PloverType.Assault && view.Word(k).Equals("at", StringComparison.OrdinalIgnoreCase)
                && NextActor(k + 1, end, 3) is { People: true } aimed && view.PlaceAt[aimed.Last] < 0)
            {
                return aimed;
            }

            if (view.Is(k, WordSets.Locatives))
            {
                k = SkipPhrase(k + 1, end) - 1;
                // `backed choice in schools and hospitals`: a bare noun joined to the phrase's own is in the phrase too.
                while (k + 2 < end && view.Word(k + 1) is "and" or "or" && view.Tag(k + 2) is "NN" or "NNS" && view.EntityAt[k + 2] < 0
                    && view.PlaceAt[k + 2] < 0)
                {
                    k = SkipPhrase(k + 2, end) - 1;
                }

                // `in the port of Mombasa`, `near the town of Nasir`: the town named after `of` is part of where.
                if (k + 2 < end && view.Word(k + 1) is "of" && view.Tag(k) is "NN" && view.PlaceAt[k + 2] >= 0)
                {
                    k = SkipPhrase(k + 2, end) - 1;
                }

                continue;
            }

            // `rejected the Tory idea of quotas`, `an attack on Conservative spending plans`: a party's name modifying what is
            // criticised, rejected or backed is whose it is, and so the target.
            if (type is PloverType.Accuse or PloverType.Reject or PloverType.Support && !actors.IsActorToken(k) && actors.IsParty(k)
                && k + 1 < end && view.IsNoun(k + 1) && !actors.IsActorToken(k + 1) && view.EntityAt[k + 1] < 0)
            {
                return actors.Read(k, k, k);
            }

            // `accused her of lying`, `thanked him`: an object pronoun outside a quote stands for the person named last before
            // it, as a subject `he` or `she` does (one standing for the subject itself is dropped later).
            if (k == last + 1 && ObjectPronoun(k) is { } person)
            {
                return person;
            }

            if (actors.IsActorToken(k))
            {
                // `offered its troops to X`, `withdrew their forces from X`: the source's own people are no target.
                if (OwnPeople(type, k, last) || Given(type, k, last))
                {
                    k = SkipPhrase(k, end) - 1;
                    continue;
                }

                if (NoObjectActor(k, last))
                {
                    return null;
                }

                return TargetAt(k, end);
            }

            // `opened fire to disperse the crowd`, `used force to break up a rally`: the object of the purpose is the one attacked.
            if (type is PloverType.Assault or PloverType.Coerce && view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase)
                && k + 1 < end && view.Tag(k + 1) == "VB")
            {
                k++;
                continue;
            }

            // `arrested 12`, `killing one`: people the text only counts are unnamed people where it happened.
            if (type is PloverType.Assault or PloverType.Coerce && k == last + 1 && view.Tag(k) == "CD"
                && !(k + 1 < end && (view.IsNoun(k + 1) || view.Tag(k + 1) is "JJ" or "CD" || view.Word(k + 1) is "of")))
            {
                return new Actor(k, k, view.Tokens[k].Span, view.Word(k).ToString(), null, view.Focus, true, view.Focus is not null);
            }

            // `Kyiv said Russia had shelled its cities`: the land of `its` in a reported attack is the speaker's state.
            if (type is PloverType.Assault or PloverType.Coerce && k == last + 1 && SpeakersLand(k, last, end) is { } land)
            {
                return land;
            }

            // `welcomed his return`, `criticised their decision`: the owner a possessive pronoun stands for is the one backed
            // or criticised through the thing.
            if (k == last + 1 && view.Tag(k) == "PRP$" && PronounOwnedThing(type, k, end) && OwnerAntecedent(k) is { } owner)
            {
                return OwnSubject(owner, last, end) ? null : owner;
            }

            // `their peacekeeping force`: a participle before a noun modifies it.
            if (view.Tag(k) == "VBG" && k + 1 < end && view.IsNoun(k + 1))
            {
                continue;
            }

            // `fired tear gas and live rounds at relatives`: a word of the fire's kind and the noun after it are what is
            // fired, however the tagger reads them (`live` as a verb, `rounds` as one in -s).
            if (type == PloverType.Assault && view.Is(k, WordSets.Firers) && k + 1 < end && (view.IsNoun(k + 1) || view.Tag(k + 1) == "VBZ"))
            {
                k++;
                continue;
            }

            // `agreed a deal totalling $375m with X`, `a deal valued at $2bn`: a sum the thing comes to is part of its phrase.
            if (k > last + 1 && view.Word(k) is "totalling" or "totaling" or "amounting" or "valued" && k + 1 < end
                && (view.Tag(k + 1) == "CD" || view.Word(k + 1) is "$" or "£" or "€" or "at" or "to" or "about" or "nearly" or "almost"))
            {
                continue;
            }

            if (IsFinite(k) || view.Tag(k) is "VBG" or "VB")
            {
                return null;
            }
        }

        return null;
    }

    // Whether the word at k is a verb the trigger lexicon knows.
    private bool VerbTrigger(int k)
    {
        foreach (var form in lexicon.Find(view.Word(k)))
        {
            if (!form.Noun)
            {
                return true;
            }
        }

        return false;
    }

    // `complained to the UN over Israeli air raids`, `protested to X about Y's arrests`: the one complained of.
    private Actor? Complained(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 12; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, ',') || view.IsPunct(k, '.'))
            {
                return null;
            }

            if (view.Word(k) is "over" or "about")
            {
                return NextActor(k + 1, end, 5);
            }
        }

        return null;
    }

    // `that the men should receive help`, `that the detainees be freed`: the clause's own subject (not a name inside it:
    // `that control of X be taken away`) receives or undergoes what its clause says (past a modal and adverbs).
    private bool Beneficiary(int that, Actor subject, int end)
    {
        var k = that + 1;
        while (k < subject.First && view.Tag(k) is "DT" or "JJ" or "CD" or "PRP$")
        {
            k++;
        }

        if (k != subject.First)
        {
            return false;
        }

        k = subject.Last + 1;
        while (k < end && view.Tag(k) is "MD" or "RB")
        {
            k++;
        }

        if (k < end && view.Word(k) is "receive" or "get" or "obtain" or "gain")
        {
            return true;
        }

        return k + 1 < end && view.Word(k) is "be" && view.Tag(k + 1) is "VBN" or "VBD";
    }

    // After `from` a place is the one taken from or asked (`an offer from Kabul`), not where.
    private Actor? FromActor(int k, int end)
    {
        // (`from brewing giant Foster's Group`: past a description of a few words before the name.)
        var start = k;
        while (k < end && view.EntityAt[k] < 0
            && (view.Tag(k) is "DT" or "JJ" or "CD" || (k < start + 3 && view.Tag(k) is "NN" or "VBG" && !actors.IsActorToken(k))))
        {
            k++;
        }

        return k < end && (view.EntityAt[k] >= 0 || actors.IsActorToken(k)) ? TargetAt(k, end) : null;
    }

    // A common actor noun whose phrase opens with `its`, `their`, `his`: people who belong to the subject.
    private bool OfAnEvent(int k, int end) => k + 1 < end && (IsNounTrigger(k) || view.Word(k) is "war" or "wars" or "conflict" or "occupation" or "return" or "release")
        && view.Word(k + 1) is "of" or "against" or "on" or "in";

    /// <summary>True when the verb's object is an event noun with its own party after it (<c>backed the war against X</c>).</summary>
    private bool ObjectIsEvent(int last, int end)
    {
        var k = last + 1;
        while (k < end && view.Tag(k) is "DT" or "JJ" or "PRP$" or "RB")
        {
            k++;
        }

        return k < end && OfAnEvent(k, end);
    }

    // `offered 120 soldiers to the force`, `pledged 300 troops`: a counted group right after a verb of giving is what is
    // given; the one given to comes after.
    private bool Given(PloverType type, int k, int last)
    {
        if (type is not (PloverType.Agree or PloverType.Aid or PloverType.Support or PloverType.Concede) || view.EntityAt[k] >= 0)
        {
            return false;
        }

        var counted = false;
        for (var j = last + 1; j < k; j++)
        {
            if (view.Tag(j) == "CD")
            {
                counted = true;
            }
            else if (view.Tag(j) is not ("JJ" or "RB" or "IN") || view.Word(j) is not ("up" or "about" or "some" or "more" or "than") && view.Tag(j) != "JJ")
            {
                return false;
            }
        }

        // `offered troops to the mission`, `pledged peacekeepers for X`: armed men sent are given, though not counted.
        return counted || (view.Tag(k) == "NNS" && view.Is(k, WordSets.Enforcers) && k + 1 < view.Tokens.Length
            && view.Word(k + 1) is "to" or "for");
    }

    // `police arrested their leaders`, `troops killed his bodyguards`: people struck or seized after a possessive are
    // another's, unless the text says `own`.
    private bool OwnPeople(PloverType type, int k, int last)
    {
        // (`praised his predecessor`, `met his counterpart`: one's opposite or forerunner in office is another.)
        if (view.EntityAt[k] >= 0 || view.Word(k) is "predecessor" or "successor" or "counterpart" or "counterparts")
        {
            return false;
        }

        // `called on its members to strike`: a body's own people asked to protest are the request's target; `criticised his
        // ministers`: so are those blamed.
        var own = type is not (PloverType.Assault or PloverType.Coerce or PloverType.Accuse) && !(type == PloverType.Request && AsksForProtest(last, view.Tokens.Length));
        var j = k - 1;
        while (j > last && view.Tag(j) is "JJ" or "VBN" or "NN" or "CD")
        {
            own |= view.Word(j) is "own";
            j--;
        }

        return own && j > last && view.Tag(j) == "PRP$" && view.Word(j) is "its" or "their" or "his" or "her" or "our";
    }

    /// <summary>The first actor within <paramref name="reach"/> tokens from <paramref name="from"/>.</summary>
    private Actor? NextActor(int from, int end, int reach)
    {
        for (var k = from; k < end && k < from + reach; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, '.'))
            {
                return null;
            }

            if (view.Is(k, WordSets.Locatives))
            {
                k = SkipPhrase(k + 1, end) - 1;
                // `backed choice in schools and hospitals`: a bare noun joined to the phrase's own is in the phrase too.
                while (k + 2 < end && view.Word(k + 1) is "and" or "or" && view.Tag(k + 2) is "NN" or "NNS" && view.EntityAt[k + 2] < 0
                    && view.PlaceAt[k + 2] < 0)
                {
                    k = SkipPhrase(k + 2, end) - 1;
                }

                continue;
            }

            if (actors.IsActorToken(k))
            {
                return TargetAt(k, end);
            }
        }

        return null;
    }

    /// <summary>
    /// The actor at a target position. A possessor or national adjective of an event noun is the target itself:
    /// support for <c>Russia's</c> invasion, for <c>the Russian</c> invasion.
    /// </summary>
    private bool KinAfter(int k, int end)
    {
        while (k < end && view.Tag(k) is "JJ" && !view.Is(k, WordSets.Kin))
        {
            k++;
        }

        return k < end && view.Is(k, WordSets.Kin) && !(k + 1 < end && view.IsNoun(k + 1));
    }

    // A person's name at `k`, or after up to four words of a title (`Prime Minister`, `anchor`, `chief executive`).
    private bool PersonAfter(int k, int end)
    {
        for (var j = k; j < end && j - k <= 4; j++)
        {
            if (view.EntityAt[j] >= 0)
            {
                return view.Found.Entities[view.EntityAt[j]].Type == EntityType.Person;
            }

            if (!(Titled(j) || (view.Tag(j) is "JJ" or "NN" or "NNP" && j + 1 < end && (Titled(j + 1) || view.EntityAt[j + 1] >= 0))))
            {
                return false;
            }
        }

        return false;
    }

    private bool Titled(int k) => view.Is(k, WordSets.Titles) || view.Is(k, WordSets.ActorNouns);

    // The first token of the person named after a place's name at `k` (ending before `next`), its state set off by
    // commas and a title (`Tulsa, Okla., police officer Ana Ruiz`); else -1.
    private int PersonAfterPlace(int k, int next, int end)
    {
        if (view.Found.Entities[view.EntityAt[k]].Type is not (EntityType.Gpe or EntityType.Loc) || next >= end || !view.IsPunct(next, ','))
        {
            return -1;
        }

        var j = next + 1;
        var state = j;
        while (j < end && j - state < 3 && view.Tag(j) == "NNP" && !view.IsPunct(j, ','))
        {
            j++;
        }

        if (j == state || j >= end || !view.IsPunct(j, ',') || !Titled(j + 1) && !(j + 2 < end && Titled(j + 2)))
        {
            return -1;
        }

        if (!PersonAfter(j + 1, end))
        {
            return -1;
        }

        var p = j + 1;
        while (p < end && view.EntityAt[p] < 0)
        {
            p++;
        }

        return p < end ? p : -1;
    }

    // `met Saudi officials`: a national word the name stage read as a miscellaneous name.
    private bool NationalWord(int k) =>
        view.EntityAt[k] >= 0 && view.Found.Entities[view.EntityAt[k]].Type == EntityType.Misc
        && (view.Gazetteer.CountryOfDemonym(view.Word(k)) ?? Territories.CountryOfPeople(view.Word(k))) is not null;

    private Actor TargetAt(int k, int end)
    {
        var entity = view.EntityAt[k];
        if (entity >= 0)
        {
            var last = k;
            while (last + 1 < end && view.EntityAt[last + 1] == entity)
            {
                last++;
            }

            var next = last + 1;
            // `blame Lucy's mother`, `met the minister's lawyers`: a kin or an aide after the possessive heads the phrase;
            // the one acted on is that person, not the possessor.
            // `criticized CNN's Anderson Cooper`, `met Portugal's Prime Minister Ana Ruiz`: so is a person named after it.
            if (next + 1 < end && view.Word(next) is "'s" or "’s" or "'" or "’" && (KinAfter(next + 1, end) || PersonAfter(next + 1, end)))
            {
                return actors.Read(k, k, end - 1);
            }

            // `criticized Tulsa, Okla., police officer Ana Ruiz`: a town and its state before a person's title name where
            // the person serves; the one acted on is the person.
            if (PersonAfterPlace(k, next, end) is var person and >= 0)
            {
                var titled = person;
                while (titled - 1 > next && !view.IsPunct(titled - 1, ','))
                {
                    titled--;
                }

                return actors.Read(person, titled, end - 1);
            }

            if (next < end && (view.Word(next) is "'s" or "’s" || IsNounTrigger(next)))
            {
                return actors.Read(last, k, last);
            }

            if (next + 1 < end && view.Word(next) is "'s" or "’s")
            {
                return actors.Read(last, k, last);
            }
        }

        // `accused the prime minister`: the adjectives of a title are part of it; so are the capitalised words of a
        // compound title (`by Foreign Secretary X`, `Home Office Minister X`), and a body's name that opens it.
        var min = k;
        var title = view.Is(k, WordSets.Titles) && char.IsUpper(view.Word(k)[0]);
        while (min - 1 >= 0 && !view.IsClauseBreak(min - 1)
            && ((view.Tag(min - 1) == "JJ" && view.EntityAt[min - 1] < 0)
                || NationalWord(min - 1)
                || (title && view.Tag(min - 1) is "NNP" or "JJ" && char.IsUpper(view.Word(min - 1)[0])
                    && (view.EntityAt[min - 1] < 0 || view.Found.Entities[view.EntityAt[min - 1]].Type == EntityType.Org))))
        {
            min--;
        }

        return actors.Read(k, min, end - 1);
    }

    private int SkipPhrase(int k, int end)
    {
        while (k < end && (view.Tag(k) is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "POS" or "PRP$"
            || view.EntityAt[k] >= 0 || view.Word(k) is "'s" or "’s"))
        {
            k++;
        }

        return k;
    }

    // `him` or `her` as an object, outside a quote: the person named last before it; else null. (`urged her to`: a `her`
    // the tagger read as possessive with no noun after it is the object.) The subject of the pronoun's own verb is not it
    // (`X accused him` is never X): the search then goes on before that subject.
    private Actor? ObjectPronoun(int k)
    {
        if (!(view.Tag(k) == "PRP" || (view.Tag(k) == "PRP$" && k + 1 < view.Tokens.Length && !view.IsNoun(k + 1)
                && view.Tag(k + 1) is not ("JJ" or "CD" or "VBG" or "VBN")))
            || view.Word(k) is not ("him" or "her") || InDirectQuote(k))
        {
            return null;
        }

        var he = view.Word(k) is "him";
        var subject = ClauseSubjectPerson(k);
        var person = Antecedent(subject >= 0 ? subject : k, he);
        return person is null ? null : person with { First = k, Last = k, Span = view.Tokens[k].Span };
    }

    // The first token of a person's name that is the subject of the verb right before an object at k (`Mr X accused him`,
    // `Mr X has repeatedly criticised her`), or -1.
    private int ClauseSubjectPerson(int k)
    {
        var j = k - 1;
        while (j >= 0 && (view.IsVerb(j) || view.Tag(j) is "RB" or "MD" or "TO"))
        {
            j--;
        }

        if (j == k - 1 || j < 0 || view.EntityAt[j] < 0 || view.Found.Entities[view.EntityAt[j]].Type != EntityType.Person)
        {
            return -1;
        }

        while (j > 0 && view.EntityAt[j - 1] == view.EntityAt[j])
        {
            j--;
        }

        return j;
    }
}
