namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    private bool VerbArguments(Mention m, int first, int end)
    {
        var t = m.First;
        // `branded a "humiliating retreat" by the Greens`: a word inside a label is no act; a label of blame is the
        // accusation of the one who gives it, and the thing labelled is no actor.
        if (Labelled(t, first))
        {
            m.Add(ActorRole.Source, m.Type == PloverType.Accuse ? Agent(m.Last, end) : null);
            return m.HasSource;
        }

        var passive = false;
        for (var k = t - 1; k >= first && k >= t - 4 && Skippable(k); k--)
        {
            passive |= view.Tag(t) == "VBN" && view.Is(k, WordSets.Be);
            // `after being "tortured"`: the tagger reads a participle after a quote mark as a past tense; none follows `being`.
            passive |= view.Tag(t) == "VBD" && view.Word(k) is "being" or "been";
        }

        // `had been bent and abused by X`: a participle coordinated with a passive one is passive too; one with an object of
        // its own (`were arrested and called for calm`, `was hurt and vowed revenge`) is active.
        passive |= view.Tag(t) is "VBN" or "VBD" && t - 2 >= first && view.Word(t - 1) is "and" or "or" && view.Tag(t - 2) is "VBN" or "VBD"
            && Be(t - 2, first) && !(m.Last + 1 < end && view.Tag(m.Last + 1) is "DT" or "PRP$" or "NN" or "NNS" or "NNP" or "CD");

        // `are run by X and backed by Y`: a participle after `and` with its own `by` is passive too.
        passive |= view.Tag(t) == "VBN" && m.Last == t && t - 1 >= first && view.Word(t - 1) is "and" or "or"
            && t + 1 < end && view.Word(t + 1).Equals("by", StringComparison.OrdinalIgnoreCase);

        // `the four detainees freed last month`, `men released from prison`: a participle right after its noun, with no
        // object of its own, is a passive whose subject is that noun.
        passive |= view.Tag(t) == "VBN" && m.Last == t && t - 1 >= first && view.IsNoun(t - 1) && actors.IsActorToken(t - 1)
            && t + 1 < end && (view.Tag(t + 1) is "IN" or "TO" or "RB" || (view.Tag(t + 1) == "JJ" && view.TimeAt[t + 1] >= 0))
            && (AfterPreposition(t - 1, first) || (MainVerbAfter(t + 1, end) && !AfterSubordinator(t - 1, first)));
        passive |= PastTenseReducedRelative(t, m.Last, first, end);

        // `with some people jailed and others not`, `with three men arrested`: after `with`, a participle right after its
        // noun is a passive whose subject is that noun; the people jailed never jail anyone. So after a verb of seeing
        // (`she saw Horton killed`).
        passive |= view.Tag(t) is "VBN" or "VBD" && m.Last == t && t - 1 >= first && view.IsNoun(t - 1) && actors.IsActorToken(t - 1)
            && (AfterWith(t - 1, first) || AfterSeeing(t - 1, first));

        // `X, accused of links to Y,`, `X, freed from prison last month,`: a participle set off by a comma after its noun
        // is a passive whose subject is that noun, whatever the clause's own verb does.
        // `X, allegedly killed by Y,`: past adverbs too.
        var comma = t - 1;
        while (comma > first && view.Tag(comma) == "RB" && !view.Is(comma, WordSets.Negations))
        {
            comma--;
        }

        var setOff = view.Tag(t) is "VBN" or "VBD" && m.Last == t && comma - 1 >= first && view.IsPunct(comma, ',') && actors.IsActorToken(comma - 1)
            && t + 1 < end && (view.Word(t + 1) is "of" or "by" or "from" or "on" or "in" or "after" or "last" or "without")
            && (view.Tag(t) == "VBN" || view.Word(t + 1) is "by");
        passive |= setOff;

        // `the 26 banks, nationalised five years ago`, `the convoy, seized in March by the army`: a participle of force set
        // off after a thing, with a time or an agent after it and no object, is a passive on the thing; the main clause's
        // subject did not do it.
        var thingSetOff = !setOff && m.Type is PloverType.Assault or PloverType.Coerce or PloverType.Sanction && view.Tag(t) is "VBN" or "VBD" && m.Last == t && comma - 1 >= first && view.IsPunct(comma, ',')
            && view.Tag(comma - 1) is "NN" or "NNS" && !actors.IsActorToken(comma - 1) && t + 1 < end
            && (view.TimeAt[t + 1] >= 0 || view.Word(t + 1) is "by" || (view.Tag(t) == "VBN" && view.Tag(t + 1) is "IN" or "RB"));
        passive |= thingSetOff;

        // `a dinner hosted by X`, `an advance text released by officials`: a participle with `by` after a thing that is
        // no actor is a passive all the same; X is the agent, and the thing is no target.
        // `claims denied by Labour`: the tagger often reads such a participle as a past tense, and `claims` as a verb.
        // `a civilian allegedly killed by troops`: adverbs between the noun and its participle leave it a reduced relative.
        var h = (ByAfter(m.Last, end) ? FirstConjunct(t, first) : t) - 1;
        while (h > first && view.Tag(h) == "RB" && !view.Is(h, WordSets.Negations))
        {
            h--;
        }

        // `plans, backed by the UK, to lift`: a participle set off by commas after a thing hangs from the thing.
        if (h - 1 >= first && view.IsPunct(h, ',') && view.Tag(h - 1) is "NN" or "NNS" && !actors.IsActorToken(h - 1))
        {
            h--;
        }

        var claimLike = h >= first && (view.Tag(h) is "NN" or "NNS" || view.Is(h, WordSets.Claims)) && view.TimeAt[h] < 0;
        // A participle straight before `by` is passive even when the tagger reads it as a past tense or its noun
        // (`civilian`) as an adjective: `killed by` never has the killer before it.
        // (`shortened by one hour`, `on Thursday cut by half`: a measure or a time before `by` is no such noun.)
        var reduced = !passive && view.Tag(t) is "VBN" or "VBD" && ByAfter(m.Last, end)
            && h >= first && (view.IsNoun(h) || claimLike || view.Tag(h) == "JJ") && !actors.IsActorToken(h) && view.TimeAt[h] < 0
            && (view.Tag(t) == "VBN" || claimLike || Agent(m.Last, end) is not null);
        // `a civilian allegedly killed by troops`, `a reporter beaten by the militia`: a participle with `by` right after an
        // actor (past adverbs) is a reduced passive relative: the agent is the source and the actor before is the target.
        if (!passive && !reduced && ReducedRelativeHead(t, m.Last, first, end) is { } head && Agent(m.Last, end) is { } by)
        {
            m.Add(ActorRole.Source, by);
            m.Add(ActorRole.Target, head);
            return m.Type != PloverType.Retreat && VerbSense(m, t, true, [head], first, end);
        }

        if (reduced)
        {
            if (BackedByInstrument(m, t, end))
            {
                return false;
            }

            AddAgents(m, end);
            m.Add(ActorRole.Target, AdjectivalHead(h, first));
            // `Experts say there is a gap in the budget, a claim denied by the chancellor`: the claim denied is the
            // sayer's, set off before it.
            if (m.Type == PloverType.Reject && view.Word(t).StartsWith("den", StringComparison.OrdinalIgnoreCase) && view.Is(h, WordSets.Claims)
                && h - 2 > first && view.Tag(h - 1) == "DT" && view.IsPunct(h - 2, ','))
            {
                m.Add(ActorRole.Target, Claimant(first, h - 2, end));
            }

            // `a law backed by X relating to Texas`: the thing before the participle is what was acted on, so a place
            // after it is no target.
            m.EventObject = true;
            // `a dinner hosted by X`: only a meeting hosted is a meeting of parties.
            // `the research used by the group`: a thing used is an attack only when it is a weapon, and `the rockets used by
            // the air force` names a weapon by who uses it: only one turned on someone (`tear gas used by police against
            // students`) or striking something (`the rockets used by the militants hit a market`) is an attack.
            return m.Type switch
            {
                _ when (m.Flags & TriggerFlags.Weapon) != 0 => view.Is(h, WordSets.Weapons) && AgainstAfter(m.Last, end),
                // `data gathered by the firm`: a crowd's verb after a thing is done to the thing.
                _ when (m.Flags & TriggerFlags.People) != 0 => false,
                PloverType.Retreat => false,
                PloverType.Consult => view.Is(h, WordSets.Meetings),
                PloverType.Assault => !view.Is(h, WordSets.Records),
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

        // `that X, previously accused of fraud, will be freed`: the set-off participle's subject is the actor before its
        // comma, not the clause's or the speaker's.
        var subjects = setOff ? [actors.Read(comma - 1, first, comma - 1)] : thingSetOff ? [] : Subject(t, first, end, 0);
        // `- Creating a new agency to destroy the gangs`: a gerund with its own object opens a clause (a list item's
        // proposal), and names no actor (`Ruling parties`, `Striking workers` have no article after the gerund).
        subjects.RemoveAll(s => s.First + 1 <= s.Last && view.Word(s.First) is { Length: > 4 } g && g.EndsWith("ing", StringComparison.Ordinal)
            && view.Tag(s.First) is "VBG" or "NNP" or "NN" && view.Tag(s.First + 1) is "DT" or "PRP$");
        if (passive)
        {
            // `200 soldiers had been offered to the force`: what a verb of giving passes on is what is given, not the one
            // it is given to.
            var given = m.Type is PloverType.Agree or PloverType.Aid && GivingVerb(view.Word(t));
            // `troops to be pulled out of Iraq`: those withdrawn are the side that retreats, from the place they leave.
            var withdrawn = m.Type == PloverType.Retreat && m.Mode is not ("ceasefire" or "release") && view.Word(m.Last + 1 < end ? m.Last + 1 : m.Last) is "of" or "from";
            foreach (var s in subjects)
            {
                if (!given)
                {
                    m.Add(withdrawn ? ActorRole.Source : ActorRole.Target, s);
                }
            }

            if (withdrawn && m.HasSource)
            {
                m.Add(ActorRole.Target, FromActor(m.Last + 2, end));
            }

            if (given)
            {
                m.Add(ActorRole.Target, Recipient(m.Last, end));
            }

            AddAgents(m, end);
            if (subjects.Count == 0 && !m.HasTarget && PassiveOwner(m.Type, t, first) is { } owner)
            {
                m.Add(ActorRole.Target, owner);
            }

            // `was expelled from the Labour party`, `was banned from Iraq`: the body one is put out of does it.
            // (Not the object of a gerund after it: `was banned from suing the firm` names what is barred, `banned
            // from entering Kenya` the country that bars.)
            if (!m.HasSource && m.Type is PloverType.Sanction or PloverType.Coerce && m.Last + 2 < end && view.Word(m.Last + 1) is "from"
                && (view.Tag(m.Last + 2) != "VBG" || view.Word(m.Last + 2) is "entering" or "visiting"))
            {
                m.Add(ActorRole.Source, FromActor(m.Last + 2, end));
            }

            if (!m.HasSource && m.Type == PloverType.Coerce && m.Mode == "arrest")
            {
                m.Add(ActorRole.Source, ReportingEnforcer(t, first, end));
            }
        }
        else
        {
            if (!NameTheSides(m, subjects))
            {
                foreach (var s in subjects)
                {
                    m.Add(ActorRole.Source, s);
                }
            }

            if (subjects.Count == 0 && UnnamedPronounSubject(m, first))
            {
                return false;
            }

            // `software which threatens the firm's monopoly`, `rising costs threaten the recovery`: a threat needs someone
            // who makes it; a thing that endangers another is no event.
            if (subjects.Count == 0 && m.Type == PloverType.Threaten && (ThingSubject(t, first) || WhichSubject(t, first)))
            {
                return false;
            }

            MutualActs.ReadEachOther(view, m);
            if ((m.Flags & TriggerFlags.Weapon) != 0)
            {
                if (!WeaponObject(m, end))
                {
                    return false;
                }
            }
            else if (m.Mutual)
            {
                m.Add(ActorRole.Target, OtherSide(m.Last, end));
            }
            else
            {
                // `has written to Y demanding an explanation`: the one written to is asked, when the participle names no one.
                var target = Dative(m) ?? Object(m.Type, m.Last, end) ?? SharedObject(m, end)
                    ?? (view.Tag(t) == "VBG" ? Addressee(t - 1, first) : null);
                // `complained to the UN over X`: the body complained to hears it; X is the one accused.
                if (m.Type == PloverType.Accuse && target is not null && target.First - 1 >= m.Last
                    && view.Word(view.Tag(target.First - 1) == "DT" ? target.First - 2 : target.First - 1) is "to"
                    && Complained(target.Last, end) is { } accused)
                {
                    target = accused;
                }

                // `the law banning hunting in Scotland`, `arrested ... at a farm near Lyon`: a place after a preposition
                // is where a ban or an arrest holds, never its target.
                if (m.Type == PloverType.Coerce && target is not null && view.PlaceAt[target.Last] >= 0 && PlacePreposition(target.First - 1, m.Last))
                {
                    target = null;
                }

                if (m.Type == PloverType.Reject && target is not null && SubjectOfClause(target, end))
                {
                    target = null;
                }

                // `the prime minister accepted his resignation`, `rejected her offer`: the one whose resignation or offer it is
                // is the other party, named before (not the one who accepts).
                if (target is null && m.Type is PloverType.Agree or PloverType.Reject && m.Last + 2 < end && view.IsNoun(m.Last + 2)
                    && (view.Word(t).StartsWith("accept", StringComparison.OrdinalIgnoreCase) || view.Word(t).StartsWith("reject", StringComparison.OrdinalIgnoreCase)))
                {
                    target = OtherOwner(m.Last + 1, subjects);
                }

                m.Add(ActorRole.Target, target);
                // `accused the prime minister and his chancellor of`: a coordinated object is a target too.
                // `urged Europe and the US to`: so is a place-named one, when the act is addressed to its people.
                // `visiting Tanzania, Mozambique and Kenya`: so is every conjunct of a list.
                var tail = target;
                if (target is not null && ListedObjects(m.Type, target, end) is { Count: > 0 } listed)
                {
                    listed.ForEach(item => m.Add(ActorRole.Target, item));
                    tail = listed[^1];
                }

                if (target is not null && tail is not null && SecondObject(tail, end) is var second && second < end && view.Word(tail.Last + 1) is "and"
                    && actors.IsActorToken(second) && (view.PlaceAt[target.Last] < 0 || AddressedPlaces(m.Type, tail, second, end)))
                {
                    var other = actors.Read(second, tail.Last + 2, end - 1);
                    if (other.First == tail.Last + 2 || view.Tag(tail.Last + 2) is "DT" or "PRP$")
                    {
                        m.Add(ActorRole.Target, other);
                    }
                }

                // `warned the BBC to steer away from X`, `cautioned Mr Y not to be tempted`: a warning to do or not to do
                // something asks it of the one warned; it threatens no sanction.
                if (m.Type == PloverType.Threaten && target is not null && Advised(target.Last, end)
                    && (view.Word(t).StartsWith("warn", StringComparison.OrdinalIgnoreCase) || view.Word(t).StartsWith("caution", StringComparison.OrdinalIgnoreCase)))
                {
                    m.Type = PloverType.Request;
                    m.Mode = null;
                }

                m.EventObject = target is null && m.Type is PloverType.Support or PloverType.Agree && ObjectIsEvent(m.Last, end);
                if (m.Type == PloverType.Agree && GivenAid(m) is { } aid)
                {
                    m.Type = PloverType.Aid;
                    m.Mode = aid;
                }
            }
        }

        // `resigned as Labour leader`, `resigned after being questioned by the party`: one who resigns leaves a post; an
        // actor named after it is none the resignation acts on (but `resigned from the government` leaves it).
        // (`declined to resign despite pressure by X`: an infinitive is taken up by the verb before it, which keeps X.)
        if (m.Type == PloverType.Retreat && view.Word(t).StartsWith("resign", StringComparison.OrdinalIgnoreCase) && view.Tag(t) != "VB"
            && !(m.Last + 1 < end && view.Word(m.Last + 1) is "from"))
        {
            m.Actors.RemoveAll(a => a.Role == ActorRole.Target);
        }

        return VerbSense(m, t, passive, subjects, first, end);
    }

    // `seized and sold the company's arm`, `arrested and beat the protesters`: a verb joined by `and` to the next one
    // shares the object after it.
    private Actor? SharedObject(Mention m, int end) =>
        m.Last + 2 < end && view.Word(m.Last + 1) is "and" or "or" && view.IsVerb(m.Last + 2) && view.Tag(m.Last + 2) != "VBG"
        && view.Tag(m.Last) != "VBG" ? Object(m.Type, m.Last + 2, end) : null;

    // `in Scotland and Ireland`, `at a farm near Lyon`: a place phrase (past places listed before) opens with a preposition.
    // `which` right before the verb at `t` (auxiliaries and adverbs between): a relative clause whose antecedent no
    // actor was found for.
    private bool WhichSubject(int t, int first)
    {
        var k = t - 1;
        while (k >= first && Skippable(k))
        {
            k--;
        }

        return k >= first && view.Word(k) is "which";
    }

    private bool PlacePreposition(int k, int floor)
    {
        while (k > floor && (view.PlaceAt[k] >= 0 || view.Word(k) is "and" or "or" or ","))
        {
            k--;
        }

        return k > floor && view.Word(k) is "in" or "at" or "near" or "across" or "throughout";
    }

    // `will give Tanzania a grant`, `sent Kyiv more arms`: an actor inside a verb phrase trigger is its indirect object.
    // `had been offered to the force`: the one something is given to, after `to`.
    private Actor? Recipient(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 4; k++)
        {
            if (view.Word(k) is "to")
            {
                return NextActor(k + 1, end, 4);
            }
        }

        return null;
    }

    private static bool GivingVerb(ReadOnlySpan<char> word) =>
        word.StartsWith("offer", StringComparison.OrdinalIgnoreCase) || word.StartsWith("pledg", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("promis", StringComparison.OrdinalIgnoreCase);

    private Actor? Dative(Mention m)
    {
        for (var k = m.First + 1; k < m.Last; k++)
        {
            if (actors.IsActorToken(k))
            {
                var actor = actors.Read(k, k, m.Last - 1);
                // `sent British troops`, `ordered Kenyan forces`: a nationality before the trigger's noun says whose they
                // are; it receives nothing.
                var nationality = actor.Last == m.Last - 1 && view.EntityAt[actor.Last] >= 0
                    && view.Found.Entities[view.EntityAt[actor.Last]].Type == EntityType.Norp;
                return actor.First == k && !nationality ? actor : null;
            }
        }

        return null;
    }

    // `X to steer away`, `X not to be tempted`: after the one warned, an infinitive (maybe negated).
    private bool Advised(int last, int end)
    {
        var k = last + 1;
        if (k < end && view.Word(k) is "not" or "never")
        {
            k++;
        }

        return k + 1 < end && view.Word(k) is "to" && view.Tag(k + 1) == "VB";
    }

    // `against` a party after the agent, or a verb of striking the weapon phrase is the subject of: the weapon was used.
    private bool AgainstAfter(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 8; k++)
        {
            if (view.Word(k) is "against" or "hit" or "hits" or "struck" or "strikes" or "killed" or "kill" or "wounded" or "injured"
                or "destroyed" or "damaged" or "landed" or "exploded" or "slammed")
            {
                return true;
            }
        }

        return false;
    }
}
