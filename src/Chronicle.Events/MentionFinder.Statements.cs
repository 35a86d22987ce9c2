namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
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
            PloverType.Reject when word.StartsWith("reject", StringComparison.OrdinalIgnoreCase) || word.StartsWith("refut", StringComparison.OrdinalIgnoreCase) => ClaimNoun(next, end),
            PloverType.Concede when word.StartsWith("conced", StringComparison.OrdinalIgnoreCase) => view.Word(next).Equals("that", StringComparison.OrdinalIgnoreCase),
            PloverType.Threaten when word.StartsWith("warn", StringComparison.OrdinalIgnoreCase) => !WarnsOfOwnAct(m.Last, end),
            _ => false,
        };
    }

    private bool Denying(int k) =>
        view.Word(k).StartsWith("deni", StringComparison.OrdinalIgnoreCase) || view.Word(k).StartsWith("deny", StringComparison.OrdinalIgnoreCase);

    // `denied the claims`, `denied his cabinet was split`, `denied accusing X`: a claim, a clause or a deed of one's own is
    // denied; `denied entry to` refuses.
    // Charges denied (`denied the charges`) are rejected as a plea of not guilty rejects them: no mere statement.
    private bool DeniesClaim(int k, int end)
    {
        if (view.Is(k, WordSets.Claims) || view.Tag(k) == "VBG")
        {
            return !IsCharges(k);
        }

        while (k < end && view.Tag(k) is "DT" or "PRP$" or "JJ")
        {
            k++;
        }

        if (k < end && view.Is(k, WordSets.Claims))
        {
            return !IsCharges(k);
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

    private bool IsCharges(int k) => view.Word(k).Equals("charges", StringComparison.OrdinalIgnoreCase);

    // `rejected allegations he pressured X`, `refuted the charges`: a claim with no claimant named, rejected, is a denial,
    // a statement (`rejected the proposal` refuses someone; `rejected claims by the Greens`, `rejected Labour's claims`
    // reject the claimant).
    private bool ClaimNoun(int k, int end)
    {
        while (k < end && view.Tag(k) is "DT" or "PRP$" or "JJ")
        {
            k++;
        }

        return k < end && view.IsNoun(k) && view.Is(k, WordSets.Claims) && !(k + 1 < end && view.Word(k + 1) is "by" or "from");
    }

    // `warned Washington it may take retaliatory measures`: what the warner says it may do, told by a pronoun and a modal
    // of possibility, is a threat; `warned that it could face sanctions`, `warned they could no longer rely on` are not.
    private bool OwnPossibleAct(int modal, int end)
    {
        if (view.Tag(modal) != "MD" || modal < 1 || !(view.Is(modal - 1, WordSets.ThirdPerson) || view.Word(modal - 1) is "we"))
        {
            return false;
        }

        var v = modal + 1;
        while (v < end && view.Tag(v) is "RB" or "RBR")
        {
            if (view.Is(v, WordSets.Negations) || view.Word(v) is "longer")
            {
                return false;
            }

            v++;
        }

        return v < end && view.Tag(v) == "VB" && !ForecastVerb(v);
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

            // `warned that councils would face a struggle`, `would be a disaster`: what will happen to someone is a forecast.
            if (view.Is(k, WordSets.IntentModals))
            {
                var v = k + 1;
                while (v < end && view.Tag(v) is "RB" or "RBR")
                {
                    v++;
                }

                // (`would be forced to act`, `would be ready to strike` still say what will be done.)
                if (v + 1 < end && view.Word(v) is "be" && (view.Tag(v + 1) == "VBN" || view.Word(v + 1) is "ready" or "prepared"))
                {
                    return true;
                }

                return !(v < end && ForecastVerb(v));
            }

            // `warned Iran that it was ready to retaliate`: readiness told in the past of a report is the will of `would`.
            if (view.Is(k, WordSets.Be) && k + 3 < end && view.Word(k + 1) is "ready" or "prepared" && view.Word(k + 2) is "to"
                && view.Tag(k + 3) == "VB")
            {
                return true;
            }

            if ((view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase) && k + 1 < end && view.Tag(k + 1) == "VB"))
            {
                return true;
            }

            if (view.Is(k, WordSets.Possibility) && IsFinite(k))
            {
                return OwnPossibleAct(k, end);
            }
        }

        return false;
    }

    // `would face a struggle`, `could be a disaster`, `may lead to`: what will happen to someone, a forecast.
    private bool ForecastVerb(int v) =>
        view.Word(v) is "face" or "suffer" or "lose" or "struggle" or "be" or "have" or "need" or "mean" or "lead" or "cost" or "see"
            or "become" or "result" or "fall" or "rise" or "hit" or "harm" or "damage" or "undermine";
}
