namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // `motions asking him to withdraw`, `calling on Mr X to resign`, `asked for troops to be pulled out`: an act asked of
    // someone is not done; the request, when it is a trigger, is the event.
    private bool Requested(Mention m, int first)
    {
        if (m.Noun || m.Type == PloverType.Request || view.Tag(m.First) != "VB" && view.Tag(m.First) != "VBN")
        {
            return false;
        }

        var k = m.First - 1;
        if (k >= first && view.Tag(m.First) == "VBN" && view.Word(k) is "be")
        {
            k--;
        }

        if (k < first || !view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var j = k - 1; j >= first && j >= k - 8; j--)
        {
            if (view.IsClauseBreak(j) || view.IsPunct(j, ';') || view.Is(j, WordSets.Relatives))
            {
                return false;
            }

            if (view.Is(j, TalkWords.Asking) && view.IsVerb(j))
            {
                return true;
            }

            // `calling on him`, `called for them`: the particle of a verb of asking.
            if (view.Word(j) is "on" or "for" && j - 1 >= first && (view.Word(j - 1).StartsWith("call", StringComparison.OrdinalIgnoreCase)
                || view.Word(j - 1).StartsWith("appeal", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    // `Labour asked the Tories to withdraw the advert`: with its asker and the one asked named around a verb of asking
    // that is no trigger, the act asked for is a request from one to the other.
    private Mention? AskedRequest(Mention m, int first, int end)
    {
        var k = m.First - 1;
        if (view.Tag(m.First) != "VB" || k - 2 < first || !view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var j = k - 2; j >= first && j >= k - 6; j--)
        {
            if (!view.IsVerb(j) || view.Word(j) is not ("ask" or "asks" or "asked" or "asking" or "urge" or "urges" or "urged" or "urging"
                or "press" or "presses" or "pressed" or "pressing" or "implore" or "implored" or "beg" or "begged" or "begging"))
            {
                continue;
            }

            var asked = NextActor(j + 1, end, k - j - 1);
            var askers = Subject(j, first, end, 0);
            if (asked is null || asked.Last != k - 1 || askers.Count == 0)
            {
                return null;
            }

            var request = new Mention
            {
                Type = PloverType.Request, Sentence = m.Sentence, First = j, Last = j, Noun = false, Curated = true,
                Flags = TriggerFlags.None, Evidence = m.Evidence, Trigger = view.Tokens[j].Span,
            };
            foreach (var s in askers)
            {
                request.Add(ActorRole.Source, s);
            }

            request.Add(ActorRole.Target, asked);
            return request;
        }

        return null;
    }

    // `appealed for the inspectors to be given more time`, `appealed for the release of X`: who a request is about is
    // not who it is made to (`urged the government to act`, `called on X to`, `appealed to X` name that one).
    private void DropAskedAbout(Mention m, int end)
    {
        var targets = m.Actors.Where(a => a.Role == ActorRole.Target).ToList();
        foreach (var a in targets)
        {
            var k = TokenEndingAt(a.Span.End, m.Last, end);
            var before = TokenStartingAt(a.Span.Start, m.Last, end);
            var patient = k >= 0 && k + 2 < end && view.Word(k + 1) is "to" && view.Word(k + 2) is "be";
            // `the release of X`, `the return of aid worker X`: X is what the act asked for is done to.
            var of = before - 1;
            while (of > m.Last && view.Tag(of) is "NN" or "NNS" or "NNP" or "JJ" or "DT")
            {
                of--;
            }

            patient |= before >= 0 && of - 1 > m.Last && view.Word(of) is "of" && IsNounTrigger(of - 1);
            if (patient)
            {
                m.Actors.Remove(a);
            }
        }
    }

    private int TokenEndingAt(int offset, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (view.Tokens[k].Span.End == offset)
            {
                return k;
            }
        }

        return -1;
    }

    private int TokenStartingAt(int offset, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (view.Tokens[k].Span.Start == offset)
            {
                return k;
            }
        }

        return -1;
    }
}
