namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // `threatened to cut`, `threatened Monday to resume`: an infinitive after the verb, past a time phrase.
    private bool Infinitive(int k, int end)
    {
        while (k < end && (view.TimeAt[k] >= 0 || view.Tag(k) == "RB" || (view.Is(k, WordSets.TimeOpeners) && k + 1 < end && view.TimeAt[k + 1] >= 0)))
        {
            k++;
        }

        return k + 1 < end && view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase) && view.Tag(k + 1) == "VB";
    }

    // `Serbia on Thursday rejected`, `The PRC, late on Tuesday, demanded`: a time phrase between subject and verb.
    private int SkipTime(int k, int first)
    {
        var comma = k >= first + 1 && view.IsPunct(k, ',') && view.TimeAt[k - 1] >= 0;
        var j = comma ? k - 1 : k;
        if (j < first || view.TimeAt[j] < 0)
        {
            return k;
        }

        while (j >= first && view.TimeAt[j] >= 0)
        {
            j--;
        }

        while (j >= first && view.Is(j, WordSets.TimeOpeners))
        {
            j--;
        }

        if (comma && j >= first && view.IsPunct(j, ','))
        {
            j--;
        }
        else if (comma)
        {
            return k;
        }

        while (j >= first && Skippable(j))
        {
            j--;
        }

        return j;
    }

    // `support a divided government at the next election`, `backed them in the polls`: a vote is no act between actors.
    private bool AtElection(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 10 && !view.IsClauseBreak(k); k++)
        {
            if (view.Word(k) is not ("at" or "in"))
            {
                continue;
            }

            for (var j = k + 1; j < end && j <= k + 4; j++)
            {
                if (view.Word(j) is "election" or "elections" or "polls" or "ballot" or "vote")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The subject of the first reporting verb before a relative clause: whose claim the clause speaks of.
    private Actor? Claimant(int first, int relative, int end)
    {
        for (var j = first; j < relative; j++)
        {
            // (`The Tories say there is a gap`: the present plural too.)
            if (view.IsVerb(j) && (view.Is(j, WordSets.Reporting) || view.Word(j) is "say" or "claim" or "insist" or "argue" or "argues" or "argued"))
            {
                return Subject(j, first, end, 1) is [var speaker, ..] ? speaker : null;
            }
        }

        return null;
    }
}
