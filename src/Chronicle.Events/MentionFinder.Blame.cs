namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    /// <summary>
    /// <c>X said Y had created a source of tension</c>, <c>X says Y is fuelling the violence</c>: a speaker who reports that
    /// another caused trouble blames them (ACCUSE, from the reporting verb's subject to the one said to cause it).
    /// </summary>
    private Mention? Blaming(int sentence, int t, int first, int end)
    {
        if (!view.Is(t, WordSets.Causing) || !view.IsVerb(t) || !TroubleCaused(t, end))
        {
            return null;
        }

        var targets = Subject(t, first, end, 1);
        if (targets.Count == 0)
        {
            return null;
        }

        var j = ReportingVerbBefore(targets, first);
        if (j < 0 || !view.Is(j, WordSets.Reporting))
        {
            return null;
        }

        var m = Reported(PloverType.Accuse, sentence, t, j, targets, first, end);
        // One cannot blame oneself this way: `he said he had caused problems` is an admission.
        return m.HasSource && !m.Actors.Exists(a => a.Role == ActorRole.Target && m.Actors.Exists(s => s.Role == ActorRole.Source && s.Span == a.Span))
            ? m
            : null;
    }

    // The verb's object names trouble within a short noun phrase (`a source of tension`, `the crisis`, `more instability`),
    // past quote marks.
    private bool TroubleCaused(int t, int end)
    {
        for (var k = t + 1; k < end && k <= t + 7; k++)
        {
            if (view.Is(k, WordSets.Troubles) && view.IsNoun(k))
            {
                return true;
            }

            if (!(IsQuoteMark(k) || view.Tag(k) is "DT" or "JJ" or "JJR" or "NN" or "NNS" or "PRP$" || view.Word(k) is "of"))
            {
                return false;
            }
        }

        return false;
    }
}
