namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    /// <summary>
    /// <c>Norway is ready to send troops</c>, <c>is not willing to</c>: an adjective of intent before <c>to</c>
    /// after a form of <c>be</c> is itself the event (AGREE, or REJECT when negated).
    /// </summary>
    private Mention? IntentAdjective(int sentence, int t, int first, int end)
    {
        if (!view.Is(t, WordSets.IntentAdjectives) || t + 1 >= end || !view.Word(t + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var negated = false;
        var be = false;
        for (var k = t - 1; k >= first && k >= t - 3 && Skippable(k); k--)
        {
            be |= view.Is(k, WordSets.Be);
            negated |= view.Is(k, WordSets.Negations);
        }

        if (!be)
        {
            return null;
        }

        var m = new Mention
        {
            Type = negated ? PloverType.Reject : PloverType.Agree, Sentence = sentence, First = t, Last = t + 1, Noun = false,
            Curated = true, Flags = TriggerFlags.None, Evidence = view.Found.Sentences[sentence].Span, Intent = true,
            Trigger = new TextSpan(view.Tokens[t].Span.Start, view.Tokens[t + 1].Span.End),
        };
        foreach (var s in Subject(t, first, end, 0))
        {
            m.Add(ActorRole.Source, s);
        }

        return m.HasSource ? m : null;
    }

    /// <summary>
    /// Reads a sentence's mentions together: a cooperative act announced with <c>will</c> is an expressed intent
    /// (AGREE; REJECT with <c>will not</c>); the act named in the complement of a demand, threat, promise, refusal
    /// or concession (<c>threatened to cut off aid</c>, <c>rejected the ceasefire</c>) is not an event of its own;
    /// nor is a demand that states a protest's purpose (<c>blocked roads demanding reforms</c>).
    /// </summary>
    private void Reframe(List<Mention> into, int from)
    {
        for (var i = from; i < into.Count; i++)
        {
            ReadIntent(into[i]);
        }

        for (var i = from; i < into.Count; i++)
        {
            var head = into[i];
            for (var j = i + 1; j < into.Count; j++)
            {
                var c = into[j];
                if (!Governs(head, c))
                {
                    continue;
                }

                foreach (var a in c.Actors)
                {
                    if (a.Role == ActorRole.Target && !head.HasTarget)
                    {
                        head.Actors.Add(a);
                    }
                }

                into.RemoveAt(j);
                j--;
            }
        }
    }

    private void ReadIntent(Mention m)
    {
        if (m.Noun || !m.HasSource || m.Type is not (PloverType.Support or PloverType.Aid or PloverType.Consult
            or PloverType.Retreat or PloverType.Concede or PloverType.Cooperate))
        {
            return;
        }

        var negated = false;
        for (var k = m.First - 1; k >= 0 && k >= m.First - 3; k--)
        {
            if (view.Is(k, WordSets.IntentModals))
            {
                m.Type = negated ? PloverType.Reject : PloverType.Agree;
                m.Mode = null;
                m.Intent = true;
                return;
            }

            if (view.Is(k, WordSets.Negations))
            {
                negated = true;
            }
            else if (view.Tag(k) is not ("RB" or "RBR"))
            {
                return;
            }
        }
    }

    private bool Governs(Mention head, Mention c)
    {
        if (c.First <= head.Last || c.First - head.Last > 10)
        {
            return false;
        }

        var protestPurpose = head.Type == PloverType.Protest && c.Type == PloverType.Request && !c.Noun
            && (view.Tag(c.First) == "VBG" || view.Word(c.First - 1).Equals("to", StringComparison.OrdinalIgnoreCase));
        var governing = head.Type is PloverType.Request or PloverType.Threaten or PloverType.Agree or PloverType.Reject
            or PloverType.Concede;
        if (!protestPurpose && !governing)
        {
            return false;
        }

        var linked = c.Noun || protestPurpose || view.Word(c.First - 1).Equals("to", StringComparison.OrdinalIgnoreCase);
        for (var k = head.Last + 1; k < c.First; k++)
        {
            if (view.IsClauseBreak(k) || view.Is(k, WordSets.Relatives) || view.Word(k) is "said" or "says" or "but" or "while"
                || (IsFinite(k) && !Skippable(k)))
            {
                return false;
            }

            linked |= view.Word(k) is "to" or "for" or "that";
        }

        return linked;
    }
}
