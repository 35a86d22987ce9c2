namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // `asked Washington to protect its tankers`, `asked Tehran to free the boats`: one who asks someone to act makes a
    // request. `asked about the talks`, `asked whether`, `reporters asked him` put a question; `want people to ask to be
    // referred`, `an official who asked not to be named` ask for oneself; and `ministers have been asked to explain`, by no
    // one named, tells of no one's demand.
    private bool QuestionOnly(Mention m, int t, int end)
    {
        if (m.Type != PloverType.Request || !view.Word(t).StartsWith("ask", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!m.HasSource)
        {
            return true;
        }

        var someone = false;
        for (var k = m.Last + 1; k + 1 < end && k <= m.Last + 7; k++)
        {
            // (`who asked not to be identified`: with no one asked between, one asks for oneself.)
            if (view.Word(k) is "to")
            {
                return !someone || view.Tag(k + 1) != "VB";
            }

            someone |= view.IsNoun(k) || view.Tag(k) is "PRP";

            if (view.Word(k) is "for" && k == m.Last + 1)
            {
                return false;
            }

            if ((view.Tokens[k].Kind == TokenKind.Punctuation && !IsPossessiveMark(k)) || view.IsVerb(k) || view.Is(k, WordSets.Conditions)
                || view.Word(k) is "about" or "how" or "what" or "why" or "when" or "where" or "who")
            {
                return true;
            }
        }

        return true;
    }
}
