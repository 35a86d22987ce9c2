namespace Chronicle.Events;

/// <summary>
/// Counts from the quantities in an event's clause: people killed, injured or arrested when a word of death,
/// injury or arrest stands in the clause (or the trigger is one), participants of a protest, weapons by their noun.
/// A quantity without a counted noun is not a count.
/// </summary>
internal sealed class CountLinker(ArticleView view)
{
    private static int Distance(Mention m, Quantity q) => Math.Min(Math.Abs(m.Trigger.Start - q.Span.End), Math.Abs(q.Span.Start - m.Trigger.End));

    public void Link(Mention m, List<Mention> sentenceMentions)
    {
        var segment = Segment.Around(view, m);
        var span = segment.Span(view);
        bool killed = (m.Flags & TriggerFlags.Kill) != 0, injured = (m.Flags & TriggerFlags.Injure) != 0, arrested = (m.Flags & TriggerFlags.Arrest) != 0;
        for (var k = segment.First; k <= segment.Last; k++)
        {
            killed |= view.Is(k, WordSets.Killed);
            injured |= view.Is(k, WordSets.Injured);
            arrested |= view.Is(k, WordSets.Arrested);
        }

        foreach (var quantity in view.Found.Quantities)
        {
            if (!span.Contains(quantity.Span) || quantity.Unit is not { } unit)
            {
                continue;
            }

            CountKind? kind = null;
            if (WordSets.Weapons.Contains(unit) && m.Type is PloverType.Assault or PloverType.Aid)
            {
                kind = CountKind.Weapons;
            }
            else if (WordSets.PeopleUnits.Contains(unit))
            {
                kind = killed ? CountKind.Killed : injured ? CountKind.Injured : arrested ? CountKind.Arrested
                    : m.Type == PloverType.Protest ? CountKind.Participants : null;
            }

            // Participants and weapons belong to the nearest event; the dead of a clause count for all its events.
            if (kind is CountKind.Participants or CountKind.Weapons
                && sentenceMentions.Exists(o => o != m && Distance(o, quantity) < Distance(m, quantity) && Segment.Around(view, o).Span(view).Contains(quantity.Span)))
            {
                continue;
            }

            if (kind is { } k2 && !m.Counts.Exists(c => c.Kind == k2))
            {
                m.Counts.Add(new EventCount(k2, quantity));
            }
        }
    }
}
