namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // `was jailed for murdering X`, `were prosecuted after attacking intruders`: a gerund after a preposition is done
    // by the clause's own subject, even a passive one; `After criticising X, the leader called` by the main subject.
    private List<Actor>? GerundSubject(int k, int first, int end, int depth)
    {
        if (!(view.Word(k) is "for" or "after" or "before" or "while" or "without" or "After" or "Before" or "While"))
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

        // `He was speaking to the BBC's programme a few hours before visiting`: past the clause's object, a progressive
        // verb (`was speaking`) is the clause's own too.
        for (var v = k - 1; v >= first && v >= k - 12; v--)
        {
            if (view.IsClauseBreak(v) || view.IsPunct(v, ','))
            {
                break;
            }

            if (view.IsVerb(v) && !view.Is(v, WordSets.Auxiliaries) && (view.Tag(v) != "VBG" || (v > first && view.Is(v - 1, WordSets.Be))))
            {
                return Subject(v, first, end, depth + 1);
            }

            // `X is a late recruit to the campaign after rejecting Y`: a copula with no verb after it is the clause's verb.
            if (view.Is(v, WordSets.Be) && IsFinite(v) && v + 1 < k && !view.IsVerb(v + 1) && view.Tag(v + 1) is not ("RB" or "TO"))
            {
                return Subject(v, first, end, depth + 1);
            }
        }

        return null;
    }
}
