namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    private bool VerbArguments(Mention m, int first, int end)
    {
        var t = m.First;
        var passive = false;
        for (var k = t - 1; k >= first && k >= t - 4 && Skippable(k); k--)
        {
            passive |= view.Tag(t) == "VBN" && view.Is(k, WordSets.Be);
        }

        // `had been bent and abused by X`: a participle coordinated with a passive one is passive too.
        passive |= view.Tag(t) == "VBN" && t - 2 >= first && view.Word(t - 1) is "and" or "or" && view.Tag(t - 2) == "VBN"
            && Be(t - 2, first);

        // `the four detainees freed last month`, `men released from prison`: a participle right after its noun, with no
        // object of its own, is a passive whose subject is that noun.
        passive |= view.Tag(t) == "VBN" && m.Last == t && t - 1 >= first && view.IsNoun(t - 1) && actors.IsActorToken(t - 1)
            && t + 1 < end && (view.Tag(t + 1) is "IN" or "TO" or "RB" || (view.Tag(t + 1) == "JJ" && view.TimeAt[t + 1] >= 0))
            && (AfterPreposition(t - 1, first) || MainVerbAfter(t + 1, end));

        // `X, accused of links to Y,`, `X, freed from prison last month,`: a participle set off by a comma after its noun
        // is a passive whose subject is that noun, whatever the clause's own verb does.
        passive |= view.Tag(t) == "VBN" && m.Last == t && t - 2 >= first && view.IsPunct(t - 1, ',') && actors.IsActorToken(t - 2)
            && t + 1 < end && view.Word(t + 1) is "of" or "by" or "from" or "on" or "in" or "after" or "last" or "without";

        // `a dinner hosted by X`, `an advance text released by officials`: a participle with `by` after a thing that is
        // no actor is a passive all the same; X is the agent, and the thing is no target.
        // `claims denied by Labour`: the tagger often reads such a participle as a past tense, and `claims` as a verb.
        var claimLike = t - 1 >= first && (view.Tag(t - 1) is "NN" or "NNS" || view.Is(t - 1, WordSets.Claims)) && view.TimeAt[t - 1] < 0;
        var reduced = !passive && (view.Tag(t) == "VBN" || (view.Tag(t) == "VBD" && claimLike))
            && m.Last + 1 < end && view.Word(m.Last + 1).Equals("by", StringComparison.OrdinalIgnoreCase)
            && t - 1 >= first && (view.IsNoun(t - 1) || claimLike) && !actors.IsActorToken(t - 1);
        if (reduced)
        {
            m.Add(ActorRole.Source, Agent(m.Last, end));
            // `a law backed by X relating to Texas`: the thing before the participle is what was acted on, so a place
            // after it is no target.
            m.EventObject = true;
            // `a dinner hosted by X`: only a meeting hosted is a meeting of parties.
            return m.Type switch
            {
                PloverType.Retreat => false,
                PloverType.Consult => view.Is(t - 1, WordSets.Meetings),
                _ => true,
            };
        }

        if (passive && (m.Flags & TriggerFlags.Weapon) != 0)
        {
            return false;
        }

        if (IsStatement(m, end))
        {
            return false;
        }

        var subjects = Subject(t, first, end, 0);
        if (passive)
        {
            foreach (var s in subjects)
            {
                m.Add(ActorRole.Target, s);
            }

            m.Add(ActorRole.Source, Agent(m.Last, end));
            if (!m.HasSource && m.Type == PloverType.Coerce && m.Mode == "arrest")
            {
                m.Add(ActorRole.Source, ReportingEnforcer(t, first, end));
            }
        }
        else
        {
            foreach (var s in subjects)
            {
                m.Add(ActorRole.Source, s);
            }

            if (subjects.Count == 0 && UnnamedPronounSubject(m, first))
            {
                return false;
            }

            if ((m.Flags & TriggerFlags.Weapon) != 0)
            {
                if (!WeaponObject(m, end))
                {
                    return false;
                }
            }
            else
            {
                var target = Dative(m) ?? Object(m.Type, m.Last, end);
                // `complained to the UN over X`: the body complained to hears it; X is the one accused.
                if (m.Type == PloverType.Accuse && target is not null && target.First - 1 >= m.Last
                    && view.Word(view.Tag(target.First - 1) == "DT" ? target.First - 2 : target.First - 1) is "to"
                    && Complained(target.Last, end) is { } accused)
                {
                    target = accused;
                }

                m.Add(ActorRole.Target, target);
                m.EventObject = target is null && m.Type is PloverType.Support or PloverType.Agree && ObjectIsEvent(m.Last, end);
                if (m.Type == PloverType.Agree && GivenAid(m) is { } aid)
                {
                    m.Type = PloverType.Aid;
                    m.Mode = aid;
                }
            }
        }

        // `attacked the plan`, `attacked the minister over his remarks`: a politician's attack is criticism.
        // `Blair attacked Howard`, `I attack him politically`: one person attacking another named person, with no weapon
        // in the clause, is a politician's criticism; an assault has attackers who are armed or many.
        if (m.Type == PloverType.Assault && !passive && view.Word(t).StartsWith("attack", StringComparison.OrdinalIgnoreCase)
            && (AttackedInWords(m.Last, end) || PersonAttacksPerson(subjects, m.Last, end)))
        {
            m.Type = PloverType.Accuse;
            m.Mode = "disapprove";
        }

        // `the chancellor said the plans would cost more, which the Tories deny`: what is denied is the speaker's claim.
        if (m.Type == PloverType.Reject && !passive && !m.HasTarget && view.Word(t).StartsWith("den", StringComparison.OrdinalIgnoreCase)
            && subjects.Count > 0 && subjects[0].First - 1 > first && view.Is(subjects[0].First - 1, WordSets.Relatives)
            && Claimant(first, subjects[0].First - 1, end) is { } claimant)
        {
            m.Add(ActorRole.Target, claimant);
        }

        if (m.Type == PloverType.Support && !passive && AtElection(m.Last, end))
        {
            return false;
        }

        // `met the government's demands`, `met their deaths`: what is met is a thing, not a party to a meeting
        // (`would not meet the demands` is a refusal, read as such later).
        if (m.Type is PloverType.Consult or PloverType.Agree && !passive && view.Word(t).StartsWith("me", StringComparison.OrdinalIgnoreCase)
            && !(t - 1 >= first && view.Is(t - 1, WordSets.Negations)) && !(t - 2 >= first && view.Is(t - 2, WordSets.Negations))
            && ObjectHead(m.Last, end) is var head and >= 0 && view.Is(head, WordSets.MetWithoutMeeting))
        {
            return false;
        }

        // `the rules had been bent and abused`, `his record was attacked`: a thing harmed in the passive is a figure too.
        if (m.Type == PloverType.Assault && passive && PassiveThing(t, first) is var suffered and >= 0
            && (view.Is(suffered, WordSets.Figurative) || view.Is(suffered, WordSets.Criticised)))
        {
            return false;
        }

        // `beat the Asian economies`, `harming the workings of government`, `slaps that aside`: a figure of speech.
        if (m.Type == PloverType.Assault && !passive
            && ((ObjectHead(m.Last, end) is var thing and >= 0 && (view.Is(thing, WordSets.Figurative) || view.Is(thing, WordSets.Criticised)))
                || Aside(m.Last, end)))
        {
            return false;
        }

        // `his party offered a clear choice`, `has offered the politics of fear`: what a party offers voters in words is
        // rhetoric, not an offer to another party (`offered concessions`, `offered talks`).
        if (m.Type == PloverType.Agree && !passive && view.Word(t).StartsWith("offer", StringComparison.OrdinalIgnoreCase)
            && ObjectHead(m.Last, end) is var offered and >= 0 && view.Is(offered, WordSets.Rhetoric))
        {
            return false;
        }

        // `seize on those reports`, `seized upon the remarks`: to make use of something said is no seizure.
        if (m.Type == PloverType.Coerce && m.Mode == "seize" && m.Last + 1 < end && view.Word(m.Last + 1) is "on" or "upon")
        {
            return false;
        }

        // `occupy the centre ground`, `seized the initiative`: a place in politics or a chance is taken without force.
        if (m.Type == PloverType.Coerce && m.Mode == "seize" && !passive && ObjectHead(m.Last, end) is var held and >= 0
            && view.Is(held, WordSets.HeldWithoutForce))
        {
            return false;
        }

        // `the poll demonstrates that`, `demonstrated its strength`: to show something is no protest; crowds demonstrate
        // against, outside or for something, or without an object.
        if (m.Type == PloverType.Protest && m.Last == t && view.Word(t).StartsWith("demonstrat", StringComparison.OrdinalIgnoreCase)
            && t + 1 < end && (view.Tag(t + 1) is "DT" or "PRP$" or "JJ" or "NN" or "NNS" or "WRB" or "WP" || view.Word(t + 1) is "that"))
        {
            return false;
        }

        // `to appeal to middle-class voters`: to please someone is no request; a request asks for something or to act.
        if (m.Type == PloverType.Request && view.Word(t).StartsWith("appeal", StringComparison.OrdinalIgnoreCase) && !AsksForSomething(t, end))
        {
            return false;
        }

        // `little prospect of America agreeing`, `hopes of the two sides meeting`: a friendly act only hoped for is none.
        if (m.Type is PloverType.Agree or PloverType.Support or PloverType.Consult or PloverType.Cooperate or PloverType.Concede
            or PloverType.Aid && view.Tag(t) == "VBG" && HopedFor(t, first))
        {
            return false;
        }

        // `accepted that it had not happened`, `I don't accept there is any need`: accepting a fact is no agreement.
        if (m.Type == PloverType.Agree && m.Last == t && view.Word(t).StartsWith("accept", StringComparison.OrdinalIgnoreCase)
            && m.Last + 1 < end && view.Word(m.Last + 1) is "that" or "there" or "it" or "this")
        {
            return false;
        }

        // `shot basketball hoops`, `shot a video`: shooting a thing that is no actor is not an attack.
        if (m.Type == PloverType.Assault && !passive && view.Word(t).StartsWith("sho", StringComparison.OrdinalIgnoreCase)
            && ObjectHead(m.Last, end) >= 0)
        {
            return false;
        }

        // A state or an organisation that `protested` objected in words; crowds protest in the street.
        if (m.Type == PloverType.Protest && !passive && subjects.Count > 0 && !subjects.Exists(s => s.People)
            && view.Word(t).StartsWith("protest", StringComparison.OrdinalIgnoreCase))
        {
            m.Type = PloverType.Accuse;
            m.Mode = "disapprove";
        }

        if (m.Type == PloverType.Protest && !m.HasTarget)
        {
            m.Add(ActorRole.Target, ProtestTarget(m.Last, end));
        }

        if ((m.Flags & TriggerFlags.People) != 0)
        {
            return subjects.Exists(s => s.People);
        }

        // Verbal acts (accuse, demand, back) without a target are mostly talk about talk (`warned of`, `investigating to see`).
        // `threatened to cut off electricity` states its act; an act that is itself a trigger lends its target later.
        if (m.Type is PloverType.Accuse or PloverType.Request or PloverType.Threaten or PloverType.Support && !m.HasTarget
            && !(m.Type is PloverType.Threaten or PloverType.Request && Infinitive(m.Last + 1, end))
            && !(m.Type == PloverType.Request && m.HasSource && view.Word(t).StartsWith("demand", StringComparison.OrdinalIgnoreCase))
            && !(m.Type == PloverType.Support && subjects.Count > 1 && !passive)
            && !(m.Mode == "asylum" && IsFinite(t)))
        {
            return false;
        }

        // CAMEO's verbs are broad: without an actor they are more often not events.
        return m.Curated || m.Actors.Count > 0;
    }

    private bool HopedFor(int t, int first)
    {
        for (var k = t - 1; k > first && k >= t - 5; k--)
        {
            if (view.Word(k).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                var noun = k - 1 > first && view.Tokens[k - 1].Kind == TokenKind.Punctuation ? k - 2 : k - 1;
                return view.Word(noun) is "prospect" or "prospects" or "chance" or "chances" or "hope" or "hopes" or "likelihood"
                    or "possibility" or "sign" or "signs";
            }
        }

        return false;
    }

    // `appealed to the rebels to lay down their arms`, `appealed for calm`, `appealed to X for help`: what is asked for
    // follows in the clause; `appeal to both wings of the party` alone asks for nothing.
    private bool AsksForSomething(int t, int end)
    {
        for (var k = t + 1; k < end; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, '.') || view.IsPunct(k, ';'))
            {
                return false;
            }

            if (view.Word(k).Equals("for", StringComparison.OrdinalIgnoreCase)
                || (k > t + 1 && view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase) && k + 1 < end && view.Tag(k + 1) == "VB"))
            {
                return true;
            }
        }

        return false;
    }

    // `a letter to the four detainees freed last month`: the noun phrase hangs from a preposition, so it is no subject.
    private bool AfterPreposition(int k, int first)
    {
        while (k >= first && view.Tag(k) is "DT" or "JJ" or "CD" or "NN" or "NNS" or "NNP" or "NNPS")
        {
            k--;
        }

        // Not `of`: `thousands of Kurds demonstrated` is the subject's own quantity phrase.
        return k >= first && view.Tag(k) == "IN" && !view.Word(k).Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    // `detainees released in March were questioned`: the clause's own finite verb comes later, before any `that` or comma.
    private bool MainVerbAfter(int k, int end)
    {
        for (; k < end; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation || view.Word(k).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (IsFinite(k) && view.Tag(k) != "VBN")
            {
                return true;
            }
        }

        return false;
    }

    // Verbs whose PLOVER reading needs more than the word: `declined to comment`, `conceded that...` (an admission),
    // `denied that...` (a denial of a claim) and `warned that a bombing could happen` (a warning, no threat) are statements.
    private bool IsStatement(Mention m, int end)
    {
        var t = m.First;
        var next = m.Last + 1 < end ? m.Last + 1 : -1;
        if (next < 0)
        {
            return false;
        }

        var word = view.Word(t);
        return m.Type switch
        {
            PloverType.Reject when view.Is(m.Last, WordSets.Speech) || (view.Word(m.Last).Equals("to", StringComparison.OrdinalIgnoreCase) && view.Is(next, WordSets.Speech)) => true,
            PloverType.Reject when view.Word(next).Equals("to", StringComparison.OrdinalIgnoreCase) => next + 1 < end && view.Is(next + 1, WordSets.Speech),
            PloverType.Reject when word.StartsWith("den", StringComparison.OrdinalIgnoreCase) => DeniesClaim(next, end),
            PloverType.Concede when word.StartsWith("conced", StringComparison.OrdinalIgnoreCase) => view.Word(next).Equals("that", StringComparison.OrdinalIgnoreCase),
            PloverType.Threaten when word.StartsWith("warn", StringComparison.OrdinalIgnoreCase) => !WarnsOfOwnAct(m.Last, end),
            _ => false,
        };
    }

    // `denied the claims`, `denied his cabinet was split`: a claim or a clause is denied; `denied entry to` refuses.
    private bool DeniesClaim(int k, int end)
    {
        if (view.Is(k, WordSets.Claims))
        {
            return true;
        }

        while (k < end && view.Tag(k) is "DT" or "PRP$" or "JJ")
        {
            k++;
        }

        if (k < end && view.Is(k, WordSets.Claims))
        {
            return true;
        }

        for (var j = k; j < end && j <= k + 5; j++)
        {
            // `denied fathers' groups had forced it`: a possessive mark is part of the clause's subject.
            if (view.Tokens[j].Kind == TokenKind.Punctuation && !IsPossessiveMark(j))
            {
                return false;
            }

            if (IsFinite(j))
            {
                return true;
            }
        }

        return false;
    }

    // `warned that police will no longer tolerate rallies`, `warned them to stop`: a warning is a threat when it says
    // what will be done; `warned that X could happen` or `warned X was a challenge` only tells of a danger.
    private bool WarnsOfOwnAct(int last, int end)
    {
        for (var k = last + 1; k < end; k++)
        {
            if (view.IsPunct(k, '.') || view.IsPunct(k, ';') || view.IsClauseBreak(k))
            {
                return false;
            }

            if (view.Is(k, WordSets.IntentModals) || (view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase) && k + 1 < end && view.Tag(k + 1) == "VB"))
            {
                return true;
            }

            if (view.Is(k, WordSets.Possibility) && IsFinite(k))
            {
                return false;
            }
        }

        return false;
    }

    // `will give Tanzania a grant`, `sent Kyiv more arms`: an actor inside a verb phrase trigger is its indirect object.
    private Actor? Dative(Mention m)
    {
        for (var k = m.First + 1; k < m.Last; k++)
        {
            if (actors.IsActorToken(k))
            {
                var actor = actors.Read(k, k, m.Last - 1);
                return actor.First == k ? actor : null;
            }
        }

        return null;
    }
}
