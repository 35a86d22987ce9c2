namespace Chronicle.Events;

// What a protest is against, and the modifiers and clauses inside an object whose actors are no targets.
internal sealed partial class MentionFinder
{
    /// <summary>A protest's target: the actor after <c>against</c>, <c>demanding</c>, <c>targeted</c>... in the sentence.</summary>
    private Actor? ProtestTarget(int last, int end)
    {
        for (var k = last + 1; k < end; k++)
        {
            if (view.Is(k, WordSets.ProtestTargets))
            {
                for (var j = k + 1; j < end && j < k + 9; j++)
                {
                    if (actors.IsActorToken(j))
                    {
                        return TargetAt(j, end);
                    }

                    if (InThingModifier(j, k) || view.IsClauseBreak(j) || view.IsPunct(j, '.'))
                    {
                        return null;
                    }
                }

                return null;
            }
        }

        return null;
    }

    // A clause that states something (`government plans would devalue`, `Labour was lying`): a modal or a form of be
    // before any comma.
    private bool ContentClause(int k, int end)
    {
        for (var j = k; j < end && j <= k + 12; j++)
        {
            if (view.Tokens[j].Kind == TokenKind.Punctuation && !IsPossessiveMark(j))
            {
                return false;
            }

            if (view.Tag(j) == "MD" || (view.Is(j, WordSets.Be) && IsFinite(j)))
            {
                return true;
            }
        }

        return false;
    }

    // `plans for the Iraq war`, `cuts in Wales`: a preposition after a thing that is no actor and no event opens its modifier.
    private bool InThingModifier(int k, int last) =>
        k > last + 1 && view.Tag(k - 1) is "NN" or "NNS" && view.PlaceAt[k - 1] < 0 && !actors.IsActorToken(k - 1) && !IsNounTrigger(k - 1)
        && view.Word(k) is "for" or "on" or "over" or "in" or "into" or "to" or "at" or "about" or "with" or "towards";
}
