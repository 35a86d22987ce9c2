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

        // `the four detainees freed last month`, `men released from prison`: a participle right after its noun, with no
        // object of its own, is a passive whose subject is that noun.
        passive |= view.Tag(t) == "VBN" && m.Last == t && t - 1 >= first && view.IsNoun(t - 1) && actors.IsActorToken(t - 1)
            && t + 1 < end && (view.Tag(t + 1) is "IN" or "TO" or "RB" || (view.Tag(t + 1) == "JJ" && view.TimeAt[t + 1] >= 0))
            && (AfterPreposition(t - 1, first) || MainVerbAfter(t + 1, end));

        // `a dinner hosted by X`, `an advance text released by officials`: a participle with `by` after a thing that is
        // no actor is a passive all the same; X is the agent, and the thing is no target.
        var reduced = !passive && view.Tag(t) == "VBN" && m.Last + 1 < end && view.Word(m.Last + 1).Equals("by", StringComparison.OrdinalIgnoreCase)
            && t - 1 >= first && view.IsNoun(t - 1) && !actors.IsActorToken(t - 1);
        if (reduced)
        {
            m.Add(ActorRole.Source, Agent(m.Last, end));
            return m.Type != PloverType.Retreat;
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
        }
        else
        {
            foreach (var s in subjects)
            {
                m.Add(ActorRole.Source, s);
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

        // `met the government's demands`, `met their deaths`: what is met is a thing, not a party to a meeting
        // (`would not meet the demands` is a refusal, read as such later).
        if (m.Type is PloverType.Consult or PloverType.Agree && !passive && view.Word(t).StartsWith("me", StringComparison.OrdinalIgnoreCase)
            && !(t - 1 >= first && view.Is(t - 1, WordSets.Negations)) && !(t - 2 >= first && view.Is(t - 2, WordSets.Negations))
            && ObjectHead(m.Last, end) is var head and >= 0 && view.Is(head, WordSets.MetWithoutMeeting))
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

        // `seize on those reports`, `seized upon the remarks`: to make use of something said is no seizure.
        if (m.Type == PloverType.Coerce && m.Mode == "seize" && m.Last + 1 < end && view.Word(m.Last + 1) is "on" or "upon")
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

    /// <summary>The subject of the verb at <paramref name="t"/>: the phrase before it, through auxiliaries, relatives and coordination.</summary>
    private List<Actor> Subject(int t, int first, int end, int depth)
    {
        var found = new List<Actor>(2);
        var k = t - 1;
        var infinitive = false;
        while (k >= first && Skippable(k))
        {
            infinitive |= view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase);
            k--;
        }

        // `X continued to send`, `X has tried to hack`, `X refused to allow`: the subject of the verb that takes the infinitive.
        if (infinitive && view.Tag(t) == "VB" && depth < 2 && k >= first && view.IsVerb(k) && !view.Is(k, WordSets.Reporting))
        {
            return Subject(k, first, end, depth + 1);
        }

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

        if (k < first)
        {
            return found;
        }

        // `began collecting signatures`, `continued shelling`: the subject of the aspectual verb.
        if (view.Tag(t) == "VBG" && depth < 2 && view.IsVerb(k) && view.Is(k, WordSets.Aspectual))
        {
            return Subject(k, first, end, depth + 1);
        }

        if (view.Is(k, WordSets.Relatives))
        {
            var j = k - 1;
            if (j >= first && view.IsPunct(j, ','))
            {
                j--;
            }

            if (j >= first && actors.IsActorToken(j))
            {
                found.Add(actors.Read(j, first, j));
            }

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
            // `X said it was not possible to overstate it and urged the government`: the nearest verb before `and`
            // with a subject shares it; a verb of a clause without an actor for subject passes to the one before.
            for (var j = k - 1; j >= first; j--)
            {
                if (view.IsVerb(j) && !view.Is(j, WordSets.Auxiliaries) && Subject(j, first, end, depth + 1) is { Count: > 0 } shared)
                {
                    return shared;
                }
            }

            return found;
        }

        if (view.IsPunct(k, ',') || (view.Tag(t) == "VBG" && k == first))
        {
            // A participle or verb after a comma shares the sentence's main subject.
            if (MainSubject(first, t) is { } main)
            {
                found.Add(main);
            }

            return found;
        }

        if (view.Word(k).Equals("by", StringComparison.OrdinalIgnoreCase) && view.Tag(t) == "VBG")
        {
            return found;
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

            if (j >= first && view.Is(j, WordSets.Reporting) && view.IsVerb(j))
            {
                return Subject(j, first, end, depth + 1);
            }
        }

        // `Palestinian police in Jericho confiscated`, `settlers in the West Bank city of Hebron set fire`: the actor
        // before a place phrase.
        if (view.PlaceAt[k] >= 0 && (!actors.IsActorToken(k) || InPlacePhrase(k, first)))
        {
            var j = k;
            while (j > first && (view.PlaceAt[j - 1] >= 0 || view.Word(j - 1) is "of" or "the" || view.Tag(j - 1) == "JJ"
                || view.Is(j - 1, WordSets.PlaceNouns)))
            {
                j--;
            }

            if (j - 1 > first && view.Is(j - 1, WordSets.Locatives) && actors.IsActorToken(j - 2))
            {
                found.Add(actors.Read(j - 2, first, j - 2));
                return found;
            }
        }

        if (Antecedent(k) is { } person)
        {
            found.Add(person);
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

            found.Add(actor);
            // `Both Iran and Russia have...`: coordinated subjects.
            var c = actor.First - 1;
            if (c - 1 >= first && view.Word(c) is "and" or "or" && actors.IsActorToken(c - 1))
            {
                found.Add(actors.Read(c - 1, first, c - 1));
            }
        }

        return found;
    }

    // `the West Bank city of Hebron`: a place named after a place noun and `of` is where, not who.
    private bool InPlacePhrase(int k, int first)
    {
        var j = k;
        while (j > first && view.PlaceAt[j - 1] == view.PlaceAt[k])
        {
            j--;
        }

        return j - 2 >= first && view.Word(j - 1) is "of" && view.Is(j - 2, WordSets.PlaceNouns);
    }

    /// <summary>The first actor of the sentence before its first verb, after an opening prepositional phrase.</summary>
    private Actor? MainSubject(int first, int before)
    {
        var k = first;
        if (view.Tag(first) == "IN")
        {
            while (k < before && !view.IsPunct(k, ','))
            {
                k++;
            }
        }

        for (; k < before; k++)
        {
            if (view.IsVerb(k) && !view.Is(k, WordSets.Auxiliaries))
            {
                return null;
            }

            if (actors.IsActorToken(k))
            {
                var actor = actors.Read(k, first, before - 1);
                // A passive main clause's subject suffers the event; it does not do it.
                var j = actor.Last + 1;
                var be = false;
                while (j < before && Skippable(j))
                {
                    be |= view.Is(j, WordSets.Be);
                    j++;
                }

                return be && j < before && view.Tag(j) == "VBN" ? null : actor;
            }
        }

        return null;
    }

    /// <summary>The passive's agent: the actor after <c>by</c>.</summary>
    private Actor? Agent(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 4; k++)
        {
            if (view.Word(k).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return NextActor(k + 1, end, 5);
            }
        }

        return null;
    }

    private bool PersonAttacksPerson(List<Actor> subjects, int last, int end)
    {
        if (!subjects.Exists(s => IsPersonName(s.Last) || WordSets.FirstPerson.Contains(view.Word(s.Last))))
        {
            return false;
        }

        for (var k = last + 1; k < end && k <= last + 12; k++)
        {
            if (view.Is(k, WordSets.Weapons))
            {
                return false;
            }

            if (view.IsClauseBreak(k) || view.IsPunct(k, '.'))
            {
                break;
            }

            if (view.Word(k) is "politically" or "verbally" or "publicly")
            {
                return true;
            }
        }

        // The object is a person's name, past its titles (`Prime Minister X`, `the chancellor X`).
        var o = last + 1;
        while (o < end && view.EntityAt[o] < 0 && view.Tag(o) is "DT" or "PRP$" or "JJ" or "NN" or "NNP")
        {
            o++;
        }

        // A named person's attack on anyone is criticism when nothing in the clause is a weapon: one person does not
        // assault a government or its red tape.
        if ((o < end && IsPersonName(o)) || subjects.Exists(s => IsPersonName(s.Last)))
        {
            return true;
        }

        return false;
    }

    private bool Aside(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 3; k++)
        {
            if (view.Word(k).Equals("aside", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPersonName(int k) => view.EntityAt[k] >= 0 && view.Found.Entities[view.EntityAt[k]].Type == EntityType.Person;

    // The object, or what follows `over`/`for` after it, is a plan, a policy, remarks... and no weapon is named.
    private bool AttackedInWords(int last, int end)
    {
        var reason = false;
        for (var k = last + 1; k < end && k <= last + 12; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, '.') || view.IsPunct(k, ';') || view.Is(k, WordSets.Weapons))
            {
                return false;
            }

            if (view.Word(k) is "over" or "for")
            {
                reason = true;
                continue;
            }

            if (view.IsNoun(k) && view.EntityAt[k] < 0 && view.Is(k, WordSets.Criticised))
            {
                // The first common noun is the object's head; past it only a stated reason counts.
                return true;
            }

            if (view.IsNoun(k) && view.EntityAt[k] < 0 && !view.Is(k, WordSets.ActorNouns) && !reason)
            {
                return false;
            }

            if (k > last + 1 && IsFinite(k) && view.Tag(k) != "VBN")
            {
                return false;
            }
        }

        return false;
    }

    // The head of the direct object when it is a common noun (past `many of`, a possessor's `the government's`), else -1.
    private int ObjectHead(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 8; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, ',') || view.IsPunct(k, '.') || (k > last + 1 && IsFinite(k)))
            {
                return -1;
            }

            var possessor = k + 1 < end && IsPossessiveMark(k + 1);
            if (view.IsNoun(k) && view.EntityAt[k] < 0 && !possessor && !(k + 1 < end && view.IsNoun(k + 1)))
            {
                return view.Is(k, WordSets.ActorNouns) ? -1 : k;
            }
        }

        return -1;
    }

    private bool IsPossessiveMark(int k) => view.Word(k) is "'s" or "’s" or "'" or "’";

    private bool WeaponObject(Mention m, int end)
    {
        for (var k = m.Last + 1; k < end && k <= m.Last + 10; k++)
        {
            if (view.Is(k, WordSets.Weapons) && view.IsNoun(k))
            {
                m.Mode ??= view.Word(k).StartsWith("drone", StringComparison.OrdinalIgnoreCase) ? "drone"
                    : view.Word(k).StartsWith("missile", StringComparison.OrdinalIgnoreCase) || view.Word(k).StartsWith("rocket", StringComparison.OrdinalIgnoreCase) ? "aerial" : null;
                for (var j = k + 1; j < end && j <= k + 4; j++)
                {
                    if (view.Word(j) is "against" or "on" or "at")
                    {
                        m.Add(ActorRole.Target, NextActor(j + 1, end, 5));
                        break;
                    }
                }

                return true;
            }

            if (IsFinite(k) || view.Tag(k) is "VB" or "VBG" || view.IsPunct(k, ',') || view.IsClauseBreak(k))
            {
                return false;
            }
        }

        return false;
    }
}
