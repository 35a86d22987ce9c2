using System.Collections.Frozen;

namespace Chronicle.Recognizers.Times;

/// <summary>Tense cues around an expression: which way a bare weekday, month or quarter points.</summary>
internal sealed partial class TimeExtractor
{
    /// <summary>
    /// Which way the clause around word <paramref name="i"/> points. Going back through the same sentence, the
    /// nearest cue decides: a future cue (<c>will</c>, <c>expected</c>, <c>scheduled to</c>) says future, a verb in
    /// the past (<c>was</c>, <c>announced</c>) says past; <c>until</c> or <c>by</c> just before, or <c>will</c> just
    /// after, say future. Otherwise unknown.
    /// </summary>
    private Tense TenseAround(int i)
    {
        // "as soon as Tuesday", "as early as Tuesday"
        if (i >= 3 && IsWord(i - 1, "as") && (IsWord(i - 2, "soon") || IsWord(i - 2, "early")) && IsWord(i - 3, "as"))
        {
            return Tense.Future;
        }

        // "until Tuesday", "extended to Nov. 16", "by mid-November": an end point, usually ahead.
        var before = i - 1;
        while (before > 0 && before >= i - 3 && (IsPunct(before, '-') || IsThe(before) || IsWord(before, "of") || Kind(before) == TimeWordKind.Narrower))
        {
            before--;
        }

        if (IsWord(before, "until") || IsWord(before, "till"))
        {
            // "Until Thursday, they had not called him a suspect": the clause after it says the day is past.
            return PastAfter(i) ? Tense.PastClause : Tense.Future;
        }

        // "by May" looks ahead unless the clause is plainly past ("had filed reports by Wednesday").
        var by = IsWord(before, "by");
        for (var j = i - 1; j >= 0 && j >= i - (by ? 30 : 16); j--)
        {
            if (IsSentenceEnd(j))
            {
                break;
            }

            // "agreed to purchase the unit in February", "vowed to retake the town by Friday": what was promised lies
            // after the promise, so the day or month is the coming one.
            if (Infinitive(j) && IsCommitment(j - 1) && OnePhrase(j, i))
            {
                return Tense.Future;
            }

            if (j < i - 16)
            {
                // "completed its tender offer for X Inc., with shareholders tendering 99% by the Tuesday deadline": the
                // main verb in the past still dates a deadline far back, through commas, with no clause of its own between.
                if (IsPastVerb(j) && !IsWord(j, "said"))
                {
                    return OneClause(j, i, commas: true) ? Tense.PastClause : Tense.Future;
                }

                if (Kind(j) == TimeWordKind.FutureCue || IsWord(j, "says") || IsWord(j, "told"))
                {
                    break;
                }

                continue;
            }

            if (j < i - 8)
            {
                // Farther back only "will" still reaches ("will be named commander of the shuttle for a mission in
                // December"), unless a verb in the past or "said" comes first.
                if (IsWord(j, "will") && !by)
                {
                    return Tense.Future;
                }

                // A verb in the past still governs a month through a plain chain of phrases ("changed from a fiscal
                // year to a calendar year in December"), with no comma or new clause between; a deadline ("by Tuesday")
                // also through commas.
                if (IsPastVerb(j) && !IsWord(j, "said") && OneClause(j, i, commas: by))
                {
                    return Tense.PastClause;
                }

                if (IsWord(j, "said") || IsWord(j, "says") || IsWord(j, "told") || IsPastVerb(j) || IsWord(j, "would"))
                {
                    break;
                }

                continue;
            }

            // "set"/"due" point ahead only as "set to", "due to"; a plan also with its object ("planned a march on
            // Saturday", "planning for the summit in April"): what is planned is still ahead.
            if (Kind(j) == TimeWordKind.FutureCue
                && (!(IsWord(j, "set") || IsWord(j, "due") || IsPlan(j)) || IsWord(j + 1, "to")
                    || (IsPlan(j) && (IsWord(j + 1, "for") || IsA(j + 1)))))
            {
                // "had been due to expire Friday": a plan that was overtaken, so the day is past.
                return IsWord(j - 1, "had") || (IsWord(j - 1, "been") && IsWord(j - 2, "had")) ? Tense.PastClause : Tense.Future;
            }

            // "is to resume trading Tuesday", "are to meet Monday": an arrangement ahead.
            if (IsWord(j, "to") && (IsWord(j - 1, "is") || IsWord(j - 1, "are")) && words[j + 1].Shape == WordShape.Letters && Kind(j + 1) == TimeWordKind.None)
            {
                return Tense.Future;
            }

            // "The summit opens on Friday", "the leaders meet Monday": a timetable in the present tense is ahead
            // (news tells what happened in the past tense), unless negated or after an auxiliary ("did not meet").
            if (j >= i - 3 && IsScheduledPresent(j))
            {
                return Tense.Future;
            }

            // "said" opens reported speech, whose tense is its own; only "said Tuesday", "said in May" look back.
            if (IsWord(j, "said") || IsWord(j, "says") || IsWord(j, "told"))
            {
                return j >= i - 2 ? Tense.PastClause : Tense.Unknown;
            }

            if (by ? Kind(j) == TimeWordKind.PastCue : IsPastVerb(j))
            {
                // "were likely to buy as soon as trading opened Monday": a past verb in a clause of time under a
                // prospect is a future seen from the past, so the day is still to come.
                return ProspectiveClause(j) ? Tense.Future : Tense.PastClause;
            }
        }

        if (by)
        {
            return Tense.Future;
        }

        // Nothing before it: the verb may follow ("In January, the company brought in a new chief"), after a
        // fronted phrase of its own when the expression opens the sentence ("In January, a week after ..., a bomb
        // killed a guard").
        var reach = i == 0 || IsSentenceEnd(i - 1) || (IsWord(i - 1, "in") && (i == 1 || IsSentenceEnd(i - 2))) ? 32 : 10;
        for (var j = i + 1; j < count && j <= i + reach; j++)
        {
            if (IsSentenceEnd(j))
            {
                break;
            }

            // "On Tuesday, the league plans to hold a news conference": the first verb of the clause decides, though
            // a plan told in the past ("the government planned to pay") may be over by now, so only near by.
            if (IsWord(j, "will") || IsWord(j, "shall")
                || (Kind(j) == TimeWordKind.FutureCue && IsWord(j + 1, "to") && (j <= i + 3 || !text.AsSpan(words[j].Start, words[j].Length).EndsWith("ed", StringComparison.Ordinal))))
            {
                return Tense.Future;
            }

            if (IsPastVerb(j) && !IsWord(j, "said"))
            {
                return Tense.PastClause;
            }
        }

        return Tense.Unknown;
    }

