namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    private static bool Breaking(ReadOnlySpan<char> verb) =>
        verb is "break" or "breaks" or "broke" or "broken" or "breaking" || verb.StartsWith("violat", StringComparison.OrdinalIgnoreCase)
        || verb.StartsWith("breach", StringComparison.OrdinalIgnoreCase);

    // The opening quotation mark of a description of a few adjectives (and commas or `and`) whose closing mark is token
    // `close`, or -1: `"constructive, professional and friendly"`.
    private int QuotedDescriptionOpens(int close, int first)
    {
        for (var k = close - 1; k >= first && k >= close - 8; k--)
        {
            if (IsQuoteMark(k))
            {
                return k < close - 1 ? k : -1;
            }

            if (!(view.Tag(k) is "JJ" or "JJR" or "JJS" or "RB" or "CC" or "NN" || view.IsPunct(k, ',')))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool NounArguments(Mention m, int first, int end)
    {
        // `a move branded a "humiliating retreat"`, `dubbed the attack dog`: a label given in words is no event.
        // `the real threat to Labour`: rivalry between parties, with no force, is talk; `his attack on Labour` is criticism.
        if (Labelled(m.First, first) || (m.Type == PloverType.Threaten && Rivalry(m, first, end)))
        {
            return false;
        }

        // `Nepal and Bolivia receive World Bank support`, `Kenya received aid from Japan`: aid or support received is aid told
        // from the receiving side; the giver modifies the noun or follows `from`, the receiver is the verb's subject. Support
        // received from a party or a person stays an opinion of others (see Received); from a state or a body it is aid.
        if (m.Type is PloverType.Support or PloverType.Aid && ReceivingVerb(m.First - 1, first) is var receiving and >= 0
            && Giver(m, receiving, end) is { } giver && (m.Type == PloverType.Aid || StateOrBody(giver)))
        {
            if (m.Type == PloverType.Support)
            {
                m.Type = PloverType.Aid;
                m.Mode = "economic";
            }

            m.Add(ActorRole.Source, giver);
            foreach (var receiver in Subject(receiving, first, end, 0))
            {
                m.Add(ActorRole.Target, receiver);
            }

            return true;
        }

        // `Protest organisers said`, `strike leaders`, `attack helicopters`: a trigger noun modifying a noun of people or
        // things names them, not an event.
        if (m.Last + 1 < end && view.IsNoun(m.Last + 1) && view.Is(m.Last + 1, WordSets.ModifiedByAct))
        {
            return false;
        }

        if (m.Type == PloverType.Assault && (Rivalry(m, first, end) || AttackInWords(m, first, end)))
        {
            m.Type = PloverType.Accuse;
            m.Mode = "disapprove";
        }

        // Possessor or modifier inside the phrase: `Iran's support`, `the Russian invasion`, `a US missile strike`.
        var edge = m.First;
        var ownerAt = -1;
        for (var k = m.First - 1; k >= first; k--)
        {
            var tag = view.Tag(k);
            // `the Madrid rail bombing`, `a Brussels summit`: a town before the noun says where, not who.
            if (actors.IsActorToken(k) && (TownModifier(k) || TerrorScene(k, m)))
            {
                edge = k;
                continue;
            }

            if (actors.IsActorToken(k))
            {
                var possessor = actors.Read(k, first, k);
                // `the men's arrest`, `the detainees' release`, `Mr X's expulsion`: the possessor of an act done to people
                // suffers it (`Russia's expulsion of diplomats` names the expelled after `of`).
                // `the journalists' arrests`, `Ms X's detention`: so is a person's or a group's arrest, unless the possessor is
                // a state or a force that arrests (`Iran's arrest of a diplomat`).
                var suffered = (m.Type is PloverType.Coerce or PloverType.Retreat && possessor.People)
                    || (m.Mode == "expel" && !(m.Last + 1 < end && view.Word(m.Last + 1) is "of"))
                    || (m.Type == PloverType.Coerce && m.Mode == "arrest" && !(m.Last + 1 < end && view.Word(m.Last + 1) is "of")
                        && !Arrester(possessor))
                    // `the sprinter's four-year ban`: so is a person's ban (`FIFA's ban` is the body's own).
                    || (m.Type == PloverType.Coerce && m.Mode == "ban" && IsPersonName(possessor.Last)
                        && !(m.Last + 1 < end && view.Word(m.Last + 1) is "on" or "of"))
                    // `Kennedy's assassination`, `the journalist's murder`: a named person's killing or kidnapping is done to
                    // them (`the militia's killing of civilians` names its victims after `of`).
                    || (m.Type == PloverType.Assault && IsPersonName(possessor.Last) && view.Is(m.Last, WordSets.DoneToPerson)
                        && !(m.Last + 1 < end && view.Word(m.Last + 1) is "of" or "by"));
                m.Add(suffered ? ActorRole.Target : ActorRole.Source, possessor);
                edge = possessor.First;
                break;
            }

            // `on his first official visit to X`: the person `his` stands for made the visit (read below, when the act has a target).
            if (tag == "PRP$" && OwnedAct(m.Type))
            {
                ownerAt = k;
                edge = k;
                break;
            }

            // `held "constructive and friendly" talks`: a description in quotation marks before talks or a deal is of its
            // phrase (before an attack it is most often a word of the attack quoted: `the "mongrel" attack`).
            if (m.Type is PloverType.Consult or PloverType.Agree or PloverType.Cooperate && IsQuoteMark(k)
                && QuotedDescriptionOpens(k, first) is var open and >= 0)
            {
                edge = open;
                k = open;
                continue;
            }

            // `X brands such criticisms`, `X has attracted media criticism`: `such` opens the phrase, and a participle after
            // an auxiliary is the clause's verb, whatever the tagger read before them.
            if ((tag is not ("JJ" or "JJR" or "JJS" or "NN" or "NNS" or "NNP" or "POS" or "VBN" or "CD" or "HYPH") && view.Word(k) is not ("'s" or "’s"))
                || view.Word(k) is "such" || (tag == "VBN" && k - 1 >= first && view.Is(k - 1, WordSets.Auxiliaries)))
            {
                edge = k + 1;
                break;
            }

            edge = k;
        }

        m.Edge = edge;
        var before = edge - 1;
        // `fled the Nazi threat`, `escaped the threat of war`: a danger fled from is history, no threat made to anyone.
        // `there could be no deals`, `there was no agreement`: an act said not to exist is none.
        var taker = before;
        while (taker > first && view.Tag(taker) is "DT" or "PRP$")
        {
            taker--;
        }

        // `broke an 18-month ceasefire`, `violated the truce`: a pact broken was made before; breaking it is no retreat or agreement.
        if ((m.Type == PloverType.Threaten && taker >= first && view.Word(taker) is "fled" or "flee" or "fleeing" or "escaped" or "escape" or "escaping")
            || (before - 1 >= first && view.Word(before) is "no" && NoneThere(before - 1, first))
            || (m.Type is PloverType.Retreat or PloverType.Agree && taker >= first && Breaking(view.Word(taker))))
        {
            return false;
        }
        // `said it had found wide support among judges`, `won support for the plan`, `still has huge support in the east`:
        // support found, won or had is an opinion of others, reported; its subject is not the one who supports.
        if (m.Type == PloverType.Support && Received(m.First - 1, first))
        {
            return false;
        }

        // `speeded up the withdrawal`: past the light verb's particle too.
        while (before >= first && view.Tag(before) is "DT" or "PRP$" or "JJ" or "RB" or "CD" or "RP")
        {
            before--;
        }

        // `rallied to demand a deal`, `called for talks`: an act asked for is not one made; the asking verb's request takes
        // it in (see Find), and with no request coded it is no event.
        if ((m.Type is PloverType.Agree or PloverType.Retreat or PloverType.Consult or PloverType.Concede || m.Mode == "investigate") && before >= first)
        {
            m.AskedBy = view.Is(before, WordSets.AskingVerbs) ? before
                : view.Word(before) is "for" && before - 1 >= first && view.Is(before - 1, WordSets.AskingVerbs) ? before - 1 : -1;
        }

        // `gave Japan a clear warning of sanctions`, `warned Japan of sanctions`, `raised the threat of sanctions`: a hostile
        // act one warns of is threatened, not done, by the one who warns, to the one warned.
        if (m.Type is PloverType.Sanction or PloverType.Assault or PloverType.Coerce && WarnedOf(before, first, end) is var (warner, warned)
            && warner >= 0)
        {
            m.Type = PloverType.Threaten;
            m.Mode = null;
            foreach (var s in Subject(warner, first, end, 0))
            {
                m.Add(ActorRole.Source, s);
            }

            m.Add(ActorRole.Target, warned);
        }

        // `to protect tankers from Iranian attack`, `shielded the city from air raids`: an act one is kept safe from is a
        // danger guarded against, not done.
        if (m.Type is PloverType.Assault or PloverType.Coerce or PloverType.Sanction && before >= first && view.Word(before) is "from"
            && Guarded(before - 1, first))
        {
            return false;
        }

        // `efforts for a ceasefire`, `hopes for a deal`, `the prospects for talks`: an act striven or hoped for is not done.
        if (m.Type is PloverType.Agree or PloverType.Retreat or PloverType.Consult or PloverType.Concede && before - 1 >= first
            && view.Word(before) is "for" && view.Is(before - 1, WordSets.Strivings))
        {
            return false;
        }

        if (!m.HasSource && before >= first)
        {
            if (view.Word(before) is "of" or "with" && ChargedOne(before, first, end, 0) is { } charged)
            {
                // `accused the army of bombing villages`: the one accused did it, not the accuser.
                foreach (var s in charged)
                {
                    m.Add(ActorRole.Source, s);
                }
            }
            else if (view.Is(before, WordSets.LightVerbs) && view.IsVerb(before))
            {
                foreach (var s in Subject(before, first, end, 0))
                {
                    m.Add(ActorRole.Source, s);
                }
            }
            else if (m.Type == PloverType.Protest && view.Word(before) is "on" && before - 1 >= first && view.IsVerb(before - 1))
            {
                // `civil servants were on strike`, `the miners stayed on strike`: the strike is the subject's.
                foreach (var s in Subject(before - 1, first, end, 0))
                {
                    m.Add(ActorRole.Source, s);
                }
            }
            else if (m.Type == PloverType.Protest && view.Word(before) is "on" && Balloting(before - 1, first) is var ballot and >= 0)
            {
                // `the union will start balloting 800,000 workers on strikes`: the strike put to a vote is the union's.
                foreach (var s in Subject(ballot, first, end, 0))
                {
                    m.Add(ActorRole.Source, s);
                }
            }
            else if (m.Type == PloverType.Consult && view.Word(before) is "for" && VerbBeforePurpose(before - 1, first) is var verb and >= 0)
            {
                // `X flew to Washington for talks with Y`: the talks are those of whoever went for them.
                foreach (var s in Subject(verb, first, end, 0))
                {
                    m.Add(ActorRole.Source, s);
                }
            }
            else if (m.Type == PloverType.Consult && TalksBefore(before, first) && m.Last + 1 < end && view.Word(m.Last + 1) is "with"
                && (MainSubject(first, m.First) ?? PassiveAgentBefore(first, before)) is { } talker)
            {
                // (`the plan was announced by the minister after talks with farmers`: a passive's `by` agent held them.)
                // `the mission published a report following ten days of talks with the government`, `the envoy left after
                // talks with X`: the talks an act follows are held by the one who acts.
                m.Add(ActorRole.Source, talker);
            }
            else if (m.Type == PloverType.Protest && view.Word(before) is "in" && m.Last + 1 < end
                && view.Word(m.Last + 1) is "at" or "against" or "over"
                && MainSubject(first, m.First) is { } protester)
            {
                // `the union is to ballot its members on strikes in protest at plans`: the protest is the clause subject's.
                m.Add(ActorRole.Source, Possessed(protester, m.First));
            }
            else if (view.Word(before) is "in" && PartTaker(before - 1, first, m.Type) is var part and >= 0)
            {
                // `He is due to take part in talks`, `the unions participated in the talks`: those who take part hold them;
                // `Mitsubishi is in talks with Peugeot`: so do those who are in them.
                foreach (var s in Subject(part, first, end, 0))
                {
                    m.Add(ActorRole.Source, s);
                }
            }
            else if (view.Word(before) is "in" && Involved(before - 1, first) is { } involved)
            {
                // `Syria's alleged involvement in the killing`, `the group's role in the attacks`: the one involved did it.
                m.Add(ActorRole.Source, involved);
                if (view.Word(before - 2) is "alleged" or "suspected")
                {
                    m.Modality = Modality.Alleged;
                }
            }
            else if (m.Type == PloverType.Consult && before > first && view.Word(before) is "in" or "during" or "at"
                && m.Last + 1 < end && view.Word(m.Last + 1) is "with" && !view.IsPunct(before - 1, ',')
                && (MainSubject(first, m.First) ?? PassiveAgentBefore(first, before)) is { } holder)
            {
                // `X announced the plan in a meeting with Y`, `X said during talks with Y`: a meeting in an adjunct of the
                // clause, with someone, is held by the clause's subject (a passive's `by` agent).
                m.Add(ActorRole.Source, holder);
            }
            else if (view.Word(before) is "with" && m.Last + 1 < end && view.Word(m.Last + 1) is "on" or "against" or "for" or "to"
                && DoneWith(before, first) is var doing and >= 0)
            {
                // `opened the forum with an attack on X`, `responded with a call for talks`: the act something is done
                // with, aimed at someone, is the doer's (`felt no such constraint with attacks like` names none).
                foreach (var s in Subject(doing, first, end, 0))
                {
                    m.Add(ActorRole.Source, s);
                }
            }
            else if (Prepositional(before) && before == first && view.Word(edge - 1).Equals("the", StringComparison.OrdinalIgnoreCase)
                && PastTimeAndPlace(m.Last + 1, end) is var closing && closing < end && view.IsPunct(closing, ','))
            {
                // `Under the agreement, X must issue a statement`, `After the talks, Y said`: a bare definite act opening the
                // sentence is one told before (read as such below); the main clause's subject is no party to it. So with its
                // place or time (`During the protests in Nairobi, police arrested`: the protests are not the police's).
            }
            else if (Prepositional(before) && FrontedPhrase(first, before) && MainSubject(first, end) is { } main)
            {
                // `In a telephone call with X on Thursday, Y said...`: the call is Y's.
                m.Add(ActorRole.Source, main);
            }
            else if (Prepositional(before) && (FrontedPhrase(first, before) || (view.Tag(first) == "CC" && FrontedPhrase(first + 1, before))))
            {
                // `But after talks with X the hospital called off its plan`: with no comma to close the fronted phrase,
                // the subject of the first finite verb after the act.
                m.Add(ActorRole.Source, SubjectAfterFronted(m.Last, end));
            }
        }

        var next = m.Last + 1;
        // `the withdrawal of its forces from Panama`: what is withdrawn from, not what is withdrawn, is the target.
        if (m.Type == PloverType.Retreat && next + 1 < end && view.Word(next) is "of")
        {
            // `the withdrawal of British troops would begin`: those who withdraw are the ones who retreat.
            if (!m.HasSource && NextActor(next + 1, end, 3) is { } leaving)
            {
                m.Add(ActorRole.Source, leaving);
            }

            m.Add(ActorRole.Target, WithdrawnFrom(next + 1, end));
        }
        else if (next < end && view.Is(next, WordSets.TargetPrepositions)
            && !(view.Word(next) is "to" && next + 1 < end && view.Tag(next + 1) == "VB")
            // `talks on Africa`, `a deal over Cyprus`: what talks or a deal are about is no party to them.
            && !(m.Type is PloverType.Consult or PloverType.Agree && view.Word(next) is "on" or "over" or "about")
            // `on a visit with the education secretary`: those one visits with go along; the host is visited.
            && !(view.Word(m.First).StartsWith("visit", StringComparison.OrdinalIgnoreCase) && view.Word(next) is "with")
            && !(next + 1 < end && view.Tag(next + 1) == "VBG"))
        {
            // `support to allow the government to`: a purpose, whose object is no party to the support.
            var aimedAt = NextActor(next + 1, end, 4);
            // `attacks on the embassy by militants`: past a target that names no actor, `by` names the doer.
            if (aimedAt is not null && ByBefore(next + 1, aimedAt.First))
            {
                m.Add(ActorRole.Source, m.HasSource ? null : aimedAt);
                aimedAt = null;
            }

            m.Add(ActorRole.Target, aimedAt ?? PartyModifier(m.Type, next + 1, end));
        }

        // `the ban on trade and economic activity with Tripoli`: past the dealings banned, `with` names the other side.
        if (!m.HasTarget && m.Type == PloverType.Sanction && next + 1 < end && view.Word(next) is "on")
        {
            for (var k = next + 1; k < end && k <= next + 8; k++)
            {
                if (view.IsClauseBreak(k) || view.IsPunct(k, ',') || IsFinite(k))
                {
                    break;
                }

                if (view.Word(k) is "with")
                {
                    m.Add(ActorRole.Target, NextActor(k + 1, end, 3));
                    break;
                }
            }
        }

        // `a lawsuit for damages against X`, `a complaint for defamation on Monday against X`: past a `for` phrase of what
        // is claimed and the act's own time and place, `against` names the accused.
        if (!m.HasTarget && m.Type == PloverType.Accuse && PastClaimedAndTime(next, end) is var accused && accused > next
            && accused + 1 < end && view.Word(accused) is "against")
        {
            m.Add(ActorRole.Target, NextActor(accused + 1, end, 4));
        }

        // `a missile strike last Friday in Kuwaiti waters against the tanker`: past the act's own time and place, `against`
        // still names whom it was aimed at.
        if (!m.HasTarget && m.Type is PloverType.Assault or PloverType.Coerce or PloverType.Protest or PloverType.Sanction
            && PastTimeAndPlace(next, end) is var aimed && aimed > next && aimed < end && view.Word(aimed) is "against")
        {
            m.Add(ActorRole.Target, NextActor(aimed + 1, end, 4));
        }

        // `clashes between police and protesters`, `talks between the two leaders and X`: the parties of a mutual act, the
        // first as its source and the second as its target, as PLOVER codes a dyad.
        if (!m.HasSource && !m.HasTarget && next + 1 < end && view.Word(next) is "between"
            && m.Type is PloverType.Assault or PloverType.Consult or PloverType.Agree or PloverType.Cooperate or PloverType.Protest
            && NextActor(next + 1, end, 3) is { } one && one.Last + 2 < end && view.Word(one.Last + 1) is "and"
            && NextActor(one.Last + 2, end, 3) is { } other)
        {
            m.Add(ActorRole.Source, one);
            m.Add(ActorRole.Target, other);
        }

        // `the killing of protesters by police`, `the attack by gunmen`, `threats against the mayor by militants`: the agent
        // after `by` did it.
        if (!m.HasSource && m.Type is PloverType.Assault or PloverType.Coerce or PloverType.Sanction or PloverType.Threaten or PloverType.Accuse
            && Agent(m.Last, end) is { } doer)
        {
            m.Add(ActorRole.Source, doer);
        }

        // `a strike by postal workers`, `the march by farmers`, `a protest from the Thai government`: the protesters, after a
        // `by` or `from` straight after the noun (not `the protest was broken up by police`, whose agent ended it).
        if (m.Type == PloverType.Protest && !m.HasSource && next + 1 < end && view.Word(next) is "by" or "from")
        {
            var protesters = NextActor(next + 1, end, 3);
            m.Add(ActorRole.Source, protesters);

            // `a protest from the Thai government about the dams`: a state's or an organisation's protest is made in
            // words, as for the verb (`protests from residents` are in the street).
            if (view.Word(next) is "from" && view.Word(m.Last).StartsWith("protest", StringComparison.OrdinalIgnoreCase)
                && protesters is { People: false })
            {
                m.Type = PloverType.Accuse;
                m.Mode = "disapprove";
            }
        }

        // `criticism from the unions`: the critics, after `from`. (`drew condemnation from China`: a state named after `from`
        // is the one who condemns, not where.)
        if (m.Type == PloverType.Accuse && !m.HasSource && next + 1 < end && view.Word(next) is "from")
        {
            m.Add(ActorRole.Source, NextActor(next + 1, end, 3) ?? FromActor(next + 1, end));
        }

        // `the convoy came under attack from rebels`, `ships have been the target of Iranian attacks`: the blows fall on the
        // subject of the clause; `from` names who struck. (`The firm was the target of a series of raids by tax police`,
        // `has been the target of an investigation`: so do raids and inquiries.)
        if (m.Type is PloverType.Assault or PloverType.Coerce or PloverType.Accuse && !m.HasTarget && Struck(m.Edge - 1, first) is var struck and >= 0)
        {
            foreach (var s in Subject(struck, first, end, 0))
            {
                m.Add(ActorRole.Target, s);
            }

            if (!m.HasSource && next + 1 < end && view.Word(next) is "from")
            {
                m.Add(ActorRole.Source, NextActor(next + 1, end, 3) ?? (m.Type == PloverType.Accuse ? FromActor(next + 1, end) : null));
            }
        }

        // `after facing criticism for letting X set the agenda`: the criticised is the one who faces it, not X.
        if (m.Type == PloverType.Accuse && !m.HasTarget && Faced(m.Edge - 1, first) is var faced and >= 0)
        {
            foreach (var s in Subject(faced, first, end, 0))
            {
                m.Add(ActorRole.Target, s);
            }

            if (!m.HasTarget && faced == first)
            {
                m.Add(ActorRole.Target, AfterOpening(m.Last, end));
            }
        }

        // `The runner has received a four-year ban`, `she was handed a fine`, `he faces a lifetime ban`: a penalty one
        // receives falls on the subject; the one who imposed it follows `from` or `by` (`a ban from the federation`). One
        // faced is still to come.
        if (m.Type is PloverType.Coerce or PloverType.Sanction && !m.HasTarget && Penalised(m.Edge - 1, first) is var penalised and >= 0)
        {
            m.Actors.RemoveAll(a => a.Role == ActorRole.Source);
            foreach (var s in Subject(penalised, first, end, 0))
            {
                m.Add(ActorRole.Target, s);
            }

            if (next + 1 < end && view.Word(next) is "from" or "by")
            {
                m.Add(ActorRole.Source, NextActor(next + 1, end, 3));
            }

            if (view.Word(penalised) is "face" or "faces" or "faced" or "facing")
            {
                m.Modality = Modality.Hypothetical;
            }
        }

        // `Two men are under arrest`, `the opposition leader was placed under house arrest`: the subject of the verb before
        // `under` is the one held.
        if (m.Type == PloverType.Coerce && !m.HasTarget && m.Edge - 1 > first && view.Word(m.Edge - 1) is "under"
            && Faced(m.Edge - 1, first) is var holding and >= 0)
        {
            foreach (var s in Subject(holding, first, end, 0))
            {
                m.Add(ActorRole.Target, s);
            }
        }

        if (m.Type == PloverType.Protest && !m.HasTarget)
        {
            m.Add(ActorRole.Target, ProtestTarget(m.Last, end));
        }

        // `his support for the war`, with nobody to receive it, is a stance; `his attack on X`, `his visit to Y` are acts.
        // `to make their protest` is a protest whoever it is aimed at; so is `their assault on the town` an assault.
        // (`its attack jets`: an act noun before another noun names a kind of thing, no act.)
        if (ownerAt >= 0 && !m.HasSource && (m.HasTarget || m.Type == PloverType.Protest
                || (m.Type == PloverType.Assault && !(next < end && view.IsNoun(next))))
            && OwnerAntecedent(ownerAt) is { } owner)
        {
            m.Add(ActorRole.Source, owner);
        }

        // `the US terminated an agreement with the EU`: an agreement a party ends is its rejection of the other party;
        // one broken or violated is no agreement made (what breaking it does is told by its own words).
        if (m.Type == PloverType.Agree && EndingVerb(edge, first) is var ender and >= 0)
        {
            if (view.Is(ender, AgreementWords.Broken))
            {
                return false;
            }

            Recast(m, PloverType.Reject, ender, first, end);
        }

        // `would further ease trade sanctions`, `relaxed the embargo on Cuba`, `lifted the curfew`: a measure eased, lifted or
        // ended is a concession by the one who eases it. Where the verb is a trigger of its own (`ease`, `lift`) it codes
        // the concession, and the noun is none; else the noun's phrase becomes it.
        if ((m.Type is PloverType.Sanction || (m.Type == PloverType.Coerce && m.Mode is "restrict" or "curfew" or "ban"))
            && EasingVerb(m, edge, first) is var easer and >= 0)
        {
            if (Triggers(easer, end, type => type == PloverType.Concede))
            {
                return false;
            }

            Recast(m, PloverType.Concede, easer, first, end);
        }

        // `the assault on the firm's finances`: an attack on a thing no weapon strikes is a figure of speech.
        if (m.Type == PloverType.Assault && AimedAtFigure(m.Last, end))
        {
            return false;
        }

        // `launched an attack on the cost of the asylum system`: an attack on a policy is criticism, as for the verb.
        // `came under fire from MPs over the plan`: so is fire that a politician or a critic opens; fire from those who bear
        // arms (`under fire from rebels`) is shooting.
        var underFire = view.Word(m.First) is "fire" && m.First - 1 >= first && view.Word(m.First - 1) is "under";
        if (m.Type == PloverType.Assault
            && ((view.Word(m.First).StartsWith("attack", StringComparison.OrdinalIgnoreCase) || underFire) && AttackedInWords(m.Last, end)
                || (underFire && m.Actors.Exists(a => a.Role == ActorRole.Source) && !m.Actors.Exists(a => a.Role == ActorRole.Source && Armed(a)))))
        {
            m.Type = PloverType.Accuse;
            m.Mode = "disapprove";
        }

        // `launched an attack on Sen. Elizabeth Warren`, `his attack on John Smith`: an attack on a person called by name,
        // with no word of force or weapon in the sentence and no armed attacker, is criticism (`the attack on the envoy's
        // convoy` is on a thing; `gunmen`, `shot` or `knives` in the sentence keep it an assault).
        if (m.Type == PloverType.Assault && view.Word(m.First).StartsWith("attack", StringComparison.OrdinalIgnoreCase)
            && AttackOnNamedPerson(m, first, end))
        {
            m.Type = PloverType.Accuse;
            m.Mode = "disapprove";
        }

        // `their inquiry into the CSA's performance`: an inquiry is into the one whose conduct it examines; one into a
        // topic (`into voter turnout rates`, `into the riots`) examines no actor and is no event between actors.
        if (m.Type == PloverType.Accuse && m.Mode == "investigate" && !m.HasTarget && m.Last + 2 < end && view.Word(m.Last + 1) is "into")
        {
            // `into alleged crimes committed by Croat forces`: the doers of the acts looked into are the ones examined.
            // An inquiry into wrongdoing whose doers go unnamed still examines someone's acts (`into alleged crimes`).
            // (`into the accounts of Fiat`: past the thing looked into, its owner; `into turnout in Scotland` is where.)
            var examined = NextActor(m.Last + 2, end, 4);
            if (examined is not null && (view.Word(examined.First - 1) is "in" or "at" or "across" || view.Tag(examined.First - 1) == "DT"
                && view.Word(examined.First - 2) is "in" or "at" or "across"))
            {
                examined = null;
            }

            m.Add(ActorRole.Target, examined ?? DoersLookedInto(m.Last + 2, end));
            if (!m.HasTarget && !WrongdoingAt(m.Last + 2, end))
            {
                return false;
            }
        }

        // `a poll found that support for all parties was unchanged`: support nobody is said to give is a measure of
        // opinion, not an act of support.
        if (m.Type == PloverType.Support && !m.HasSource)
        {
            return false;
        }

        m.Definite = DefiniteBefore(edge, first);
        m.Anaphoric = (m.Actors.Count == 0 && edge - 1 >= first && view.Word(edge - 1).Equals("the", StringComparison.OrdinalIgnoreCase))
            || JoinedOne(edge, first);
        return m.Curated;
    }

    // `the bombings`, `the embassy bombings`, `the police bombings`: `the` before the phrase, past at most two words that
    // name what or whom it was of.
    private bool DefiniteBefore(int edge, int first)
    {
        var k = edge - 1;
        while (k >= first && edge - k <= 2 && view.Tag(k) is "NN" or "NNS" or "NNP" or "NNPS" or "JJ")
        {
            k--;
        }

        return k >= first && view.Word(k).Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    // The verb that ends the agreement whose phrase starts at the edge (`terminated an agreement`, `pulled out of the
    // deal`, `tore up the accord`), or -1.
    private int EndingVerb(int edge, int first)
    {
        var k = edge - 1;
        if (k >= first && view.Tag(k) is "DT" or "PRP$")
        {
            k--;
        }

        if (k - 1 >= first && ((view.Word(k) is "from" && view.Word(k - 1).StartsWith("withdr", StringComparison.OrdinalIgnoreCase))
            || (view.Word(k) is "of" && view.Word(k - 1) is "out") || (view.Word(k) is "up" && view.Word(k - 1) is "tore" or "tear" or "torn" or "tearing")))
        {
            return view.Word(k) is "of" ? k - 2 : k - 1;
        }

        return k >= first && view.IsVerb(k) && (view.Is(k, AgreementWords.Ending) || view.Is(k, AgreementWords.Broken)) ? k : -1;
    }

    // A noun's act retold as what the verb taking its phrase does to it (`terminated an agreement`: a rejection), with that
    // verb's subject as its source when it has none.
    private void Recast(Mention m, PloverType type, int verb, int first, int end)
    {
        m.Type = type;
        m.Mode = null;
        if (!m.HasSource)
        {
            foreach (var s in Subject(verb, first, end, 0))
            {
                m.Add(ActorRole.Source, s);
            }
        }
    }

    // The verb that eases or ends the measure whose phrase starts at the edge (`eased sanctions`, `relaxed the embargo`,
    // `rolled back the restrictions`), or -1.
    private int EasingVerb(Mention m, int edge, int first)
    {
        // `will further ease sanctions`, `further eased sanctions`: the tagger may read the verb as a noun or a participle
        // of the phrase.
        for (var inside = edge; inside < m.First; inside++)
        {
            if (view.Is(inside, AgreementWords.Easing) || view.Is(inside, AgreementWords.Ending))
            {
                return inside;
            }
        }

        var k = edge - 1;
        if (k >= first && view.Tag(k) is "DT" or "PRP$")
        {
            k--;
        }

        if (k - 1 >= first && view.Word(k) is "back" && view.Word(k - 1).StartsWith("roll", StringComparison.OrdinalIgnoreCase))
        {
            return k - 1;
        }

        return k >= first && (view.IsVerb(k) || (k - 1 >= first && (view.Word(k - 1) is "further" or "to" || view.Tag(k - 1) == "MD")))
            && (view.Is(k, AgreementWords.Easing) || view.Is(k, AgreementWords.Ending)) ? k : -1;
    }

    // The token after the time expressions and place phrases (`last Friday`, `on Monday`, `in Kuwaiti waters`, `near the
    // border`) that start at <paramref name="k"/>.
    private int PastTimeAndPlace(int k, int end)
    {
        while (k < end)
        {
            if (view.TimeAt[k] >= 0)
            {
                k++;
                continue;
            }

            var j = k + 1;
            if (view.Word(k) is not ("in" or "on" or "at" or "near" or "off" or "outside"))
            {
                break;
            }

            while (j < end && view.Tag(j) is "DT" or "JJ")
            {
                j++;
            }

            if (j >= end || (view.TimeAt[j] < 0 && view.PlaceAt[j] < 0))
            {
                break;
            }

            while (j < end && (view.TimeAt[j] >= 0 || view.PlaceAt[j] >= 0 || view.Is(j, WordSets.PlaceNouns) || view.Word(j) is "waters"))
            {
                j++;
            }

            k = j;
        }

        return k;
    }

    // The active verb a purpose phrase hangs from, past a destination (`flew to Washington`, `arrived in Kiev on
    // Monday`, `took to the streets of Brasilia on Thursday`); -1 when there is none.
    private int VerbBeforePurpose(int k, int first)
    {
        var stop = Math.Max(first, k - 8);
        while (k >= stop && !view.IsVerb(k) && (view.PlaceAt[k] >= 0 || view.TimeAt[k] >= 0 || view.Word(k) is "to" or "in" or "the" or "on"
            || (view.Word(k) is "of" && k + 1 < view.Tokens.Length && view.PlaceAt[k + 1] >= 0)
            || (view.Tag(k) is "NN" or "NNS" && k + 1 < view.Tokens.Length && view.Word(k + 1) is "of" && view.EntityAt[k] < 0 && !actors.IsActorToken(k))))
        {
            k--;
        }

        // `was in Richmond for a meeting with X`: being in a place for talks is going there for them.
        var stay = k + 2 < view.Tokens.Length && view.Word(k + 1) is "in" && view.PlaceAt[k + 2] >= 0
            && view.Word(k) is "be" or "is" or "are" or "was" or "were" or "been";
        return k >= first && view.IsVerb(k) && view.Tag(k) != "VBN" && (stay || !view.Is(k, WordSets.Auxiliaries)) ? k : -1;
    }

    // The verb of receiving (`receive`, `got`, `obtained`) whose object is the phrase before token k+1, past its modifiers and
    // a giver's name (`received World Bank support`, `got Japan's aid`), or -1.
    private int ReceivingVerb(int k, int first)
    {
        var stop = k - 6;
        while (k >= first && k > stop && (view.Tag(k) is "DT" or "PRP$" or "JJ" or "CD" or "NN" or "NNS" or "NNP" or "NNPS" or "POS"
            || view.Word(k) is "'s" or "’s" || view.EntityAt[k] >= 0))
        {
            k--;
        }

        return k >= first && view.Word(k) is "receive" or "receives" or "received" or "receiving" or "get" or "gets"
            or "got" or "getting" or "obtain" or "obtains" or "obtained" or "obtaining" ? k : -1;
    }

    // Who gives what is received: an actor modifying the noun (`World Bank support`, `Japan's aid`) or after `from`.
    private Actor? Giver(Mention m, int receiving, int end)
    {
        for (var k = receiving + 1; k < m.First; k++)
        {
            if (actors.IsActorToken(k))
            {
                return actors.Read(k, receiving + 1, m.First - 1);
            }
        }

        return m.Last + 2 < end && view.Word(m.Last + 1) is "from" ? NextActor(m.Last + 2, end, 4) : null;
    }

    // A state or a body named as such (`the IMF`, `the EU`), not a party nor people of one (`Labour MPs`).
    private bool StateOrBody(Actor giver) =>
        !giver.People && view.EntityAt[giver.Last] >= 0 && view.Found.Entities[view.EntityAt[giver.Last]].Type is EntityType.Org or EntityType.Gpe
        && !view.Is(giver.Last, WordSets.ActorNouns) && !actors.IsParty(giver.Last);

    private bool Received(int k, int first)
    {
        while (k >= first && (view.Tag(k) is "DT" or "PRP$" or "JJ" or "RB" or "CD" || (view.Tag(k) is "NN" or "NNS" && view.EntityAt[k] < 0)))
        {
            k--;
        }

        return k >= first && view.Word(k) is "found" or "find" or "finds" or "won" or "win" or "wins" or "gained"
            or "gain" or "gains" or "enjoyed" or "enjoys" or "enjoy" or "received" or "receives" or "attracted" or "attracts"
            or "secured" or "secure" or "lost" or "lose" or "garnered" or "drew" or "has" or "have" or "had" or "having";
    }

    // `an attack on Conservative spending plans`, `support for Labour policies`: a party's name modifying the thing an act
    // of words is aimed at is whose the thing is.
    private Actor? PartyModifier(PloverType type, int k, int end)
    {
        if (type is not (PloverType.Accuse or PloverType.Assault or PloverType.Reject or PloverType.Support))
        {
            return null;
        }

        while (k < end && view.Tag(k) == "DT")
        {
            k++;
        }

        return k + 1 < end && !actors.IsActorToken(k) && actors.IsParty(k) && view.IsNoun(k + 1) && !actors.IsActorToken(k + 1)
            && view.EntityAt[k + 1] < 0 ? actors.Read(k, k, k) : null;
    }

    // A verb of keeping safe (`protect`, `shield`, `guard`) within the few words before k, past its object.
    private bool Guarded(int k, int first)
    {
        for (var j = k; j >= first && j >= k - 6; j--)
        {
            if (view.IsVerb(j) && view.Word(j) is { Length: > 4 } w
                && (w.StartsWith("protect", StringComparison.OrdinalIgnoreCase) || w.StartsWith("shield", StringComparison.OrdinalIgnoreCase)
                    || w.StartsWith("guard", StringComparison.OrdinalIgnoreCase) || w.StartsWith("safeguard", StringComparison.OrdinalIgnoreCase)
                    || w.StartsWith("insulat", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (view.IsVerb(j) || view.IsClauseBreak(j) || view.IsPunct(j, ','))
            {
                return false;
            }
        }

        return false;
    }

    // Acts whose possessor is their doer (`his visit`, `her call for`), not the one they are done to (`his arrest`, `his release`).
    private static bool OwnedAct(PloverType type) => type is PloverType.Consult or PloverType.Agree or PloverType.Support
        or PloverType.Accuse or PloverType.Request or PloverType.Reject or PloverType.Threaten or PloverType.Concede or PloverType.Protest
        or PloverType.Assault or PloverType.Sanction;

    private bool TownModifier(int k) =>
        view.PlaceAt[k] >= 0 && view.Found.Places[view.PlaceAt[k]].Place.Precision is GeoPrecision.City or GeoPrecision.Site
        && !(k + 1 < view.Tokens.Length && IsPossessiveMark(k + 1));

    private Actor? WithdrawnFrom(int k, int end)
    {
        k = SkipPhrase(k, end);
        return k < end && view.Word(k) is "from" ? FromActor(k + 1, end) : null;
    }

    // The possessor of `involvement`, `role`, `part`, `complicity` ending at <paramref name="k"/>.
    private Actor? Involved(int k, int first)
    {
        if (k < first || view.Word(k) is not ("involvement" or "role" or "part" or "complicity" or "hand"))
        {
            return null;
        }

        var j = k - 1;
        while (j >= first && view.Tag(j) is "JJ" or "VBN" or "RB")
        {
            j--;
        }

        return j - 1 >= first && view.Word(j) is "'s" or "’s" or "'" or "’" && actors.IsActorToken(j - 1) ? actors.Read(j - 1, first, j - 1) : null;
    }

    private bool NoneThere(int k, int first)
    {
        for (var n = 0; n < 4 && k >= first && (view.Is(k, WordSets.Auxiliaries) || view.Is(k, WordSets.Be) || view.Tag(k) is "MD" or "RB"); n++)
        {
            k--;
        }

        return k >= first && view.Word(k).Equals("there", StringComparison.OrdinalIgnoreCase);
    }

    private bool Labelled(int t, int first)
    {
        for (var k = t - 1; k >= first && k >= t - 5; k--)
        {
            if (view.Word(k) is "branded" or "dubbed" or "labelled" or "labeled" or "called" or "nicknamed")
            {
                return true;
            }

            if (!(view.Tag(k) is "DT" or "JJ" or "JJR" or "JJS" or "RB" or "``" or "''" || view.Word(k) is "\"" or "“" or "”" or "‘" or "'"))
            {
                return false;
            }
        }

        return false;
    }

    // `After talks with X, Y ...`, `After two days of talks with X, Y ...`: a phrase opening the sentence with a preposition
    // and no verb or comma of its own before the noun, so the clause after its comma is the main one.
    // `At a news conference following talks with X, Y said`: so is one whose preposition is `following`.
    private bool FrontedPhrase(int first, int before)
    {
        if (!Prepositional(first))
        {
            return false;
        }

        for (var k = first + 1; k < before; k++)
        {
            if ((view.IsVerb(k) && !Prepositional(k)) || view.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    // A preposition, or `following` read as one (`following talks with X`).
    private bool Prepositional(int k) => view.Tag(k) == "IN" || view.Word(k).Equals("following", StringComparison.OrdinalIgnoreCase);

    // `by` between from and to (`on the embassy by militants`): what follows it is an agent.
    private bool ByBefore(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Word(k).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The subject of the first finite verb after token `last` in its clause (not reaching back before `last`, nor the
    // object of a preposition), or null.
    // `after talks`, `following ten days of talks`: past `after` or `following`, maybe a length of time and `of`.
    private bool TalksBefore(int before, int first)
    {
        var k = before;
        if (view.Word(k) is "of" && k - 2 >= first && view.Word(k - 1) is "days" or "weeks" or "months" or "hours" or "years" or "rounds")
        {
            k -= 2;
            while (k > first && view.Tag(k) is "CD" or "JJ" or "DT")
            {
                k--;
            }
        }

        return k > first && view.Word(k) is "after" or "following";
    }

    // The `by` agent of a passive verb (`was announced by the minister`) between first and before, or null.
    private Actor? PassiveAgentBefore(int first, int before)
    {
        for (var k = first + 1; k < before; k++)
        {
            if (view.Tag(k) == "VBN" && view.Is(k - 1, WordSets.Be) && k + 1 < before && view.Word(k + 1) is "by")
            {
                return Agent(k, before);
            }
        }

        return null;
    }

    private Actor? SubjectAfterFronted(int last, int end)
    {
        for (var v = last + 1; v < end && v <= last + 15; v++)
        {
            if (view.IsPunct(v, ',') || view.IsClauseBreak(v))
            {
                return null;
            }

            if (IsFinite(v) || (view.Tag(v) == "VBN" && view.Is(v - 1, WordSets.Auxiliaries)))
            {
                // `after talks with the unions failed`: the object of the phrase's own preposition is its verb's subject.
                return Subject(v, last + 1, end, 1) is [var subject] && subject.First > last + 1 && view.Tag(subject.First - 1) is not ("IN" or "TO")
                    ? subject : null;
            }
        }

        return null;
    }

    // `workers joined the protest`, `porters have joined the strike`: what is joined is a protest already told of.
    private bool JoinedOne(int edge, int first) =>
        edge - 2 >= first && view.Word(edge - 1).Equals("the", StringComparison.OrdinalIgnoreCase)
        && view.Word(edge - 2) is "joined" or "join" or "joins" or "joining";

    // The verb `ballot` whose members' vote the phrase before `on` ends (`balloting its members`, `ballot 800,000 staff`), or -1.
    private int Balloting(int k, int first)
    {
        for (var j = k; j >= first && j >= k - 6; j--)
        {
            if (view.IsClauseBreak(j) || view.Tokens[j].Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            if (view.IsVerb(j) || view.Word(j) is "ballot" or "balloting")
            {
                return view.Word(j).StartsWith("ballot", StringComparison.OrdinalIgnoreCase) ? j : -1;
            }
        }

        return -1;
    }

    // Whether an actor is one that arrests: a state, an organisation or a force of order (`police`, `the authorities`).
    private bool Arrester(Actor actor)
    {
        if (view.EntityAt[actor.Last] >= 0)
        {
            return view.Found.Entities[view.EntityAt[actor.Last]].Type is EntityType.Gpe or EntityType.Org;
        }

        return view.Word(actor.Last) is "police" or "authorities" or "government" or "forces" or "army" or "military" or "regime"
            or "troops" or "soldiers" or "officers" or "agents" or "state" or "junta";
    }

    // Whether an actor bears arms: a force, fighters, or a state acting as one (`rebels`, `troops`, `Israel`).
    private bool AttackOnNamedPerson(Mention m, int first, int end)
    {
        if (m.Last + 2 >= end || view.Word(m.Last + 1) is not "on" || m.Actors.Exists(a => a.Role == ActorRole.Source && Armed(a)))
        {
            return false;
        }

        // Past an article and a title (`the`, `Sen.`, `Mr`) to the name.
        var k = m.Last + 2;
        while (k < end && k <= m.Last + 4 && view.EntityAt[k] < 0 && view.Tag(k) is "DT" or "NNP")
        {
            k++;
        }

        return k < end && IsPersonName(k) && !ForceWordIn(first, end);
    }

    private bool Armed(EventActor actor)
    {
        var phrase = view.Text.AsSpan(actor.Span.Start, actor.Span.Length).TrimEnd();
        var head = phrase.LastIndexOf(' ') is var space and >= 0 ? phrase[(space + 1)..] : phrase;
        return WordSets.ArmedNouns.Contains(head) || (view.NextToken(actor.Span.Start) is var at and >= 0 && view.EntityAt[at] >= 0
            && view.Found.Entities[view.EntityAt[at]].Type == EntityType.Gpe);
    }

    // The agent after `by` of the acts an inquiry looks into (`into crimes committed by X`), within its clause, or null.
    private Actor? DoersLookedInto(int from, int end)
    {
        for (var k = from; k < end && k <= from + 10 && !view.IsClauseBreak(k) && !view.IsPunct(k, ','); k++)
        {
            if (view.Word(k) is "by")
            {
                return NextActor(k + 1, end, 3);
            }
        }

        return null;
    }

    // Whether a noun of wrongdoing or violence heads the phrase at `from` (`alleged crimes`, `the killings`).
    private bool WrongdoingAt(int from, int end)
    {
        for (var k = from; k < end && k <= from + 3 && view.Tag(k) is "DT" or "JJ" or "VBN" or "NN" or "NNS" or "PRP$"; k++)
        {
            if (view.Word(k) is "crimes" or "crime" or "allegations" or "abuse" or "abuses" or "corruption" or "killing" or "killings"
                or "death" or "deaths" or "shooting" or "shootings" or "attack" or "attacks" or "fraud" or "misconduct" or "torture"
                or "violations" or "wrongdoing" or "irregularities" or "murder" or "murders" or "bombing" or "massacre" or "leak"
                or "leaks" or "bribery" or "abductions" or "disappearance" or "disappearances")
            {
                return true;
            }
        }

        return false;
    }
}
