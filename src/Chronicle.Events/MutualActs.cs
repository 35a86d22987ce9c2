namespace Chronicle.Events;

/// <summary>
/// Acts each side does to the other (<c>X and Y exchanged fire</c>, <c>X traded strikes with Y</c>). An event has one
/// source side and one target side, so such an act is two events: X on Y and Y on X.
/// </summary>
internal static class MutualActs
{
    public static List<Mention> EachWay(List<Mention> mentions) => [.. mentions.SelectMany(EachWay)];

    private static IEnumerable<Mention> EachWay(Mention m)
    {
        if (!m.Mutual)
        {
            return [m];
        }

        if (m.Actors.Count(a => a.Role == ActorRole.Source) > 1)
        {
            FirstOnTheRest(m);
        }

        // `X exchanged fire with Y`: the subject and the other side (MentionFinder.OtherSide) each hit the other.
        // `rival militias exchanged fire`: one group of both sides names no side to turn round.
        return m.HasSource && m.HasTarget ? [m, m.Reversed()] : [m];
    }

    /// <summary>
    /// `X and Y met in Moscow`, `X and Y held talks`, `X and Y agreed to begin talks`, `X and Y signed a peace deal` (SUPPORT,
    /// CAMEO 057): parties named together as the subject of a meeting, of agreeing or of signing with no one else named
    /// meet, agree or sign with each other, the first with the rest
    /// (one event: a meeting is not two), and the place is where, not whom (`X and Y promises` are each their own).
    /// </summary>
    public static void PairMeetingParties(Mention m, ReadOnlySpan<char> trigger)
    {
        if ((m.Type == PloverType.Consult || (m.Type is PloverType.Agree or PloverType.Support && !m.Noun
                && (trigger.StartsWith("agree", StringComparison.OrdinalIgnoreCase) || trigger.StartsWith("sign", StringComparison.OrdinalIgnoreCase))))
            && !m.Mutual && !m.HasTarget
            && m.Actors.Count(a => a.Role == ActorRole.Source) > 1)
        {
            FirstOnTheRest(m);
        }
    }

    /// <summary>`Airbus and Boeing accuse each other`: an act whose object is `each other` or `one another` is mutual.</summary>
    public static void ReadEachOther(ArticleView view, Mention m)
    {
        var k = m.Last + 1;
        if (k + 1 < view.Tokens.Length
            && ((view.Word(k) is "each" && view.Word(k + 1) is "other") || (view.Word(k) is "one" && view.Word(k + 1) is "another")))
        {
            m.EachOther = true;
        }
    }

    // `Government troops and opposition fighters exchanged fire near the town of X`: the sides named together as the
    // subject are the parties, the first on the others; whatever else was read as a target (the town) is no side.
    private static void FirstOnTheRest(Mention m)
    {
        m.Actors.RemoveAll(a => a.Role == ActorRole.Target);
        var first = m.Actors.Where(a => a.Role == ActorRole.Source).MinBy(a => a.Span.Start);
        for (var i = 0; i < m.Actors.Count; i++)
        {
            if (m.Actors[i].Role == ActorRole.Source && m.Actors[i] != first)
            {
                m.Actors[i] = m.Actors[i] with { Role = ActorRole.Target };
            }
        }
    }
}
