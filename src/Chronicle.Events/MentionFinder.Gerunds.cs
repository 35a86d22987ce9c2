namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // `was jailed for murdering X`, `were prosecuted after attacking intruders`: a gerund after a preposition is done
    // by the clause's own subject, even a passive one; `After criticising X, the leader called`, `Despite backing the
    // plan, X warned` by the main subject.
    private List<Actor>? GerundSubject(int k, int first, int end, int depth)
    {
        if (!(view.Word(k) is "for" or "after" or "before" or "while" or "without" or "in" or "despite" or "After" or "Before"
            or "While" or "Despite"))
        {
            return null;
        }

        if (k == first)
        {
            if (MainSubject(first, end) is { } fronted)
            {
                return [fronted];
            }

            return [];
        }

        // `said that after being held for a year, the men were freed`: a phrase fronted in a reported clause is about
        // that clause's subject, never the speaker.
        if (view.Word(k - 1) is "that")
        {
            return FrontedSubject(k, end) is { } inner ? [inner] : [];
        }

        // `He was speaking to the BBC's programme a few hours before visiting`: past the clause's object, a progressive
        // verb (`was speaking`) is the clause's own too.
        // `X resigned the whip in October, after criticising Y`: a comma right before the subordinator sets the gerund off
        // from the clause it belongs to, so the look back goes on past it.
        var setOff = k - 1 > first && view.IsPunct(k - 1, ',');
        for (var v = setOff ? k - 2 : k - 1; v >= first && v >= k - (setOff ? 20 : 12); v--)
        {
            if (view.IsClauseBreak(v) || view.IsPunct(v, ','))
            {
                break;
            }

            if (view.IsVerb(v) && !view.Is(v, WordSets.Auxiliaries) && (view.Tag(v) != "VBG" || (v > first && view.Is(v - 1, WordSets.Be))))
            {
                return Subject(v, first, end, depth + 1);
            }

            // `X has not been straightforward in attacking Y`, `X is a late recruit to the campaign after rejecting Y`:
            // after a state, the subject of the copula.
            if (view.Is(v, WordSets.Be) && view.IsVerb(v))
            {
                return Subject(v, first, end, depth + 1);
            }
        }

        return null;
    }

    // `As well as pledging aid, Britain urged`: a gerund right after a sentence-opening `As well as` is the main subject's
    // (the tagger reads the three words as adverbs; mid-sentence, `allow officers to intervene as well as outlawing X`
    // leaves the one who outlaws to the clause).
    private bool AsWellAs(int t, int first) =>
        view.Tag(t) == "VBG" && t - 3 == first && view.Word(first) is "As" && view.Word(first + 1) is "well" && view.Word(first + 2) is "as";

    // `after being "tortured"`: a participle after `being` (past adverbs and quote marks) heads a passive gerund.
    private bool PassiveGerund(int t, int first)
    {
        if (view.Tag(t) is not ("VBN" or "VBD"))
        {
            return false;
        }

        for (var k = t - 1; k >= first && k >= t - 4 && Skippable(k); k--)
        {
            if (view.Word(k) is "being")
            {
                return true;
            }
        }

        return false;
    }

    // The subject right after the comma that closes a phrase fronted at token k (`after X, the men were`), or null.
    private Actor? FrontedSubject(int k, int end)
    {
        while (k < end && !view.IsPunct(k, ',') && !view.IsClauseBreak(k))
        {
            k++;
        }

        var start = ++k;
        while (k < end && view.Tag(k) is "DT" or "JJ" or "CD")
        {
            k++;
        }

        return k < end && actors.IsActorToken(k) ? actors.Read(k, start, end - 1) : null;
    }
}
