namespace Chronicle.Events;

/// <summary>
/// Whether an event is asserted, reported in a quote (then alleged or denied after the quote's stance),
/// negated (<c>did not</c>, <c>never</c>) or hypothetical (<c>may</c>, <c>threatened to</c>, <c>plans to</c>).
/// </summary>
internal sealed class ModalityReader(ArticleView view)
{
    public void Read(Mention m)
    {
        var quotes = view.Found.Quotes;
        for (var i = 0; i < quotes.Length; i++)
        {
            // `His claims were denied by X`: words that open on a verb are the rest of a clause whose subject is the noun
            // `claims`, not what anyone claimed.
            // A cue that is not a word of saying (`will be remembered for`, `has launched`) reports nothing.
            if (quotes[i].Speech && quotes[i].Content.Contains(m.Trigger) && !OpensOnVerb(quotes[i].Content))
            {
                m.Quote = i;
                m.Modality = quotes[i].Stance switch
                {
                    _ when Presupposed(quotes[i], m) => Modality.Reported,
                    Stance.Alleges or Stance.Questions => Modality.Alleged,
                    Stance.Denies => Modality.Denied,
                    _ => Modality.Reported,
                };
                break;
            }
        }

        // `denied invading X`, `denies having ordered the attack`: the act is what was denied.
        if (view.Tag(m.First) == "VBG" && m.First >= 1)
        {
            var k = m.First - 1;
            if (k >= 1 && view.Word(k) is "having" or "ever" or "personally")
            {
                k--;
            }

            if (view.Word(k).StartsWith("den", StringComparison.OrdinalIgnoreCase) && view.Word(k) is var w
                && (w.StartsWith("deni", StringComparison.OrdinalIgnoreCase) || w.StartsWith("deny", StringComparison.OrdinalIgnoreCase)))
            {
                m.Modality = Modality.Denied;
                return;
            }
        }

        // `pledged to appeal against the ruling`: a refusal pledged has not happened yet.
        if (m.Quote is null && m.Type == PloverType.Reject && m.Planned && !m.Noun && MentionFinder.IsPledge(view.Word(m.First)))
        {
            m.Modality = Modality.Hypothetical;
            return;
        }

        // `made an attempt to reach agreement`, `tried to agree a deal`: an act only tried for has not happened; it is kept
        // (the attempt is the event) but marked hypothetical.
        if (!m.Noun && m.First >= 2 && view.Word(m.First - 1) is "to" && view.Is(m.First - 2, Attempts)
            && m.Type is PloverType.Agree or PloverType.Consult or PloverType.Support or PloverType.Cooperate or PloverType.Concede
                or PloverType.Retreat or PloverType.Aid)
        {
            m.Intent = true;
            m.Planned = true;
            m.Modality = Modality.Hypothetical;
        }

        // `is seeking a court order to freeze X's assets`, `filed a motion asking the court to impose sanctions on X`: a
        // measure someone asks a court or another body for is not imposed; it is kept, marked hypothetical.
        if (!m.Noun && m.Type is PloverType.Sanction or PloverType.Coerce && m.First >= 2 && view.Word(m.First - 1) is "to" && SoughtBefore(m.First - 2))
        {
            m.Modality = Modality.Hypothetical;
            return;
        }

        var segment = Segment.Around(view, m);
        // `if the government did not accept`, `unless the talks fail`: a condition anywhere before the trigger in its
        // clause makes the event hypothetical, negated or not, however far the `if` stands from the verb. An intent told
        // inside the condition (`if they were prepared to use force`, `if we reject this treaty`) is supposed too; one
        // told before it (`will withdraw unless`) is the trigger's own clause, read as a threat.
        for (var k = m.First - 1; k >= segment.First; k--)
        {
            if (view.Is(k, WordSets.Conditions))
            {
                m.Modality = Modality.Hypothetical;
                m.Supposed = true;
                m.Conditioned = true;
                return;
            }
        }

        // `the government is hopeful that most creditors will accept the deal`, `the majority are expected to accept the
        // offer`: an act someone hopes for or expects has not happened; it is told before it does.
        if (!m.Noun && Hoped(m.First, view.Found.Sentences[m.Sentence].FirstToken))
        {
            m.Modality = Modality.Hypothetical;
            return;
        }

        // `there was no evidence that any detainee was tortured`: an act in a clause of which there is said to be no
        // evidence or sign is not told as done.
        if (NoEvidenceOf(m.First, segment.First))
        {
            m.Modality = Modality.Negated;
            return;
        }

        // `was banned from suing the firm`, `prevented them from attacking the town`: an act one is kept from is not done.
        if (Prevented(m))
        {
            m.Modality = Modality.Negated;
            return;
        }

        // `was not wrong in criticising the council`: a negation of a judgement before a preposition leaves the act it
        // judges told (the tagger reads such an adjective after `be not` as a base form too).
        if (view.Tag(m.First) == "VBG" && m.First - 2 >= segment.First && view.Tag(m.First - 1) == "IN" && view.Tag(m.First - 2) is "JJ" or "VB")
        {
            return;
        }

        // `the risk of an attack by X`, `fears of an invasion`, `the much-feared invasion`, `a potential strike`: an act only
        // feared or named as a risk or an option has not happened.
        if ((m.Noun && Feared(m, segment.First)) || (!m.Noun && RiskedGerund(m, segment.First)))
        {
            m.Modality = Modality.Hypothetical;
            m.Conditioned = true;
            return;
        }

        // `could start hostilities through a direct attack or by attacking X`: an act named as the means of a verb a modal
        // or a word of plan carries is as hypothetical as that verb.
        if (ModalMeans(m, segment.First))
        {
            m.Modality = Modality.Hypothetical;
            m.Conditioned = true;
            return;
        }

        var conjunct = false;
        // (From a noun phrase's own start: `could have triggered Mr Smith's expulsion`.)
        var from = m.Noun && m.Edge >= segment.First && m.Edge < m.First ? m.Edge : m.First;
        for (var k = from - 1; k >= segment.First && k >= from - 5; k--)
        {
            // `said his remarks were not racist and refused to apologise`: a negation before a conjunction that closes a
            // phrase with no verb at its end negates that phrase, not the verb after it (`did not attack and kill`
            // negates both).
            // (`were not racist and`: a base form after `be not` is an adjective the tagger misread.)
            conjunct |= view.Word(k) is "and" or "but" or "or" && k - 1 >= segment.First
                && (!view.IsVerb(k - 1) || (view.Tag(k - 1) is "VB" or "VBP" && k - 3 >= segment.First && view.Is(k - 2, WordSets.Negations)
                    && view.Is(k - 3, WordSets.Be)));

            // `authorities who will not accept rises`: the negation made the refusal; it is asserted, not negated.
            if (view.Is(k, WordSets.Negations) && (m.NegationInType || conjunct))
            {
                return;
            }

            if (view.Is(k, WordSets.Negations))
            {
                // `should not be criticised`, `would not allow`: a modal before the negation makes it an opinion or
                // a stance about what ought or would happen, not a report that something did not happen.
                m.Supposed = k - 1 >= segment.First && view.Is(k - 1, WordSets.Deontic) && !m.Intent;
                m.Modality = m.Supposed ? Modality.Hypothetical : Modality.Negated;
                return;
            }

            // `two possible gang members are under arrest`: an adjective of doubt before another noun than the act's
            // doubts who they are, not the act (`a possible strike` doubts the strike).
            if (view.Word(k) is "possible" or "likely" && view.IsNoun(k + 1) && k + 1 < from)
            {
                continue;
            }

            // `will meet X`, `will hold talks with X`: a planned meeting is told before it happens.
            if (view.Is(k, WordSets.Hypothetical) && m.Planned)
            {
                m.Modality = Modality.Hypothetical;
                return;
            }

            if (view.Is(k, WordSets.Hypothetical) && !m.Intent)
            {
                m.Modality = Modality.Hypothetical;
                // `organisers said they would hold a strike`: `would` after a past report is the report's `will`, a plan
                // told, not a supposition.
                m.Supposed = view.Is(k, WordSets.Deontic) && !(view.Word(k) is "would" && ReportedFuture(k, view.Found.Sentences[m.Sentence].FirstToken));
                m.Conditioned = view.Word(k) is "could" or "should" or "ought";
                return;
            }
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FearNouns =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["risk", "risks", "threat", "threats", "fear", "fears", "danger", "dangers", "prospect", "prospects", "possibility",
             "possibilities", "option", "options", "spectre", "specter"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A noun trigger whose phrase is the object of `of` after a noun of risk, fear or option, or that a premodifier of
    // fear or potential stands before (`feared`, `much-feared`, `potential`).
    private bool Feared(Mention m, int floor)
    {
        var from = m.Edge >= floor && m.Edge < m.First ? m.Edge : m.First;
        for (var k = from; k < m.First; k++)
        {
            if (view.Word(k).EndsWith("feared", StringComparison.OrdinalIgnoreCase) || view.Word(k) is "potential" or "Potential")
            {
                return true;
            }
        }

        var o = from - 1;
        while (o > floor && view.Tag(o) is "DT" or "JJ" && !view.Word(o).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            o--;
        }

        return o - 1 >= floor && view.Word(o) is "of" && view.Is(o - 1, FearNouns);
    }

    // `the risk of being arrested`, `faces the potential for being fined`, `the prospect of getting banned`: a verb trigger
    // as a gerund (or a participle after `being`/`getting`) that is the object of `of` or `for` after a noun of risk,
    // fear, option or potential is feared, not done.
    private bool RiskedGerund(Mention m, int floor)
    {
        var k = m.First - 1;
        if (view.Tag(m.First) == "VBN" && k >= floor && view.Word(k) is "being" or "getting")
        {
            k--;
        }
        else if (view.Tag(m.First) != "VBG")
        {
            return false;
        }

        return k - 1 >= floor && view.Word(k) is "of" or "for"
            && (view.Is(k - 1, FearNouns) || view.Word(k - 1) is "potential" or "chance" or "chances" or "likelihood");
    }

    // The trigger stands in a `by`, `through` or `via` phrase (within three words of its start) whose governing verb, the
    // first verb before the preposition within eight words, has a word of supposition right before it (`could start`).
    private bool ModalMeans(Mention m, int floor)
    {
        var from = m.Noun && m.Edge >= floor && m.Edge < m.First ? m.Edge : m.First;
        var p = -1;
        for (var k = from - 1; k >= floor && k >= from - 3; k--)
        {
            if (view.Word(k) is "by" or "through" or "via" && view.Tag(k) == "IN")
            {
                p = k;
                break;
            }

            if (view.IsVerb(k) || view.IsPunct(k, ',') || view.IsClauseBreak(k))
            {
                return false;
            }
        }

        for (var k = p - 1; p > 0 && k > floor && k >= p - 14; k--)
        {
            if (view.IsClauseBreak(k))
            {
                return false;
            }

            if (view.IsVerb(k))
            {
                return view.Tag(k) == "VB" && view.Is(k - 1, WordSets.Hypothetical) && view.Word(k - 1) is not ("if" or "how" or "why" or "whether");
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Preventers =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["ban", "bans", "banned", "banning", "bar", "bars", "barred", "barring", "prevent", "prevents", "prevented",
             "refrain", "refrains", "refrained", "refraining",
             "preventing", "stop", "stops", "stopped", "stopping", "block", "blocks", "blocked", "blocking", "prohibit",
             "prohibits", "prohibited", "prohibiting", "forbid", "forbids", "forbade", "forbidden", "deter", "deters",
             "deterred", "restrain", "restrains", "restrained", "preclude", "precludes", "precluded", "exclude",
             "excludes", "excluded"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // `no evidence that`, `no sign that`, `no indication that` within the few words before the act.
    private bool NoEvidenceOf(int t, int first)
    {
        for (var k = t - 1; k >= first + 2 && k >= t - 8; k--)
        {
            if (view.Word(k) is "that" && view.Word(k - 1) is "evidence" or "sign" or "signs" or "indication" or "proof"
                && (view.Word(k - 2) is "no" or "No" || (k - 3 >= first && view.Word(k - 3) is "no" or "No")))
            {
                return true;
            }
        }

        return false;
    }

    // A gerund trigger after `from` whose verb of preventing stands within four words before it (`banned from suing`,
    // `stopped the army from entering`).
    private bool Prevented(Mention m)
    {
        // `avoids condemning Russia`, `has avoided criticising him`: an act one avoids is not done either.
        if (!m.Noun && view.Tag(m.First) == "VBG" && m.First >= 1 && view.Word(m.First - 1) is "avoid" or "avoids" or "avoided"
            or "avoiding")
        {
            return true;
        }

        if (m.Noun || view.Tag(m.First) != "VBG" || m.First < 2 || view.Word(m.First - 1) is not ("from" or "From"))
        {
            return false;
        }

        var start = view.Found.Sentences[m.Sentence].FirstToken;
        for (var k = m.First - 2; k >= start && k >= m.First - 6; k--)
        {
            if (view.Is(k, Preventers) && view.IsVerb(k))
            {
                return true;
            }

            if (view.IsPunct(k, ',') || view.IsClauseBreak(k) || (view.IsVerb(k) && !view.Is(k, WordSets.Auxiliaries)))
            {
                return false;
            }
        }

        return false;
    }

    // `denied rumours of riots after a gunman killed two people`: a time clause inside what is denied or alleged tells
    // what the claim is set against, not the claim; `have accused X of failing to act and have threatened action`: a
    // predicate coordinated with the cue by the cue's own auxiliary is the speaker's act, outside the content. Either is
    // reported, not denied or alleged.
    private bool Presupposed(Quote quote, Mention m)
    {
        if (quote.Stance is not (Stance.Alleges or Stance.Denies))
        {
            return false;
        }

        var cue = view.NextToken(quote.Cue.Start);
        var start = view.NextToken(quote.Content.Start);
        for (var k = Math.Max(start, 1); k < m.First; k++)
        {
            if (view.Word(k) is "after" or "before" or "when" or "since" && view.Tag(k) is "IN" or "WRB")
            {
                return true;
            }

            if (view.Word(k - 1) is "and" && view.Tag(k) is "VBP" or "VBZ" or "VBD" or "MD" && CueAuxiliary(cue, k))
            {
                return true;
            }
        }

        return false;
    }

    // The cue (`have accused`, or `accused` after `have`) has the auxiliary at <paramref name="k"/>.
    private bool CueAuxiliary(int cue, int k)
    {
        for (var c = Math.Max(cue - 1, 0); c <= cue + 1 && c < k; c++)
        {
            if (view.Is(c, WordSets.Auxiliaries) && view.Word(c).Equals(view.Word(k), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool ReportedFuture(int would, int start)
    {
        for (var k = would - 1; k >= start && k >= would - 8; k--)
        {
            if (view.Tag(k) == "VBD" && view.Is(k, WordSets.PastReports))
            {
                return true;
            }
        }

        return false;
    }

    // A verb of seeking or asking within the few words before the infinitive, in the same clause.
    private bool SoughtBefore(int k)
    {
        for (var j = k; j >= 0 && j >= k - 5 && !view.IsClauseBreak(j) && !view.IsPunct(j, ','); j--)
        {
            if (view.Is(j, Sought))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Sought =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["seek", "seeks", "sought", "seeking", "ask", "asks", "asked", "asking", "petition", "petitioned", "petitioning",
             "request", "requests", "requested", "requesting", "motion", "application", "lawsuit", "suit"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Hopes =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["hope", "hopes", "hoped", "hoping", "hopeful", "optimistic", "confident", "expect", "expects", "expected", "expecting"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A word of hope or expectation, then `to` right before the verb (`are expected to accept`), or `that` and a clause
    // whose verb is a future modal's (`is hopeful that they will accept`).
    private bool Hoped(int verb, int floor)
    {
        var k = verb - 1;
        while (k > floor && view.Tag(k) is "RB")
        {
            k--;
        }

        if (k - 1 >= floor && view.Word(k) is "to" && view.Is(k - 1, Hopes))
        {
            return true;
        }

        if (k <= floor || !view.Is(k, WordSets.IntentModals))
        {
            return false;
        }

        for (var j = k - 1; j > floor && j >= k - 8; j--)
        {
            if (view.IsClauseBreak(j) || view.IsPunct(j, ','))
            {
                return false;
            }

            if (view.Word(j) is "that" && view.Is(j - 1, Hopes))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Attempts =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["attempt", "attempts", "attempted", "attempting", "try", "tries", "tried", "trying", "effort", "efforts", "bid", "bids",
             "seek", "seeks", "sought", "seeking", "struggle", "struggled", "struggling", "strive", "strove", "striving"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private bool OpensOnVerb(TextSpan content)
    {
        var k = view.NextToken(content.Start);
        return k >= 0 && k < view.Tokens.Length && view.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD" && view.Is(k, WordSets.Auxiliaries);
    }
}
