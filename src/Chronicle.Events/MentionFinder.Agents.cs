namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // The subject of the reporting verb right before a reported clause that starts at <paramref name="start"/>.
    private List<Actor>? Reporter(int start, int first, int end, int depth)
    {
        var j = start - 1;
        if (j >= first && view.Word(j).Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            j--;
        }

        return j >= first && depth < 2 && view.IsVerb(j) && view.Is(j, WordSets.Reporting) ? Subject(j, first, end, depth + 1) : null;
    }

    // The finite verb of a clause reported before the comma at <paramref name="comma"/> (`said troops fired on the crowd,`):
    // the nearest finite verb back from the comma, within its clause, whose subject follows a reporting verb (past
    // `that`); -1 when the comma closes the main clause.
    private int ReportedClauseVerb(int comma, int first)
    {
        var v = comma - 1;
        while (v > first && !view.IsClauseBreak(v) && !view.IsPunct(v, ',') && !ClauseVerb(v))
        {
            v--;
        }

        if (v <= first || !ClauseVerb(v) || view.Is(v, WordSets.Reporting))
        {
            return -1;
        }

        var s = v - 1;
        while (s > first && (view.Is(s, WordSets.Auxiliaries) || view.Tag(s) == "RB"))
        {
            s--;
        }

        if (!actors.IsActorToken(s) && view.Tag(s) != "PRP")
        {
            return -1;
        }

        while (s > first && (actors.IsActorToken(s - 1) || view.Tag(s - 1) is "DT" or "JJ" or "NNP" or "NNPS" or "NN" or "NNS" or "PRP$"))
        {
            s--;
        }

        var r = s - 1;
        if (r > first && view.Word(r) is "that")
        {
            r--;
            // `police said on Monday that X attacked a bus, killing 12`: a time between the report and its `that`.
            var q = r;
            while (q > first && q > r - 4 && (view.TimeAt[q] >= 0 || view.Tag(q) is "IN" or "RB") && !view.Is(q, WordSets.Reporting))
            {
                q--;
            }

            if (q < r && view.TimeAt[r] >= 0 && view.Is(q, WordSets.Reporting))
            {
                r = q;
            }
        }

        return r >= first && view.Is(r, WordSets.Reporting) && view.IsVerb(r) ? v : -1;
    }

    // A finite verb, or a participle after `has`/`had`/`have` (`troops had fired`), that is no auxiliary itself.
    private bool ClauseVerb(int v) =>
        !view.Is(v, WordSets.Auxiliaries)
        && (view.Tag(v) is "VBD" or "VBZ" or "VBP" || (view.Tag(v) == "VBN" && v > 0 && view.Word(v - 1) is "has" or "had" or "have"));

    /// <summary>The first actor of the sentence before its first verb, after an opening prepositional phrase.</summary>
    private Actor? MainSubject(int first, int before)
    {
        var k = first;
        var floor = first;
        if (view.Tag(first) == "IN" || view.Word(first) is "Following")
        {
            while (k < before && !view.IsPunct(k, ','))
            {
                k++;
            }

            // `On Monday inspection chief Anna Green, accused`: an opening time phrase with no comma of its own.
            if (k >= before - 1 && view.TimeAt[first + 1 < before ? first + 1 : first] >= 0)
            {
                k = first + 1;
                while (k < before && view.TimeAt[k] >= 0)
                {
                    k++;
                }

                floor = k;
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
                var actor = actors.Read(k, floor, before - 1);
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
        // (`was banned from taking part in the auction by a US court injunction`: past a phrase of what is barred, within
        // the clause.)
        for (var k = last + 1; k < end && k <= last + 8; k++)
        {
            if (k > last + 4 && (view.IsClauseBreak(k) || view.Tokens[k].Kind == TokenKind.Punctuation || view.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD"
                || view.Word(last + 1) is not ("from" or "of")))
            {
                return null;
            }

            if (view.Word(k).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                // `spoke by phone with X`, `sent by email`: `by` and a medium is the means, never the agent.
                if (k + 1 < end && view.Is(k + 1, WordSets.Media))
                {
                    return null;
                }

                // `criticised by many in his own party`: part of a group acts for it.
                if (k + 2 < end && view.Is(k + 1, WordSets.Quantifiers) && view.Word(k + 2) is "in" or "within" or "of" or "from")
                {
                    for (var j = k + 3; j < end && j <= k + 7; j++)
                    {
                        if (actors.IsActorToken(j))
                        {
                            return actors.Read(j, k + 3, end - 1);
                        }
                    }
                }

                // `backed by EU directives`: a name modifying a thing is no agent; the thing acts (but `banned by a US court
                // injunction`: a body's order is the body's act).
                var agent = NextActor(k + 1, end, 5);
                // `banned by Spain's anti-violence commission`, `criticised by Britain's ambassador`: a body or a person
                // after a possessor heads the phrase and is the agent, the possessor being its country or its owner.
                if (agent is not null && OwnedActor(agent, end) is { } owned)
                {
                    return owned;
                }

                return agent is not null && agent.Last + 1 < end && view.Tag(agent.Last + 1) is "NN" or "NNS"
                    && !actors.IsActorToken(agent.Last + 1) && !IsNounTrigger(agent.Last + 1)
                    && view.Word(agent.Last + 1) is not ("injunction" or "order" or "ruling" or "decree" or "verdict" or "judgment" or "judgement") ? null : agent;
            }
        }

        return null;
    }

    /// <summary>
    /// The passive's agents: <c>brokered by Qatar and Egypt</c>, <c>attacked by soldiers and police</c> name two doers of one
    /// act (the second not a possessor of a thing after it, nor the subject of a clause of its own: `investigated by the
    /// police and the IMF has called for`).
    /// </summary>
    private void AddAgents(Mention m, int end)
    {
        var agent = Agent(m.Last, end);
        m.Add(ActorRole.Source, agent);
        var second = agent is null ? -1 : agent.Last + 2;
        if (agent is null || second >= end || view.Word(agent.Last + 1) is not ("and" or "or"))
        {
            return;
        }

        second += view.Word(second) is "the" && second + 1 < end ? 1 : 0;
        if (actors.IsActorToken(second) && actors.Read(second, agent.Last + 2, end - 1) is var other
            && !(other.Last + 1 < end && (view.Word(other.Last + 1) is "'s" or "’s" || view.Tag(other.Last + 1) is "VBZ" or "VBD" or "VBP" or "MD"
                || (view.Tag(other.Last + 1) is "NN" or "NNS" && !actors.IsActorToken(other.Last + 1)))))
        {
            m.Add(ActorRole.Source, other);
        }
    }

    private bool TwoWordAdverb(int k) => view.Word(k) switch
    {
        "in" => view.Word(k + 1) is "turn" or "fact" or "particular" or "return",
        "of" => view.Word(k + 1) is "course",
        "for" => view.Word(k + 1) is "now",
        _ => false,
    };

    // After a possessor, at its `'s`: the actor that heads the possessed phrase (`'s anti-violence commission`,
    // `'s interior ministry`), or null when the phrase's head is no actor (`Spain's decision`). A body with no country
    // of its own words is the possessor's.
    private Actor? OwnedActor(Actor owner, int end)
    {
        var k = owner.Last + 1;
        if (k + 1 >= end || view.Word(k) is not ("'s" or "’s"))
        {
            return null;
        }

        var head = -1;
        for (var j = k + 1; j < end && j <= k + 5 && (view.Tag(j) is "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "VBG" or "HYPH"
            || view.Word(j) is "-"); j++)
        {
            head = j;
        }

        // `Britain's Channel 4`: a name running on past the words read (into a number) is left whole to the reader.
        if (head <= k || !actors.IsActorToken(head) || !view.IsNoun(head)
            || (head + 1 < end && (view.Tag(head + 1) == "CD" || (view.EntityAt[head] >= 0 && view.EntityAt[head + 1] == view.EntityAt[head]))))
        {
            return null;
        }

        var owned = actors.Read(head, k + 1, head);
        return owner.Country is not null && !owner.Guessed && (owned.Country is null || owned.Guessed)
            ? owned with { Country = owner.Country, Guessed = false }
            : owned;
    }
}
