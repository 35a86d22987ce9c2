namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // `the clearest demonstration of the fact that`, `a demonstration of military strength`: a demonstration of a thing
    // shows it; a demonstration of people (`of 5,000 students`), of support or of solidarity is a protest.
    private bool ShowOfSomething(Mention m, int end)
    {
        if (m.Type != PloverType.Protest || m.First != m.Last || !view.Word(m.First).StartsWith("demonstration", StringComparison.OrdinalIgnoreCase)
            || m.Last + 2 >= end || view.Word(m.Last + 1) is not "of")
        {
            return false;
        }

        var k = m.Last + 2;
        while (k < end && view.Tag(k) is "DT" or "PRP$" or "JJ" or "JJS" or "JJR" or "RBS")
        {
            k++;
        }

        return k < end && view.Tag(k) is "NN" or "NNS" && !actors.IsActorToken(k) && view.Word(k) is not ("support" or "solidarity" or "protest"
            or "anger" or "opposition");
    }

    // Trigger verbs that here tell a view held, a refusal to talk or a thing done to a thing, no act between actors.
    // True when the mention is none.
    private bool OfOneMind(Mention m, int first, int end)
    {
        // `a majority of MPs support replacing the Lords`, `the survey found most voters back the plan`: support for a
        // course or a thing, with no actor for target, by a share of a group or in a poll's findings, is a stance measured
        // (the tagger may read `support` after a plural as a noun).
        if (m.Type == PloverType.Support && !m.HasTarget && (ShareOfGroup(m.First, first) || PollFinding(m.First, first)))
        {
            return true;
        }

        // `Labour support has been falling`, `support for the party rose`: support counted among voters rises and falls;
        // no one gives it to anyone.
        if (m.Type == PloverType.Support && Changes(m.Last, end))
        {
            return true;
        }

        // `a reward is being offered for information`, `offering a $5m reward`: a reward on offer is no agreement; `information
        // leading to the arrest and conviction of X`: the act a reward asks about has not happened.
        if ((view.Word(m.First).StartsWith("offer", StringComparison.OrdinalIgnoreCase) && RewardNear(m.First, m.Last, first, end))
            || InformationLeadingTo(m.First, first))
        {
            return true;
        }

        // `simulated an attack on the island`, `staged a mock attack`: an attack rehearsed strikes no one.
        if (m.Noun && m.Type == PloverType.Assault && Rehearsed(m.First, first))
        {
            return true;
        }

        if (m.Noun)
        {
            // `has regular meetings with both of them`, `had lunch with friends`: a meal or a meeting with no party named
            // after `with` consults no one.
            return ShowOfSomething(m, end) || NoDealing(m, first, end)
                || (m.Type == PloverType.Consult && !m.HasTarget && view.Word(m.Last) is "meeting" or "meetings" or "breakfast" or "lunch"
                    && m.Last + 1 < end && view.Word(m.Last + 1) is "with");
        }

        // `had dinner with friends`, `had lunch with his family`: the verb phrase of a meal ends in its `with`; with
        // no actor found after it (the actor finder decides), no one is consulted.
        if (m.Type == PloverType.Consult && !m.HasTarget && m.Last > m.First && view.Word(m.Last) is "with"
            && view.Word(m.Last - 1) is "breakfast" or "lunch" or "dinner")
        {
            return true;
        }

        if (GenericClassClause(m.First, first))
        {
            return true;
        }

        var word = view.Word(m.First);

        // `the sprinter has protested her innocence`: protesting one's innocence is a denial in words, no demonstration.
        if (m.Type == PloverType.Protest && ObjectHead(m.Last, end) is var protested and >= 0
            && view.Word(protested) is "innocence" or "ignorance")
        {
            return true;
        }

        // `councillors agreed that there was nothing wrong`, `the men agreed he was brilliant`, `Mr X agreed, but added`:
        // agreeing that something is so is an opinion; an agreement is to, on or with something (`agreed to withdraw`,
        // `agreed on a deal`, `agreed that their countries should cooperate`).
        if (m.Type == PloverType.Agree && m.First == m.Last && word.StartsWith("agree", StringComparison.OrdinalIgnoreCase))
        {
            return AgreesWithoutDeal(m, end);
        }

        // `said he accepted the minister's word`, `accepted his explanation`: what is believed is not agreed.
        if (m.Type == PloverType.Agree && m.First == m.Last && word.StartsWith("accept", StringComparison.OrdinalIgnoreCase)
            && ObjectHead(m.Last, end) is var believed and >= 0 && view.Is(believed, AgreementWords.Believed))
        {
            return true;
        }

        // `I disagree with locking people up`: disagreeing with a practice is an opinion with no one as its target.
        if (m.Type == PloverType.Accuse && word.StartsWith("disagree", StringComparison.OrdinalIgnoreCase) && m.Last + 1 < end
            && view.Word(m.Last + 1) is "with" && Practice(m.Last + 2, end))
        {
            return true;
        }

        // `cautioned members against using earpieces`, `warned against complacency`: advice against a course of action
        // threatens no sanction (a warning against an actor, `warned against Russia`, is still read as one).
        // `warned both parties against "pandering to prejudice"`: advice given to someone asks it of them.
        if (m.Type == PloverType.Threaten && AdvisedAgainst(m.Last, end))
        {
            if (!m.HasTarget)
            {
                return true;
            }

            m.Type = PloverType.Request;
            m.Mode = null;
        }

        // `children were being denied adequate opportunities`, `people will be automatically denied a visa`: a thing
        // withheld with no one said to withhold it is a condition or a rule, not a refusal by an actor (`was denied a
        // visa by the embassy` is one).
        if (m.Type == PloverType.Reject && !m.HasSource && word.StartsWith("denied", StringComparison.OrdinalIgnoreCase) && Be(m.First, first)
            && m.Last + 1 < end && view.Word(m.Last + 1) is not "by" && !view.IsPunct(m.Last + 1, ','))
        {
            return true;
        }

        // `the case of six Roma refused entry to Britain`, `four men denied bail`: people right before a participle of
        // withholding, with the thing withheld as its object, are the ones it was withheld from, by no one named
        // (`officials refused entry to reporters` names those refused after `to`, where a place is where they go).
        if (m.Type == PloverType.Reject && WithheldFromPeople(m, first, end))
        {
            return true;
        }

        // `Turkey reneging on reforms`, `the party has backtracked`: going back on one's own word wrongs no one named.
        if (m.Type == PloverType.Reject && !m.HasTarget && (word.StartsWith("reneg", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("backtrack", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // `surveys have backed the stance`, `a view endorsed by recent polls`: a measure of opinion is no actor.
        if (m.Type is PloverType.Support or PloverType.Accuse or PloverType.Reject && !m.HasSource && Measured(m, first, end))
        {
            return true;
        }

        // `has been accused of criticising X's policies`: the criticism is what the accusation says, and X no party to it.
        if (m.Type == PloverType.Accuse && view.Tag(m.First) == "VBG" && m.First - 2 >= first && view.Word(m.First - 1) is "of"
            && view.Word(m.First - 2) is "accused" or "accusing" or "accuses" or "accuse")
        {
            return true;
        }

        // `refused to deny the claim`, `declined to comment`: a refusal to speak about a thing rejects nobody.
        if (m.Type == PloverType.Reject && (word.StartsWith("refus", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("declin", StringComparison.OrdinalIgnoreCase)) && m.Last + 2 < end && view.Word(m.Last + 1) is "to"
            && view.Word(m.Last + 2) is "deny" or "confirm" or "comment" or "say" or "discuss" or "answer" or "reveal" or "disclose"
                or "speculate" or "elaborate" or "name" or "specify" or "explain" or "rule")
        {
            return true;
        }

        // `those who supported the party in the past`: the support of people only described is their vote, no act.
        if (m.Type == PloverType.Support && m.First - 2 >= first && view.Word(m.First - 1) is "who"
            && view.Word(m.First - 2) is "those" or "anyone" or "everyone" or "people" or "many" or "all" or "voters")
        {
            return true;
        }

        // `raided the dressing-up box`: a raid on a thing that is no place, building or actor is a figure of speech.
        if (m.Type is PloverType.Assault or PloverType.Coerce && word.StartsWith("raid", StringComparison.OrdinalIgnoreCase)
            && !m.HasTarget && ObjectHead(m.Last, end) is var raided and >= 0 && view.PlaceAt[raided] < 0
            && !view.Is(raided, WordSets.PlaceNouns) && !view.Is(raided, TalkWords.Sites) && !view.Is(raided, AgreementWords.Premises))
        {
            return true;
        }

        // `Syria's alleged involvement`, `the suspected bomber`: a word of doubt before a noun is its modality, no accusation.
        if (m.Type == PloverType.Accuse && word is "alleged" or "suspected" && m.First - 1 >= first && m.Last + 1 < end
            && view.IsNoun(m.Last + 1) && (view.Tag(m.First - 1) is "DT" or "PRP$" or "POS" || IsPossessiveMark(m.First - 1)))
        {
            return true;
        }

        // `seizing the tools we have given them`, `seized the opportunity`: what is seized is no territory, property or goods.
        if (m.Type == PloverType.Coerce && word.StartsWith("seiz", StringComparison.OrdinalIgnoreCase) && !m.HasTarget
            && ObjectHead(m.Last, end) is var seized and >= 0 && view.PlaceAt[seized] < 0 && !view.Is(seized, AgreementWords.Seizable))
        {
            return true;
        }

        // `captured the party's nomination`, `would capture the greatness of the nation`, `one captured by a dashboard
        // camera`: a prize won, a quality rendered or a scene recorded is taken from no one.
        if (m.Type == PloverType.Coerce && word.StartsWith("captur", StringComparison.OrdinalIgnoreCase) && CapturedNoOne(m, first, end))
        {
            return true;
        }

        // `seeking to overthrow the status quo`: only a government, a ruler or a regime is overthrown; an order of things
        // is overthrown in words.
        if (m.Type == PloverType.Assault && word.StartsWith("overthr", StringComparison.OrdinalIgnoreCase) && !m.HasTarget
            && ObjectHead(m.Last, end) is var overthrown and >= 0 && !actors.IsActorToken(overthrown)
            && !view.Is(overthrown, WordSets.Rulers))
        {
            return true;
        }

        // `allowing people to see the progress`, `let visitors understand the pain`: leave to see, learn or feel is no
        // concession between actors.
        if (m.Type == PloverType.Concede && (word.StartsWith("allow", StringComparison.OrdinalIgnoreCase) || word.StartsWith("let", StringComparison.OrdinalIgnoreCase))
            && LeaveToPerceive(m.Last, end))
        {
            return true;
        }

        // `spent years prosecuting cases for the attorney's office`: prosecuting cases in general is a prosecutor's job,
        // no charge against anyone.
        if (m.Type == PloverType.Coerce && word.StartsWith("prosecut", StringComparison.OrdinalIgnoreCase) && m.Last + 1 < end
            && view.Word(m.Last + 1) is "cases" or "crimes" or "offences" or "offenses" or "offenders" or "criminals")
        {
            return true;
        }

        // `Labour has offered £22bn savings`: an offer of aid has someone it is made to (money pledged to help rebuild
        // schools is aid to the place of the schools, found later). `The Tories have promised £4bn in tax cuts`, `pledged
        // £2bn of extra spending`: money promised to no one as a tax or spending policy is a party's pledge to voters.
        return m.Type == PloverType.Aid && !m.HasTarget && (word.StartsWith("offer", StringComparison.OrdinalIgnoreCase)
            || ((word.StartsWith("promis", StringComparison.OrdinalIgnoreCase) || word.StartsWith("pledg", StringComparison.OrdinalIgnoreCase))
                && FiscalPolicy(m.Last, end)));
    }

    private bool RewardNear(int from, int to, int first, int end)
    {
        for (var k = Math.Max(first, from - 6); k < end && k <= to + 4; k++)
        {
            if (view.Word(k) is "reward" or "rewards" or "bounty" or "Reward")
            {
                return true;
            }
        }

        return false;
    }

    // `information (that) leads to the arrest and conviction of`: an act a reward or an appeal asks information about.
    private bool InformationLeadingTo(int t, int first)
    {
        for (var k = t - 1; k >= first && k >= t - 6; k--)
        {
            if (view.Word(k) is "to" && k - 1 >= first && view.Word(k - 1) is "leading" or "leads" or "lead")
            {
                var j = k - 2;
                if (j >= first && view.Word(j) is "that" or "which")
                {
                    j--;
                }

                return j >= first && view.Word(j) is "information" or "tips" or "evidence";
            }
        }

        return false;
    }

    // Nouns that name an act no one is party to.
    private bool WithheldFromPeople(Mention m, int first, int end)
    {
        var t = m.First;
        var word = view.Word(t);
        if (m.Noun || m.Last != t || view.Tag(t) is not ("VBN" or "VBD") || t - 1 < first || t + 1 >= end
            || !(word.StartsWith("refus", StringComparison.OrdinalIgnoreCase) || word.StartsWith("deni", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var withheldFrom = (view.IsNoun(t - 1) && actors.IsActorToken(t - 1) && (view.Tag(t - 1) is "NNS" or "NNPS" || actors.Read(t - 1, first, t - 1).People))
            || JoinedToPassive(t, first);
        var thing = view.Tag(t + 1) is "NN" or "NNS" && !actors.IsActorToken(t + 1);
        var after = t + 2 < end ? view.Word(t + 2) : "";
        return withheldFrom && thing && after is not "by" && !(after is "to" && NextActor(t + 3, end, 3) is { } recipient && view.PlaceAt[recipient.First] < 0);
    }

    // `having been charged with fraud and repeatedly denied bail`: a participle joined by `and` to a passive one shares
    // its passive, so the clause's subject is the one something was done to.
    private bool JoinedToPassive(int t, int first)
    {
        var k = t - 1;
        while (k >= first && view.Tag(k) == "RB")
        {
            k--;
        }

        if (k < first || view.Word(k) is not "and")
        {
            return false;
        }

        for (var j = k - 1; j > first && j >= t - 14; j--)
        {
            if (view.Tag(j) == "VBN" && view.Word(j - 1) is "been" or "being" or "was" or "were" or "is" or "are")
            {
                return true;
            }

            if (IsFinite(j) || view.IsClauseBreak(j))
            {
                return false;
            }
        }

        return false;
    }

    private bool NoDealing(Mention m, int first, int end)
    {
        // `his pledge not to do deals with either party`: a deal refused in advance is none, nor a refusal of anyone.
        if (m.Type == PloverType.Agree && NotToDo(m.First, first))
        {
            return true;
        }

        // `completed a good deal of work`, `a great deal more`: a measure of amount, no bargain.
        if (m.Noun && m.Type == PloverType.Agree && AmountIdiom(m, first, end))
        {
            return true;
        }

        // `enough to secure the agreement of the Lords`, `seeking the agreement of both sides`: an agreement sought is none yet.
        if (m.Type == PloverType.Agree && Sought(m.First, first))
        {
            return true;
        }

        // `the government's global aid and debt initiatives`: aid has someone it is given to.
        if (m.Type == PloverType.Aid && !m.HasTarget)
        {
            return true;
        }

        // `EU cooperation would help`: cooperation with no partner named is an abstraction.
        return m.Type == PloverType.Cooperate && !m.HasTarget && m.Last + 1 < end && view.Word(m.Last + 1) is not ("with" or "between");
    }

    private bool AmountIdiom(Mention m, int first, int end) =>
        m.First == m.Last && view.Word(m.First) is "deal" && m.First - 2 >= first
        && view.Word(m.First - 1) is "good" or "great" && view.Word(m.First - 2) is "a" or "A"
        && m.Last + 1 < end && view.Word(m.Last + 1) is "of" or "more" or "less" or "better" or "worse";

    // The money's phrase names a tax or a budget line (`£4bn in tax cuts`, `£2bn of extra spending`).
    private bool FiscalPolicy(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 8; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, ',') || view.IsPunct(k, '.') || view.IsPunct(k, ';') || view.Word(k) is "to")
            {
                return false;
            }

            if (view.IsNoun(k) && view.Word(k) is "tax" or "taxes" or "cuts" or "spending" or "savings" or "borrowing" or "allowances"
                or "credits")
            {
                return true;
            }
        }

        return false;
    }

    private bool Sought(int t, int first)
    {
        var k = t - 1;
        while (k > first && view.Tag(k) is "DT" or "JJ" or "PRP$")
        {
            k--;
        }

        if (k < first)
        {
            return false;
        }

        var word = view.Word(k);
        return (word.StartsWith("seek", StringComparison.OrdinalIgnoreCase) || word.StartsWith("sought", StringComparison.OrdinalIgnoreCase)
            || (view.Tag(k) is "VB" or "VBG" && (word.StartsWith("secur", StringComparison.OrdinalIgnoreCase) || word.StartsWith("win", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("gain", StringComparison.OrdinalIgnoreCase) || word.StartsWith("obtain", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("get", StringComparison.OrdinalIgnoreCase))));
    }

    // After the trigger (past a `for X` or `among X` phrase and auxiliaries), a verb of rising or falling.
    private bool Changes(int last, int end)
    {
        var k = last + 1;
        if (k < end && view.Word(k) is "for" or "among" or "in")
        {
            var stop = Math.Min(end, k + 6);
            k++;
            while (k < stop && !view.IsVerb(k) && !view.IsClauseBreak(k) && view.Tokens[k].Kind == TokenKind.Word)
            {
                k++;
            }
        }

        while (k < end && Skippable(k))
        {
            k++;
        }

        if (k >= end || !view.IsVerb(k))
        {
            return false;
        }

        var w = view.Word(k);
        return w.StartsWith("fall", StringComparison.OrdinalIgnoreCase) || w is "fell" or "risen" or "rose" || w.StartsWith("rising", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("rise", StringComparison.OrdinalIgnoreCase) || w.StartsWith("drop", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("slip", StringComparison.OrdinalIgnoreCase) || w.StartsWith("grow", StringComparison.OrdinalIgnoreCase) || w is "grew"
            || w.StartsWith("increas", StringComparison.OrdinalIgnoreCase) || w.StartsWith("decreas", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("declin", StringComparison.OrdinalIgnoreCase) || w.StartsWith("collaps", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("plummet", StringComparison.OrdinalIgnoreCase) || w.StartsWith("slump", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("soar", StringComparison.OrdinalIgnoreCase) || w.StartsWith("dwindl", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("shrink", StringComparison.OrdinalIgnoreCase) || w is "shrank" or "shrunk"
            || w.StartsWith("erod", StringComparison.OrdinalIgnoreCase) || w.StartsWith("surg", StringComparison.OrdinalIgnoreCase);
    }

    private bool NotToDo(int t, int first)
    {
        for (var k = t - 1; k >= first + 1 && k >= t - 6; k--)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, ','))
            {
                return false;
            }

            if (view.Word(k) is "to" && view.Word(k - 1) is "not" or "never")
            {
                return true;
            }
        }

        return false;
    }

    private bool AgreesWithoutDeal(Mention m, int end)
    {
        var k = m.Last + 1;

        // `agreed on Wednesday that`, `agreed in principle on`, `agreed today to`: past adverbs and times.
        while (k < end)
        {
            if ((view.Tag(k) is "RB" && !view.Is(k, WordSets.Negations)) || view.TimeAt[k] >= 0)
            {
                k++;
            }
            else if (k + 1 < end && view.Word(k) is "on" or "in" or "last" or "this" && (view.TimeAt[k + 1] >= 0 || view.Word(k + 1) is "principle"))
            {
                k += 2;
            }
            else
            {
                break;
            }
        }

        if (k >= end || view.IsClauseBreak(k) || view.IsPunct(k, '.') || view.IsPunct(k, ',') || view.IsPunct(k, ';')
            || view.IsPunct(k, ':') || view.Word(k) is "but" or "and")
        {
            // `France and Germany agreed.`: two parties agreeing with each other still agree.
            return m.Actors.Count(a => a.Role == ActorRole.Source) < 2;
        }

        if (view.Word(k) is "on" or "upon" or "over" or "about")
        {
            return !SettledAhead(k + 1, end);
        }

        if (view.Word(k) is "that" || view.Tag(k) is "PRP" or "EX" || BareClause(k, end))
        {
            // `most analysts agree that the government will have to accept`: those who comment on what others do are of
            // one mind, whatever the clause says of the others.
            return !ActAhead(k, end) || m.Actors.Exists(a => a.Role == ActorRole.Source && Commentators(a));
        }

        return IsQuote(k);
    }

    private bool Commentators(EventActor a) =>
        view.NextToken(a.Span.End) is var after && after > 0 && view.Is(after - 1, WordSets.Commentators);

    // `agreed the rise was "of concern"`, `agreed the plan had failed`: a noun phrase with a finite verb of its own after
    // it is the subject of a complement clause with no `that`, not the thing agreed (`agreed a deal with X`).
    private bool BareClause(int k, int end)
    {
        if (!(view.Tag(k) is "DT" or "PRP$" or "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "CD"))
        {
            return false;
        }

        var limit = k + 6;
        for (var j = k + 1; j < end && j <= limit; j++)
        {
            // `agreed the 1832 Act, which set the franchise, was unfair`: a relative clause set off by commas hangs from
            // the subject.
            if (view.IsPunct(j, ',') && j + 1 < end && view.Word(j + 1) is "which" or "who" or "whose" && ClosingComma(j + 1, end) is var close and > 0)
            {
                limit += close - j;
                j = close;
                continue;
            }

            // `not accepted the commission's recommendation that pay should rise`: a clause after `that` belongs to the noun.
            if (view.IsClauseBreak(j) || view.Tokens[j].Kind == TokenKind.Punctuation || view.Word(j) is "to" or "with" or "on" or "for" or "that")
            {
                return false;
            }

            // `accepted the offer made by X`: a participle the tagger read as a past tense.
            if (view.Tag(j) is "VBD" or "VBZ" or "VBP" or "MD" && !(view.Tag(j) == "VBD" && j + 1 < end && view.Word(j + 1) is "by"))
            {
                return true;
            }

            if (!(view.IsNoun(j) || view.Tag(j) is "JJ" or "POS" or "CD" or "DT" or "IN"))
            {
                return false;
            }
        }

        return false;
    }

    private int ClosingComma(int from, int end)
    {
        for (var k = from; k < end && k <= from + 12; k++)
        {
            if (view.IsPunct(k, '.') || view.IsPunct(k, ';'))
            {
                return -1;
            }

            if (view.IsPunct(k, ','))
            {
                return k;
            }
        }

        return -1;
    }

    // `on a deal`, `on new border controls`, `on a ceasefire`: a thing parties settle; `on one thing` is a view.
    private bool SettledAhead(int from, int end)
    {
        for (var k = from; k < end && k < from + 6; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, '.') || view.IsPunct(k, ','))
            {
                return false;
            }

            if (view.Is(k, AgreementWords.Settled) || IsNounTrigger(k))
            {
                return true;
            }
        }

        return false;
    }

    // `that their countries should cooperate`, `they would withdraw`: what was agreed is an act to come.
    // `agreed it was "of concern" but said nothing could be done`: a modal past `but` is in another clause.
    private bool ActAhead(int from, int end)
    {
        for (var k = from; k < end && k < from + 12; k++)
        {
            if (view.IsPunct(k, '.') || view.IsPunct(k, ';') || view.Word(k) is "but" or "although" or "though" or "yet")
            {
                return false;
            }

            if (view.Tag(k) == "MD" || (view.Word(k) is "to" && k + 1 < end && view.Tag(k + 1) == "VB"))
            {
                return true;
            }
        }

        return false;
    }

    // `X against using Y`, `against complacency`: after the object (if any), `against` and a gerund or a thing.
    private bool AdvisedAgainst(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 6; k++)
        {
            if (view.IsClauseBreak(k) || view.Tokens[k].Kind == TokenKind.Punctuation || (view.IsVerb(k) && view.Tag(k) != "VBN"))
            {
                return false;
            }

            if (view.Word(k) is "against")
            {
                var j = k + 1;
                while (j < end && (view.Tag(j) is "RB" or "DT" or "JJ" or "PRP$" or "``" or "''" || IsQuoteMark(j)))
                {
                    j++;
                }

                return j < end && (view.Tag(j) == "VBG" || (view.IsNoun(j) && !actors.IsActorToken(j) && view.PlaceAt[j] < 0));
            }
        }

        return false;
    }

    // `a majority of MPs`, `most voters`, `60% of Britons`: the subject before the verb is a share of a group.
    private bool ShareOfGroup(int t, int first)
    {
        var k = t - 1;
        while (k >= first && Skippable(k))
        {
            k--;
        }

        for (var j = k; j >= first && j >= k - 6; j--)
        {
            if (view.Word(j) is "majority" or "minority" or "most" or "Most" or "half" or "third" or "thirds" or "quarter"
                or "quarters" or "proportion" or "%" or "cent" or "percent")
            {
                return true;
            }

            if (!(view.IsNoun(j) || view.Tag(j) is "DT" or "JJ" or "JJS" or "CD" or "IN" or "POS"))
            {
                return false;
            }
        }

        return false;
    }

    // `the survey found (that) ...`: a poll or a survey is the subject of a verb earlier in the sentence.
    private bool PollFinding(int t, int first)
    {
        for (var k = first; k + 1 < t; k++)
        {
            if (view.Is(k, AgreementWords.Measures) && view.IsNoun(k) && view.Tag(k + 1) is "VBD" or "VBZ" or "VBP")
            {
                return true;
            }
        }

        return false;
    }

    // `with locking people up`, `with the locking up of people`: a practice, not a party.
    private bool Practice(int k, int end)
    {
        while (k < end && view.Tag(k) is "RB")
        {
            k++;
        }

        return k < end && view.Tag(k) == "VBG";
    }

    // The subject before the verb, or the agent after its `by`, is a poll or a survey.
    private bool Measured(Mention m, int first, int end)
    {
        var k = m.First - 1;
        while (k >= first && Skippable(k))
        {
            k--;
        }

        if (k >= first && view.Is(k, AgreementWords.Measures))
        {
            return true;
        }

        for (var j = m.Last + 1; j < end && j <= m.Last + 4; j++)
        {
            if (view.Word(j) is "by")
            {
                for (var h = j + 1; h < end && h <= j + 4 && !view.IsPunct(h, ','); h++)
                {
                    if (view.Is(h, AgreementWords.Measures))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    // `Parents who refuse to allow vaccination put others at risk`, `those who attack the police face jail`: a present-tense
    // relative clause on a bare plural or an indefinite pronoun defines a class of people; it states no act done.
    // (`Parents who had gathered outside the school protested`: past, so a group that acted.)
    private bool GenericClassClause(int t, int first)
    {
        var who = t - 1;
        while (who > first && t - who <= 6 && view.Word(who) is not "who" && !view.IsPunct(who, ',') && !view.IsClauseBreak(who))
        {
            who--;
        }

        if (who <= first || view.Word(who) is not "who")
        {
            return false;
        }

        var v = who + 1;
        while (v < t && view.Tag(v) == "RB")
        {
            v++;
        }

        if (view.Tag(v) is not ("VBP" or "VBZ"))
        {
            return false;
        }

        for (var k = v + 1; k <= t; k++)
        {
            if (view.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return false;
            }
        }

        var h = who - 1;
        if (view.Word(h) is "those" or "Those" or "anyone" or "Anyone" or "anybody" or "Anybody" or "everyone" or "Everyone")
        {
            return true;
        }

        if (view.Tag(h) != "NNS" || view.EntityAt[h] >= 0)
        {
            return false;
        }

        var d = h - 1;
        while (d >= first && view.Tag(d) is "JJ" or "NN")
        {
            d--;
        }

        return d < first || (view.Tag(d) is not ("DT" or "PRP$" or "CD" or "POS" or "NNP" or "NNPS") && view.Word(d) is not "of");
    }

    // A capture that takes nothing from anyone: a prize or a quality for object (`captured the nomination`, `capture the
    // greatness of`), or a recording (`captured on video`, `captured by a camera`, `the camera captured`).
    private bool CapturedNoOne(Mention m, int first, int end)
    {
        if (ObjectHead(m.Last, end) is var taken and >= 0 && view.Is(taken, WordSets.Prizes))
        {
            return true;
        }

        if (m.Last + 2 < end && view.Word(m.Last + 1) is "on" or "by" or "in")
        {
            for (var k = m.Last + 2; k < end && k <= m.Last + 5; k++)
            {
                if (view.Is(k, WordSets.Recorders))
                {
                    return true;
                }
            }
        }

        return m.First - 1 >= first && view.Is(m.First - 1, WordSets.Recorders);
    }

    // `allowing people to see`, `let visitors understand`: leave given to someone to perceive, learn or feel.
    private bool LeaveToPerceive(int last, int end)
    {
        for (var k = last + 1; k + 1 < end && k <= last + 6; k++)
        {
            if (view.Word(k) is "to")
            {
                return view.Is(k + 1, WordSets.Perceiving);
            }

            if (view.IsClauseBreak(k) || view.IsPunct(k, ','))
            {
                return false;
            }
        }

        // `let them see`: a bare infinitive after the one let.
        return last + 2 < end && view.Tag(last + 2) == "VB" && view.Is(last + 2, WordSets.Perceiving);
    }

    // An attack noun rehearsed: `mock` or `simulated` before it, or a verb of simulating before its phrase.
    private bool Rehearsed(int noun, int first)
    {
        for (var k = noun - 1; k >= first && k >= noun - 3; k--)
        {
            if (view.Word(k) is "mock" or "simulated" or "simulate" or "simulates" or "simulating" or "rehearsed" or "rehearse"
                or "rehearses" or "rehearsing" or "practice" or "dummy")
            {
                return true;
            }

            if (view.Tag(k) is not ("DT" or "JJ" or "NN" or "RB"))
            {
                return false;
            }
        }

        return false;
    }
}