    /// <summary>
    /// True when no punctuation (with <paramref name="commas"/>, none but commas) or word opening a new clause lies
    /// between words <paramref name="from"/> and <paramref name="to"/>.
    /// </summary>
    private bool OneClause(int from, int to, bool commas = false)
    {
        for (var k = from + 1; k < to; k++)
        {
            if ((words[k].Shape == WordShape.Punctuation && !(commas && (IsPunct(k, ',') || IsAbbreviationDot(k) || IsPunct(k, '%') || IsPunct(k, '$'))))
                || IsWord(k, "that") || IsWord(k, "which") || IsWord(k, "who") || IsWord(k, "and")
                || IsWord(k, "but") || IsWord(k, "when") || IsWord(k, "while") || IsWord(k, "if") || IsWord(k, "will") || IsWord(k, "would")
                || Kind(k) is TimeWordKind.FutureCue or TimeWordKind.PastCue || Infinitive(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The full stop of an abbreviation inside a sentence (<c>Inc.,</c>): one that a comma or a lower-case word follows.</summary>
    private bool IsAbbreviationDot(int k) => IsPunct(k, '.') && !IsSentenceEnd(k);

    /// <summary>
    /// True when words <paramref name="from"/> to <paramref name="to"/> make one verb phrase: no comma, quote or
    /// bracket, no word opening a clause and no other verb in the past (<c>to purchase Milton Roy's line for $22
    /// million in</c>; possessives, currency signs and hyphens are part of it).
    /// </summary>
    private bool OnePhrase(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if ((words[k].Shape == WordShape.Punctuation && !(IsPunct(k, '\'') || IsPunct(k, '\u2019') || IsPunct(k, '$') || IsPunct(k, '-') || IsPunct(k, '%')))
                || IsWord(k, "that") || IsWord(k, "which") || IsWord(k, "who") || IsWord(k, "and") || IsWord(k, "but") || IsWord(k, "when")
                || IsWord(k, "after") || IsWord(k, "before") || IsWord(k, "since") || Kind(k) is TimeWordKind.FutureCue or TimeWordKind.PastCue || IsPastVerb(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A verb in the past that commits to something ahead (<c>agreed</c>, <c>promised</c>, <c>vowed</c>) before <c>to</c>.</summary>
    private bool IsCommitment(int k) => (uint)k < (uint)count && Commitments.Contains(text.Substring(words[k].Start, words[k].Length));

    private static readonly FrozenSet<string> Commitments = FrozenSet.ToFrozenSet(
        ["agreed", "promised", "pledged", "vowed", "decided", "voted", "offered", "undertook", "threatened", "proposed", "intended"],
        StringComparer.Ordinal);

    /// <summary>
    /// True when the past verb at <paramref name="j"/> opens a clause of time (<c>as soon as</c>, <c>once</c>,
    /// <c>when</c>, <c>until</c>, <c>before</c> up to three words before it) that hangs on a prospect: a future cue
    /// (<c>would</c>, <c>expected</c>) or <c>likely to</c>, <c>ready to</c>, <c>poised to</c> shortly before.
    /// </summary>
    private bool ProspectiveClause(int j)
    {
        var opener = -1;
        for (var k = j - 1; k >= 0 && k >= j - 4; k--)
        {
            if (words[k].Shape == WordShape.Punctuation)
            {
                return false;
            }

            if ((IsWord(k, "as") && IsWord(k - 1, "soon") && IsWord(k - 2, "as")) || IsWord(k, "once") || IsWord(k, "when") || IsWord(k, "until") || IsWord(k, "before"))
            {
                opener = IsWord(k, "as") ? k - 2 : k;
                break;
            }
        }

        for (var k = opener - 1; opener > 0 && k >= 0 && k >= opener - 10 && !IsSentenceEnd(k); k--)
        {
            if (Kind(k) == TimeWordKind.FutureCue || ((IsWord(k, "likely") || IsWord(k, "ready") || IsWord(k, "poised") || IsWord(k, "able")) && IsWord(k + 1, "to")))
            {
                return true;
            }

            if (IsPastVerb(k) || IsWord(k, "said"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>to</c> before a verb (<c>to start the first trading day</c>), which opens a clause of its own; before an
    /// article, a possessive, a number or a name it is a preposition (<c>to a calendar year</c>).
    /// </summary>
    private bool Infinitive(int k) =>
        IsWord(k, "to") && k + 1 < count && words[k + 1].Shape == WordShape.Letters && !Capitalised(k + 1) && !IsA(k + 1) && !IsThe(k + 1)
        && !(IsWord(k + 1, "its") || IsWord(k + 1, "their") || IsWord(k + 1, "his") || IsWord(k + 1, "her") || IsWord(k + 1, "our") || IsWord(k + 1, "this"));

    /// <summary>True when a past perfect or past copula (<c>had</c>, <c>was</c>, <c>were</c>) follows in the same clause.</summary>
    private bool PastAfter(int i)
    {
        for (var j = i + 1; j < count && j <= i + 6; j++)
        {
            if (IsSentenceEnd(j))
            {
                return false;
            }

            if (IsWord(j, "had") || IsWord(j, "was") || IsWord(j, "were"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb in the past: <c>was</c>, <c>said</c>, or a lower-case word in <c>-ed</c> that is not a passive or
    /// infinitive after <c>be</c>, <c>will</c> or <c>to</c> (<c>will be announced</c> looks ahead).
    /// </summary>
    private bool IsPastVerb(int j)
    {
        if (Kind(j) != TimeWordKind.PastCue)
        {
            if (Kind(j) != TimeWordKind.None || words[j].Shape != WordShape.Letters || words[j].Length < 5 || !char.IsLower(text[words[j].Start]))
            {
                return false;
            }

            var span = text.AsSpan(words[j].Start, words[j].Length);
            if (!span.EndsWith("ed", StringComparison.Ordinal) || span.EndsWith("eed", StringComparison.Ordinal) || span.EndsWith("hundred", StringComparison.Ordinal))
            {
                return false;
            }
        }

        // "an unspecified date", "a still undisclosed sum": after an article the word is an adjective.
        if (IsA(j - 1) || IsThe(j - 1) || ((IsWord(j - 1, "still") || IsWord(j - 1, "as")) && (IsA(j - 2) || IsThe(j - 2))))
        {
            return false;
        }

        for (var k = j - 1; k >= 0 && k >= j - 2; k--)
        {
            if (IsWord(k, "be") || IsWord(k, "been") || IsWord(k, "being") || IsWord(k, "is") || IsWord(k, "are") || IsWord(k, "to") || Kind(k) == TimeWordKind.FutureCue)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A present-tense verb of a timetable (<c>starts</c>, <c>opens</c>, <c>meet</c>) that no auxiliary, negation or
    /// <c>to</c> governs: <c>the talks start on Friday</c>, not <c>did not start on Friday</c> or <c>began to meet</c>.
    /// </summary>
    private bool IsScheduledPresent(int j)
    {
        if ((uint)j >= (uint)count || words[j].Shape != WordShape.Letters || !char.IsLower(text[words[j].Start]))
        {
            return false;
        }

        var word = text.AsSpan(words[j].Start, words[j].Length);
        var third = word.EndsWith("s", StringComparison.Ordinal);
        var stem = third ? (word.EndsWith("es", StringComparison.Ordinal) && ScheduledVerbs.Contains(word[..^2].ToString()) ? word[..^2] : word[..^1]) : word;
        if (!ScheduledVerbs.Contains(stem.ToString()))
        {
            return false;
        }

        // A bare form is present only with a subject before it, not after an auxiliary, a negation or "to".
        return third || !(IsWord(j - 1, "to") || IsWord(j - 1, "not") || IsWord(j - 1, "n't") || IsWord(j - 1, "never")
            || IsWord(j - 1, "did") || IsWord(j - 1, "would") || IsWord(j - 1, "could") || IsWord(j - 1, "should")
            || IsWord(j - 1, "might") || IsWord(j - 1, "must") || IsWord(j - 1, "can") || IsWord(j - 1, "may")
            || IsWord(j - 1, "the") || IsWord(j - 1, "a") || IsWord(j - 1, "an"));
    }

    /// <summary>Verbs whose present tense with a day names a timetable.</summary>
    private static readonly FrozenSet<string> ScheduledVerbs = FrozenSet.ToFrozenSet(
        ["start", "begin", "open", "meet", "arrive", "leave", "resume", "reopen", "convene", "expire", "depart", "kick"],
        StringComparer.Ordinal);

    private bool IsPlan(int j) => IsWord(j, "plan") || IsWord(j, "plans") || IsWord(j, "planned") || IsWord(j, "planning");

    /// <summary>
    /// A full stop, not one after an initial or a short abbreviation (<c>Daniel P. Davison</c>, <c>Mr.</c>), nor one
    /// that a comma or a lower-case word follows (<c>Birmingham, Ala., killed</c>), nor <c>vs.</c>
    /// </summary>
    private bool IsSentenceEnd(int i) =>
        (IsPunct(i, '.') && !(i > 0 && words[i].Attached && words[i - 1].Shape == WordShape.Letters && words[i - 1].Length <= 2 && Capitalised(i - 1))
            && !(i + 1 < count && (IsPunct(i + 1, ',') || (words[i + 1].Shape == WordShape.Letters && char.IsLower(text[words[i + 1].Start]))))
            && !IsWord(i - 1, "vs"))
        || IsPunct(i, '!') || IsPunct(i, '?') || IsPunct(i, ';');
}
