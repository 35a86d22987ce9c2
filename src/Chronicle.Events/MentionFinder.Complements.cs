namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    /// <summary>
    /// <c>Norway is ready to send troops</c>, <c>is not willing to</c>: an adjective of intent before <c>to</c>
    /// after a form of <c>be</c> is itself the event (AGREE, or REJECT when negated).
    /// </summary>
    private Mention? IntentAdjective(int sentence, int t, int first, int end)
    {
        var refusal = view.Is(t, WordSets.RefusalAdjectives);
        if (!(refusal || view.Is(t, WordSets.IntentAdjectives)) || t + 1 >= end || !view.Word(t + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var negated = false;
        var be = false;
        for (var k = t - 1; k >= first && k >= t - 3 && Skippable(k); k--)
        {
            be |= view.Is(k, WordSets.Be);
            negated |= view.Is(k, WordSets.Negations);
        }

        if (!be)
        {
            return null;
        }

        var m = new Mention
        {
            Type = negated != refusal ? PloverType.Reject : PloverType.Agree, Sentence = sentence, First = t, Last = t + 1, Noun = false,
            Curated = true, Flags = TriggerFlags.None, Evidence = view.Found.Sentences[sentence].Span, Intent = true,
            NegationInType = negated,
            Trigger = new TextSpan(view.Tokens[t].Span.Start, view.Tokens[t + 1].Span.End),
        };
        foreach (var s in Subject(t, first, end, 0))
        {
            m.Add(ActorRole.Source, s);
        }

        return m.HasSource ? m : null;
    }

    /// <summary>
    /// <c>X said that Y must drop its barriers</c>: a demand reported with <c>must</c>, from the reporting verb's
    /// subject to the subject of <c>must</c>.
    /// </summary>
    private Mention? MustDemand(int sentence, int t, int first, int end)
    {
        if (!view.Word(t).Equals("must", StringComparison.OrdinalIgnoreCase) || t + 1 >= end)
        {
            return null;
        }

        var targets = Subject(t, first, end, 1);
        if (targets.Count == 0)
        {
            return null;
        }

        var j = ReportingVerbBefore(targets, first);
        if (j < 0 || !(view.Is(j, WordSets.Reporting) || view.Word(j) is "concluded" or "demanded" or "urged"))
        {
            return null;
        }

        var m = Reported(PloverType.Request, sentence, t, j, targets, first, end);
        m.Intent = true;
        return m.HasSource ? m : null;
    }

    /// <summary>
    /// <c>Britain insisted that Russia withdraw its troops</c>: <c>insist that</c> with a bare verb of an act asked for (the
    /// subjunctive) is a demand, from the insisting subject to the subject of that verb; <c>insisted that it was innocent</c>
    /// states a view and is none. (`that Iran release the prisoners`: the tagger may read the bare verb before a determiner as a noun.)
    /// </summary>
    private Mention? InsistedDemand(int sentence, int t, int first, int end)
    {
        if (t + 1 >= end || !(view.Tag(t) is "VB" or "VBP" || (view.Tag(t) == "NN" && view.Tag(t + 1) is "DT" or "PRP$")) || !DemandedActs.Contains(view.Word(t).ToString()))
        {
            return null;
        }

        var targets = Subject(t, first, end, 1);
        if (targets.Count == 0 || targets.Min(a => a.First) - 1 < first
            || !view.Word(targets.Min(a => a.First) - 1).Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var j = ReportingVerbBefore(targets, first);
        if (j < 0 || !view.Word(j).StartsWith("insist", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var m = Reported(PloverType.Request, sentence, j, j, targets, first, end);
        return m.HasSource ? m : null;
    }

    // Bare verbs of the acts a demand asks of another party (`withdraw`, `release`, `stop`).
    private static readonly System.Collections.Frozen.FrozenSet<string> DemandedActs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["stop", "withdraw", "release", "free", "leave", "resign", "end", "halt", "cease", "return", "pull", "hand", "step",
            "scrap", "drop", "lift", "reverse", "apologise", "apologize"], StringComparer.OrdinalIgnoreCase);

    // A one-word mention at token t from the subject of the reporting verb at j to the subjects of the reported clause.
    private Mention Reported(PloverType type, int sentence, int t, int j, List<Actor> targets, int first, int end)
    {
        var m = new Mention
        {
            Type = type, Sentence = sentence, First = t, Last = t, Noun = false, Curated = true,
            Flags = TriggerFlags.None, Evidence = view.Found.Sentences[sentence].Span, Trigger = view.Tokens[t].Span,
        };
        foreach (var s in Subject(j, first, end, 0))
        {
            m.Add(ActorRole.Source, s);
        }

        foreach (var target in targets)
        {
            m.Add(ActorRole.Target, target);
        }

        return m;
    }

    // `said that X and Y must`, `said on Monday X had`: the verb right before a reported clause's subjects (past `that`, a
    // time and adverbs), or -1 when no verb stands there.
    private int ReportingVerbBefore(List<Actor> subjects, int first)
    {
        var j = subjects.Min(a => a.First) - 1;
        if (j >= first && view.Word(j).Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            j--;
        }

        while (j >= first && (view.TimeAt[j] >= 0 || view.Is(j, WordSets.TimeOpeners) || view.Tag(j) is "RB"))
        {
            j--;
        }

        return j >= first && view.IsVerb(j) ? j : -1;
    }

    /// <summary>
    /// Reads a sentence's mentions together: a cooperative act announced with <c>will</c> is an expressed intent
    /// (AGREE; REJECT with <c>will not</c>); the act named in the complement of a demand, threat, promise, refusal
    /// or concession (<c>threatened to cut off aid</c>, <c>rejected the ceasefire</c>) is not an event of its own;
    /// nor is a demand that states a protest's purpose (<c>blocked roads demanding reforms</c>).
    /// </summary>
    private void Reframe(List<Mention> into, int from, int end)
    {
        for (var i = from; i < into.Count; i++)
        {
            ReadIntent(into[i], end);
        }

        // `would welcome genuine migrants`: a welcome announced is a policy; `the bill will allow casinos to open`, `the
        // post will allow him to help`: a thing that allows promises nothing (`Turkey will allow refugees to return` does).
        for (var i = into.Count - 1; i >= from; i--)
        {
            if (into[i] is { Intent: true, Type: PloverType.Agree, Noun: false } m
                && view.Word(m.First) is var verb && (verb.StartsWith("welcom", StringComparison.OrdinalIgnoreCase)
                    || (!m.HasSource && (verb.StartsWith("allow", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("permit", StringComparison.OrdinalIgnoreCase)))))
            {
                into.RemoveAt(i);
            }
        }

        for (var i = from; i < into.Count; i++)
        {
            var head = into[i];
            var governed = 0;
            for (var j = i + 1; j < into.Count; j++)
            {
                var c = into[j];
                if (!Governs(head, c))
                {
                    continue;
                }

                // `vowed revenge for the US attack on its platforms`: a reprisal is aimed at the ones who struck, not at
                // those they struck.
                var avenged = head.Type == PloverType.Threaten && AvengedAct(head.Last, end) == c.First;
                foreach (var a in c.Actors)
                {
                    if (a.Role == (avenged ? ActorRole.Source : ActorRole.Target) && !head.HasTarget)
                    {
                        head.Actors.Add(avenged ? a with { Role = ActorRole.Target } : a);
                    }
                }

                // `is prepared to impose martial law`: readiness to coerce is a threat; `is ready to veto the plan`:
                // readiness to refuse is a refusal. The act decides, not its object (`prepared to lift the ban`).
                if (head.Intent && head.Type == PloverType.Agree && governed == 0 && (Hostile(c.Type) || c.Type == PloverType.Reject))
                {
                    head.Type = c.Type == PloverType.Reject ? PloverType.Reject : PloverType.Threaten;
                }

                // `is committed to a possible strike against X`, `pledged to impose sanctions on X`: a commitment to
                // strike or to punish, told right after the pledge, threatens the one it would fall on; it agrees to
                // nothing (`pledged to send troops`, `promised to stop the attacks` stay what they were).
                if (head.Type == PloverType.Agree && !head.Noun && governed == 0 && c.Type is PloverType.Assault or PloverType.Sanction or PloverType.Coerce
                    && IsPledge(view.Word(head.First)) && PledgedDirectly(head.Last, c.First))
                {
                    head.Type = PloverType.Threaten;
                    head.Mode = null;
                    head.Intent = true;
                }

                // `pledged to appeal against the ruling`, `promised to veto the bill`: a pledge to refuse is the refusal,
                // one still to come (read hypothetical), not an agreement with anyone.
                if (head.Type == PloverType.Agree && !head.Intent && !head.Noun && governed == 0 && c.Type == PloverType.Reject && !c.Noun
                    && IsPledge(view.Word(head.First)))
                {
                    head.Type = PloverType.Reject;
                    head.Mode = null;
                    head.Intent = true;
                    head.Planned = true;
                }

                // `offered to send troops to X`, `offered assistance to X`: an offer of help is aid to the one it is
                // offered to (the target found above), not an agreement with the thing offered.
                if (head.Type == PloverType.Agree && !head.Intent && governed == 0 && view.Word(head.First).StartsWith("offer", StringComparison.OrdinalIgnoreCase)
                    && (c.Type == PloverType.Aid || (c.Type == PloverType.Mobilize && c.Mode == "troops")))
                {
                    head.Type = PloverType.Aid;
                    head.Mode = c.Type == PloverType.Aid ? c.Mode : "military";
                }

                into.RemoveAt(j);
                governed++;
                j--;
            }

            // `threatened to cut off electricity to Nakhichevan`: the stated act's object is the target; but what a
            // pledge's own act is done to (`pledged to clamp down on Britain's compensation culture`) is no party it
            // is made to, which only a cooperative act (`pledged to help Poland`, read above) or a dative names.
            if (!head.HasTarget && !head.Noun && !(governed == 0 && head.Type == PloverType.Agree && IsPledge(view.Word(head.First))) && head.Type is PloverType.Request or PloverType.Threaten or PloverType.Agree
                or PloverType.Reject && Infinitive(head.Last + 1, end))
            {
                head.Add(ActorRole.Target, Object(head.Type, head.Last + 2, end));
            }
            else if (!head.HasTarget && head.Intent && !head.Noun && head.Last + 1 < end && view.Tag(head.Last + 1) == "VB")
            {
                head.Add(ActorRole.Target, Object(head.Type, head.Last + 1, end));
            }
        }

        // An act asked for and not governed by a request trigger above is not done either; a policy granted to one's
        // own people is no agreement (its targets are known only now, from the acts it governed).
        for (var i = into.Count - 1; i >= from; i--)
        {
            var first = view.Found.Sentences[into[i].Sentence].FirstToken;
            if (Requested(into[i], first) && AskedRequest(into[i], first, end) is { } request)
            {
                into[i] = request;
            }
            else if (Requested(into[i], first) || AnyFailure(into[i], first) || HarmWithNoOneHarmed(into[i], end)
                || (into[i] is { Type: PloverType.Agree, Noun: false } policy && (PolicyForOwnPeople(policy, policy.First, end) || OwnDecision(policy, end))))
            {
                into.RemoveAt(i);
            }
        }
    }

    // The verb `rule` of a `not rule out`, `never ruled out`, `refused to rule out` before the noun's phrase (its determiners and
    // modifiers), or -1.
    private int RuledOutVerb(int first)
    {
        var k = first - 1;
        while (k >= 0 && k >= first - 4 && view.Tag(k) is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "PRP$" or "HYPH")
        {
            k--;
        }

        if (k < 2 || !view.Word(k).Equals("out", StringComparison.OrdinalIgnoreCase)
            || !view.Word(k - 1).StartsWith("rul", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        return view.Is(k - 2, WordSets.Negations)
            || (k >= 3 && view.Word(k - 2) is "to" && view.Word(k - 3) is "refused" or "refuses" or "refuse" or "refusing"
                or "declined" or "declines" or "decline" or "declining") ? k - 1 : -1;
    }

    // Only `to`, determiners, adjectives and adverbs stand between a pledge and the act it commits to (`committed to a
    // possible strike`, `pledged to swiftly impose`).
    private bool PledgedDirectly(int last, int act)
    {
        var to = view.Word(last).Equals("to", StringComparison.OrdinalIgnoreCase);
        for (var k = last + 1; k < act; k++)
        {
            if (view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase) && !to)
            {
                to = true;
                continue;
            }

            if (view.Tag(k) is not ("DT" or "JJ" or "RB" or "PRP$"))
            {
                return false;
            }
        }

        return to;
    }

    // `a failure to provide funding condemns people`, `any refusal to talk would`: a failure or a refusal told of no one in
    // particular is a supposition, not one that happened.
    private bool AnyFailure(Mention m, int first) =>
        !m.Noun && m.First - 3 >= first && view.Word(m.First - 1) is "to" && view.Word(m.First - 2) is "failure" or "refusal"
        && view.Word(m.First - 3) is "a" or "A" or "an" or "any" or "Any";

    // `was ready to slap a new tax on home sales`: readiness for a hostile act that falls on no one named (with a victim
    // the act is kept and governed above, and the readiness became a threat) agrees to nothing; nor does resolve to warn
    // or to blame (`is determined to warn his supporters`).
    private bool HarmWithNoOneHarmed(Mention m, int end) =>
        m is { Intent: true, Type: PloverType.Agree, Noun: false } && view.Word(m.Last) is "to"
        && Triggers(m.Last + 1, end, type => Hostile(type) || type is PloverType.Threaten or PloverType.Accuse);

    /// <summary>Whether a trigger word commits its speaker (<c>pledged</c>, <c>promises</c>, <c>vowed</c>, <c>committed</c>).</summary>
    internal static bool IsPledge(ReadOnlySpan<char> word) =>
        word.StartsWith("pledg", StringComparison.OrdinalIgnoreCase) || word.StartsWith("promis", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("vow", StringComparison.OrdinalIgnoreCase) || word.StartsWith("commit", StringComparison.OrdinalIgnoreCase);

    private static bool Hostile(PloverType type) =>
        type is PloverType.Coerce or PloverType.Assault or PloverType.Sanction or PloverType.Protest or PloverType.Mobilize;

    private void ReadIntent(Mention m, int end)
    {
        if (m.Noun)
        {
            // `would not rule out military strikes against X`, `refused to rule out sanctions`: an attack or a sanction
            // kept open as an option is a threat by the one who keeps it open (the negation made the threat; it is told,
            // not negated).
            // Only a named party (a state, a government, an alliance) keeping open an act no one else is told to do
            // threatens: `police did not rule out further attacks`, `analysts did not rule out strikes by the rebels`
            // forecast another's act.
            if (m.Type is PloverType.Assault or PloverType.Sanction && !m.HasSource && RuledOutVerb(m.First) is var rule and >= 0
                && Subject(rule, view.Found.Sentences[m.Sentence].FirstToken, end, 0) is var keepers && keepers.Count > 0
                && keepers.TrueForAll(a => a.EntityId is not null))
            {
                foreach (var s in keepers)
                {
                    m.Add(ActorRole.Source, s);
                }

                m.Type = PloverType.Threaten;
                m.Mode = null;
                m.Intent = true;
                m.NegationInType = true;
            }

            return;
        }

        // `failed to reach agreement`, `refused to meet`, `refused to support`, `his refusal to accept`: the attempt or the refusal is the event.
        if (m.Type is PloverType.Support or PloverType.Aid or PloverType.Consult or PloverType.Retreat or PloverType.Concede
            or PloverType.Cooperate or PloverType.Agree && m.First >= 2
            && view.Word(m.First - 1).Equals("to", StringComparison.OrdinalIgnoreCase) && view.Word(m.First - 2) is "failed" or "fails" or "fail" or "failure" or "refusal"
                or "refused" or "refuses" or "refuse" or "refusing")
        {
            m.Type = PloverType.Reject;
            m.Mode = null;
            return;
        }

        if (!m.HasSource)
        {
            return;
        }

        if (Hostile(m.Type))
        {
            // `announced that it will extend the curfew`: an announced coercive act is a threat; an unannounced
            // `would introduce house arrest` stays a hypothetical measure.
            if ((m.First >= 2 && view.Is(m.First - 1, WordSets.IntentModals) && Announced(m.First - 2)) || Planned(m.First)
                || (!m.Noun && m.HasTarget && PromisedOnCondition(m)))
            {
                m.Type = PloverType.Threaten;
                m.Mode = null;
                m.Intent = true;
            }

            return;
        }

        // `the council will meet to decide`: a body meeting by itself promises no one anything.
        if (m.Type is not (PloverType.Support or PloverType.Aid or PloverType.Consult
            or PloverType.Retreat or PloverType.Concede or PloverType.Cooperate or PloverType.Agree)
            || (m.Type == PloverType.Consult && !m.HasTarget && m.Last + 1 < view.Tokens.Length
                && (view.Word(m.Last + 1).Equals("to", StringComparison.OrdinalIgnoreCase) || view.Tokens[m.Last + 1].Kind == TokenKind.Punctuation)))
        {
            return;
        }

        var negated = false;
        for (var k = m.First - 1; k >= 0 && k >= m.First - 3; k--)
        {
            // `we cannot accept this`, `the union can't support the deal`: an actor's present inability to agree is a
            // refusal, never an agreement; so is not accepting what another party put forward (`has not accepted the
            // commission's recommendation`), unless only `yet`. So is an inability to yield (`we cannot allow the
            // terrorists to win`, `the party can't give in`): a refusal, never a concession.
            if (m.Type is PloverType.Agree or PloverType.Support or PloverType.Concede && !m.Noun
                && (view.Word(k).Equals("cannot", StringComparison.OrdinalIgnoreCase)
                    || (view.Is(k, WordSets.Negations) && k >= 1 && view.Word(k - 1) is "can" or "Can" or "ca" or "Ca")
                    || (m.Type == PloverType.Agree && m.HasTarget && view.Word(k) is "not" or "n't" or "never"
                        && view.Word(m.First).StartsWith("accept", StringComparison.OrdinalIgnoreCase) && !Yet(k, m.Last))))
            {
                m.Type = PloverType.Reject;
                m.Mode = null;
                m.Intent = true;
                m.NegationInType = true;
                return;
            }

            // `would agree with the plan if it worked`: a conditional `would` tells what might be, not an intent (but `said
            // they would meet him if...` reports a conditional offer, which PLOVER codes as one).
            if (view.Word(k).Equals("would", StringComparison.OrdinalIgnoreCase) && HasIf(m) && !(k >= 1 && Announced(k - 1)))
            {
                return;
            }

            if (view.Is(k, WordSets.IntentModals))
            {
                // `will visit Jakarta`, `will also visit the plant`: a visit planned is still a visit (CONSULT visit), not
                // an intent to cooperate; whether it has a host is read like any visit's. (`will visit Albania`, a state,
                // is PLOVER's intent to meet, AGREE, as the GSR records code it.)
                // `will hold talks with X`, `is to hold a meeting`: talks planned are talks (CONSULT), told before they happen.
                // `will meet Alstom's chairman`: a meeting planned with a party is a meeting, not a promise; it has not happened
                // (`would meet him if he gave them a veto` is an offer on a condition, PLOVER's AGREE). `will meet in Geneva`,
                // with no one named but a venue, is the parties meeting among themselves there, planned.
                if (!negated && m.Type == PloverType.Consult && !Conditional(m)
                    && ((view.Word(m.First).StartsWith("visit", StringComparison.OrdinalIgnoreCase) && !StateVisited(m.Last))
                        || (m.Last > m.First && view.IsNoun(m.Last))
                        || (view.Word(m.First) is "meet" && m.HasTarget && !StateMet(m) && !HasIf(m))
                        || (view.Word(m.First) is "meet" && !m.HasTarget && PlaceFinder.Venue(view, m.Last) >= 0 && !HasIf(m))
                        || (view.Word(m.First) is "discuss" && m.HasTarget && !HasIf(m))))
                {
                    m.Intent = true;
                    m.Planned = true;
                    return;
                }

                // `will withdraw its force unless X...`: an act promised on a condition is a threat.
                m.Type = Conditional(m) ? PloverType.Threaten : negated ? PloverType.Reject : PloverType.Agree;
                m.Mode = null;
                m.Intent = true;
                m.NegationInType = negated && m.Type == PloverType.Reject;
                return;
            }

            if (view.Is(k, WordSets.Negations))
            {
                negated = true;
            }
            else if (view.Tag(k) is not ("RB" or "RBR"))
            {
                return;
            }
        }
    }

    // `has not yet accepted`, `has not accepted it yet`: a thing still pending.
    private bool Yet(int from, int last)
    {
        for (var k = from; k <= last + 6 && k < view.Tokens.Length; k++)
        {
            if (view.Word(k) is "yet")
            {
                return true;
            }
        }

        return false;
    }

    // `will meet Albania`: a state met (its name alone) is PLOVER's intent to meet, as for a visit.
    private bool StateMet(Mention m) =>
        m.Actors.Exists(a => a.Role == ActorRole.Target && view.NextToken(a.Span.Start) is var k and >= 0 && k < view.Tokens.Length
            && view.PlaceAt[k] >= 0 && view.Found.Places[view.PlaceAt[k]] is var place
            && place.Place.Precision == GeoPrecision.Country && place.Span.End >= a.Span.End
            && !(view.NextToken(a.Span.End) is var after and >= 0 && after < view.Tokens.Length && view.Word(after) is "'s" or "’s"));

    // The visit's object is a country (`visit Albania`, `visit the Netherlands`).
    private bool StateVisited(int last)
    {
        var k = last + 1;
        if (k < view.Tokens.Length && view.Tag(k) == "DT")
        {
            k++;
        }

        return k < view.Tokens.Length && view.PlaceAt[k] >= 0 && view.Found.Places[view.PlaceAt[k]].Place.Precision == GeoPrecision.Country;
    }

    // `plans to impose`, `intends to close`: a stated plan to coerce is a threat.
    private bool Planned(int first) =>
        first >= 2 && view.Word(first - 1).Equals("to", StringComparison.OrdinalIgnoreCase)
        && view.Word(first - 2) is "plans" or "planned" or "plan" or "intends" or "intended" or "intend" or "vowed" or "vows";

    // A reporting verb within a few words before the modal's subject (`said that it`, `announced the army`).
    private bool Announced(int k)
    {
        for (var j = k; j >= 0 && j > k - 6; j--)
        {
            if (view.Is(j, WordSets.Reporting) && view.IsVerb(j))
            {
                return true;
            }

            if (view.IsVerb(j) || view.IsPunct(j, ','))
            {
                return false;
            }
        }

        return false;
    }

    private bool Conditional(Mention m)
    {
        var s = view.Found.Sentences[m.Sentence];
        for (var k = m.Last + 1; k < s.FirstToken + s.TokenCount && k <= m.Last + 15; k++)
        {
            if (view.Word(k).Equals("unless", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // `will bomb Iraq unless it complies`, `would strike the rebels if they attacked`: force promised by `will` or `would`
    // on a condition that follows it is a threat to the one it would fall on.
    private bool PromisedOnCondition(Mention m)
    {
        var k = m.First - 1;
        while (k >= 0 && view.Tag(k) == "RB")
        {
            k--;
        }

        if (k < 0 || view.Word(k) is not ("will" or "would" or "'ll" or "’ll" or "shall"))
        {
            return false;
        }

        var s = view.Found.Sentences[m.Sentence];
        for (var j = m.Last + 1; j < s.FirstToken + s.TokenCount && j <= m.Last + 12; j++)
        {
            if (view.Word(j) is "unless" or "if")
            {
                return true;
            }

            if (view.IsPunct(j, ';') || view.Word(j) is "but" or "and" && IsFinite(j + 1))
            {
                return false;
            }
        }

        return false;
    }

    private bool HasIf(Mention m)
    {
        var s = view.Found.Sentences[m.Sentence];
        for (var k = s.FirstToken; k < s.FirstToken + s.TokenCount; k++)
        {
            if (view.Word(k).Equals("if", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool Governs(Mention head, Mention c)
    {
        if (c.First <= head.Last || c.First - head.Last > 10)
        {
            return false;
        }

        var protestPurpose = head.Type == PloverType.Protest && c.Type == PloverType.Request && !c.Noun
            && (view.Tag(c.First) == "VBG" || view.Word(c.First - 1).Equals("to", StringComparison.OrdinalIgnoreCase));
        // `pulled out of the peace talks with X`, `withdrew from the deal`: the talks or the deal left are what the retreat
        // is from, no act of their own.
        var left = head.Type == PloverType.Retreat && head.Mode == "withdraw" && c.Noun
            && c.Type is PloverType.Consult or PloverType.Agree or PloverType.Cooperate;
        var governing = head.Type is PloverType.Request or PloverType.Threaten or PloverType.Agree or PloverType.Reject
            or PloverType.Concede || (head.Type == PloverType.Sanction && c.Noun) || left;
        if (!protestPurpose && !governing)
        {
            return false;
        }

        var linked = c.Noun || protestPurpose || view.Word(c.First - 1).Equals("to", StringComparison.OrdinalIgnoreCase)
            || view.Word(head.Last).Equals("must", StringComparison.OrdinalIgnoreCase);
        for (var k = head.Last + 1; k < c.First; k++)
        {
            if (view.IsClauseBreak(k) || view.Is(k, WordSets.Relatives) || view.Word(k) is "said" or "says" or "but" or "while"
                || (IsFinite(k) && !Skippable(k))
                // `pleaded guilty to fraud and was jailed`: `and` before a finite verb starts a second predicate.
                || (view.Word(k) is "and" or "but" && k + 1 < c.First && IsFinite(k + 1)))
            {
                return false;
            }

            linked |= view.Word(k) is "to" or "for" or "that";
        }

        return linked;
    }
}
