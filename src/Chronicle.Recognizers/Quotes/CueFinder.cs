namespace Chronicle.Recognizers.Quotes;

/// <summary>Finds a cue with its speaker inside a short window: <c>X said</c>, <c>said X</c>, <c>according to X</c>.</summary>
internal static class CueFinder
{
    /// <summary>The cue at verb token <paramref name="verb"/> with the speaker before it (auxiliaries between go with the cue).</summary>
    public static CueMatch? SpeakerBefore(QuoteText q, int verb, int floor, Stance stance)
    {
        var first = verb;
        while (first - 1 >= floor && q.IsAuxiliary(first - 1))
        {
            first--;
        }
        var subjectEnd = first;
        while (subjectEnd - 1 >= floor && q.IsTimeWord(subjectEnd - 1))
        {
            subjectEnd--;
        }
        while (subjectEnd - 1 >= floor && q.IsAuxiliary(subjectEnd - 1))
        {
            subjectEnd--;
        }
        var speaker = q.Speakers.Before(subjectEnd, floor);
        if (speaker is null && subjectEnd - 1 > floor && q.Word(subjectEnd - 1) == ")")
        {
            // `Sen. Jane Doe (D-Mo.) said`: the party and state go with the name.
            for (var k = subjectEnd - 2; k > floor && k > subjectEnd - 8; k--)
            {
                if (q.Word(k) == "(" && q.Speakers.Before(k, floor) is { } named)
                {
                    speaker = named with { Span = new TextSpan(named.Span.Start, q.Span(subjectEnd - 1).End) };
                    break;
                }
            }
        }
        if (speaker is not null && !q.Speakers.IsNamed(speaker) && IsIndefinite(q, speaker))
        {
            // `Nordwatch, an Oslo-based group said`: an apposition whose closing comma is missing.
            var head = q.TokenAt(speaker.Span.Start) - 1;
            if (head > floor && q.Word(head) == "," && q.Speakers.Before(head, floor) is { } named && q.Speakers.IsNamed(named))
            {
                speaker = new Speaker(named.Span.Union(speaker.Span), named.Canonical, named.EntityId);
            }
        }
        if (speaker is null && subjectEnd - 1 > floor && q.Word(subjectEnd - 1) == ",")
        {
            // `X, a Norway-based group, said`: the speaker is the phrase before the apposition.
            for (var k = subjectEnd - 2; k > floor && k > subjectEnd - 14; k--)
            {
                if (q.Word(k) == ",")
                {
                    // PolNeAR's source spans the apposition up to its closing comma.
                    var head = q.Speakers.Before(k, floor);
                    if (head is not null)
                    {
                        // A named head names the speaker; `the minister, Anna Berg,` is named by its apposition.
                        var whole = q.Speakers.Described(new TextSpan(head.Span.Start, q.Span(subjectEnd - 1).End));
                        var named = head.Canonical != head.Span.Of(q.Text);
                        speaker = named ? whole with { Canonical = head.Canonical, EntityId = head.EntityId } : whole;
                    }
                    break;
                }
            }
        }
        var end = verb + 1 < q.Count && q.Word(verb + 1) == ":" ? verb + 2 : verb + 1;
        return speaker is null ? null : new CueMatch(first, end, speaker, stance, end);
    }

    private static bool IsIndefinite(QuoteText q, Speaker speaker) => q.Word(q.TokenAt(speaker.Span.Start)) is "a" or "an";

    /// <summary>The cue at <paramref name="verb"/> with the speaker after it (<c>said X</c>), ending before <paramref name="limit"/>.</summary>
    public static CueMatch? SpeakerAfter(QuoteText q, int verb, int limit, Stance stance)
    {
        var speaker = q.Speakers.After(verb + 1, limit);
        return speaker is null ? null : new CueMatch(verb, verb + 1, speaker, stance, q.TokenAt(speaker.Span.End));
    }

    /// <summary>A cue with its speaker anywhere in tokens [first, end), either order.</summary>
    public static CueMatch? In(QuoteText q, int first, int end, bool nearestEnd = false)
    {
        for (var k = first; k < end; k++)
        {
            // Before a quote the cue nearest the quote is meant: `the agency reported that X told Y: "..."`.
            var t = nearestEnd ? end - 1 - (k - first) : k;
            if (q.Word(t) == "according" && t + 1 < end && q.Word(t + 1) == "to")
            {
                var speaker = q.Speakers.After(t + 2, end);
                if (speaker is not null)
                {
                    return new CueMatch(t, t + 2, speaker, Stance.Asserts, q.TokenAt(speaker.Span.End));
                }
            }
            if (q.IsCue(t, out var stance))
            {
                return SpeakerBefore(q, t, first, stance) ?? SpeakerAfter(q, t, end, stance);
            }
        }
        return null;
    }
}
