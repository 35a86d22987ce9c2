namespace Chronicle.Events;

/// <summary>
/// Counts from the quantities in an event's clause: people killed, injured or arrested when a word of death,
/// injury or arrest stands in the clause (or the trigger is one) of an act of force or protest, participants of a protest,
/// weapons by their noun. A quantity without a counted noun is not a count unless a verb of harm follows it (<c>70 were
/// injured</c>); <c>killed or wounded</c> together count neither.
/// </summary>
internal sealed class CountLinker(ArticleView view)
{
    private static int Distance(Mention m, Quantity q) => Math.Min(Math.Abs(m.Trigger.Start - q.Span.End), Math.Abs(q.Span.Start - m.Trigger.End));

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MorePeople =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["guards", "marines", "employees", "seamen", "strikers", "sailors", "guerrillas", "insurgents", "gunmen", "policemen",
             "opponents", "teachers", "nurses", "doctors", "labourers", "laborers", "peasants", "officials", "servicemen",
             "servants", "staff", "drivers", "porters", "dockers", "pilots", "firefighters", "lecturers", "pensioners", "cleaners",
             "midwives", "paramedics", "steelworkers", "fishermen", "monks",
             // `killed one person`, `one soldier was wounded`: one of them is counted too.
             "person", "man", "woman", "child", "soldier", "civilian", "policeman", "officer", "worker", "student", "protester"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // `1,200 Iraqis`, `thousands of Iranians`: a nationality counts its people.
    private bool Demonym(string unit) => unit.Length > 4 && char.IsUpper(unit[0]) && unit[^1] == 's' && view.Gazetteer.CountryOfDemonym(unit) is not null;

    // `killed or wounded`, `killed, wounded or captured`: the list may run past the comma that closes the segment.
    private bool Casualties(Segment segment)
    {
        var last = Math.Min(segment.Last + 3, view.Tokens.Length - 1);
        for (var k = segment.First; k + 2 <= last; k++)
        {
            if ((view.Is(k, WordSets.Killed) && (view.Is(k + 2, WordSets.Injured) || (k + 3 <= last && view.Is(k + 3, WordSets.Injured)))
                    || (view.Is(k, WordSets.Injured) && view.Is(k + 2, WordSets.Killed)))
                && (view.Word(k + 1) is "or" or "," || view.Word(k + 2) is "or"))
            {
                return true;
            }
        }

        return false;
    }

    private bool VerbBetween(Quantity quantity, Mention m)
    {
        int from = view.NextToken(quantity.Span.End), to = m.First;
        // The light verb just before a noun trigger (`held rallies`, `declared a general strike`) is the trigger's own.
        var light = m.Noun ? m.First - 3 : to;
        if (quantity.Span.Start >= m.Trigger.End)
        {
            (from, to) = (m.Last + 1, view.NextToken(quantity.Span.Start));
            light = to;
        }

        for (var k = Math.Max(from, 0); k >= 0 && k < to; k++)
        {
            if (view.IsVerb(k) && !view.Is(k, Auxiliaries) && k < light)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The kind of harm the verb after a number says (`70 were injured`); null for casualties of several kinds.
    private CountKind? Harmed(Quantity quantity) => Listed(quantity) ? null : HarmAfter(quantity);

    // `were killed or wounded`, `killed, wounded or captured`: casualties together, neither kind.
    private bool Listed(Quantity quantity)
    {
        var k = HarmWord(quantity);
        return k >= 0 && k + 2 < view.Tokens.Length && view.Word(k + 1) is "or" or ","
            && (view.Is(k + 2, WordSets.Killed) || view.Is(k + 2, WordSets.Injured) || view.Is(k + 2, WordSets.Arrested));
    }

    private CountKind? HarmAfter(Quantity quantity)
    {
        var k = HarmWord(quantity);
        return k < 0 ? null : view.Is(k, WordSets.Killed) ? CountKind.Killed : view.Is(k, WordSets.Injured) ? CountKind.Injured
            : view.Is(k, WordSets.Arrested) ? CountKind.Arrested : null;
    }

    // The kind of harm a verb just before a whole number does to it (`injured two others`, `killed 30`).
    private CountKind? HarmBefore(Quantity quantity)
    {
        var k = view.NextToken(quantity.Span.Start) - 1;
        var value = quantity.Value;
        // (The tagger may read a participle after `and` as an adjective: `and injured/JJ two others`.)
        if (k < 0 || value != Math.Floor(value) || value < 1 || !(view.IsVerb(k) || view.Tag(k) == "JJ"))
        {
            return null;
        }

        return view.Is(k, WordSets.Killed) ? CountKind.Killed : view.Is(k, WordSets.Injured) ? CountKind.Injured
            : view.Is(k, WordSets.Arrested) ? CountKind.Arrested : null;
    }

    // The word after a whole number and its auxiliaries (`70 were injured`, `2,000 had been killed`), or -1.
    private int HarmWord(Quantity quantity)
    {
        var k = view.NextToken(quantity.Span.End);
        var value = quantity.Value;
        if (k < 0 || value != Math.Floor(value) || value < 1 || value >= 100_000)
        {
            return -1;
        }

        if (view.Word(k) is "were" or "have" or "had" && k + 1 < view.Tokens.Length)
        {
            k += view.Word(k + 1) is "been" && k + 2 < view.Tokens.Length ? 2 : 1;
        }

        return k;
    }

    // `Thousands marched in Lagos and police arrested 20`, `... and 20 were arrested`: `and` or `but` opening a clause with
    // a subject and verb of its own ends the event's clause for its counts, as a comma does.
    private Segment OwnClause(Segment segment, Mention m)
    {
        var (first, last) = (segment.First, segment.Last);
        for (var k = m.Last + 1; k < last; k++)
        {
            if (view.Word(k) is "and" or "but" && ClauseOpens(k + 1, last))
            {
                last = k - 1;
                break;
            }
        }

        for (var k = m.First - 1; k > first; k--)
        {
            if (view.Word(k) is "and" or "but" && ClauseOpens(first, k - 1))
            {
                first = k + 1;
                break;
            }
        }

        return new Segment(first, last);
    }

    private static bool Source(Mention m, Quantity quantity) =>
        m.Actors.Exists(a => a.Role == ActorRole.Source && a.Span.Start < quantity.Span.End && quantity.Span.Start < a.Span.End);

    // A finite verb after at least one word of a subject, before another coordinator (a past tense the tagger read as a
    // participle after its plural subject, `Thousands of people marched/VBN in Lagos`, too).
    private bool ClauseOpens(int from, int last)
    {
        for (var k = from; k <= last; k++)
        {
            if (view.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD" || (view.Tag(k) == "VBN" && k > from && view.Tag(k - 1) is "NNS" or "NNPS"))
            {
                return k > from;
            }

            if (view.Word(k) is "and" or "but" or "or")
            {
                return false;
            }
        }

        return false;
    }

    public void Link(Mention m, List<Mention> sentenceMentions)
    {
        var segment = OwnClause(Segment.Around(view, m), m);
        var span = segment.Span(view);
        bool killed = (m.Flags & TriggerFlags.Kill) != 0, injured = (m.Flags & TriggerFlags.Injure) != 0, arrested = (m.Flags & TriggerFlags.Arrest) != 0;
        for (var k = segment.First; k <= segment.Last; k++)
        {
            killed |= view.Is(k, WordSets.Killed);
            injured |= view.Is(k, WordSets.Injured);
            arrested |= view.Is(k, WordSets.Arrested);
        }

        // `killed or wounded 15,000`: the casualties together are neither the dead nor the wounded.
        if (killed && Casualties(segment))
        {
            killed = injured = false;
        }

        // `14 people were injured and many arrested`: an arrest counts the arrested, not the hurt of its clause.
        var arrestOnly = (m.Flags & TriggerFlags.Arrest) != 0;
        if (arrestOnly)
        {
            killed = injured = false;
        }

        // The dead of an earthquake are no count of the demand it prompted: casualties go with acts of force.
        var violent = m.Type is PloverType.Assault or PloverType.Coerce or PloverType.Protest or PloverType.Mobilize;

        foreach (var quantity in view.Found.Quantities)
        {
            if (!span.Contains(quantity.Span))
            {
                continue;
            }

            if (quantity.Unit is not { } unit)
            {
                // `70 were injured`, `three died`: a bare number before a verb of harm counts people; so does one right
                // after it (`killed one person and injured two others`).
                if (violent && (Harmed(quantity) ?? HarmBefore(quantity)) is { } harm && (harm == CountKind.Arrested || !arrestOnly) && !m.Counts.Exists(c => c.Kind == harm))
                {
                    m.Counts.Add(new EventCount(harm, quantity));
                }

                continue;
            }

            CountKind? kind = null;
            if (WordSets.Weapons.Contains(unit) && m.Type is PloverType.Assault or PloverType.Aid)
            {
                kind = CountKind.Weapons;
            }
            else if (WordSets.PeopleUnits.Contains(unit) || MorePeople.Contains(unit) || Demonym(unit))
            {
                // `14 people were injured and many arrested`: the verb after the number says what it counts.
                var harmed = Harmed(quantity);
                // `Two jailed journalists began a hunger strike`, `Hundreds of students marched against the arrests`: the
                // protesters counted are those who protest, whatever harm the clause names.
                var protesters = m.Type == PloverType.Protest && harmed is null && Source(m, quantity);
                // `Hundreds of students blocked roads to protest against the arrests`: those who act in another event
                // of the sentence are not the ones this one harms, unless a verb of harm follows them.
                if (harmed is null && !protesters && sentenceMentions.Exists(o => o != m && Source(o, quantity)))
                {
                    continue;
                }

                kind = !violent || Listed(quantity) ? null : harmed is { } h ? (h == CountKind.Arrested || !arrestOnly ? h : null)
                    : protesters ? CountKind.Participants
                    : killed ? CountKind.Killed : injured ? CountKind.Injured : arrested ? CountKind.Arrested
                    : m.Type == PloverType.Protest ? CountKind.Participants : null;
            }

            // `dispatched 1,000 marines to occupy the ports after a strike`: people another verb acts on are not the protest's.
            if (kind == CountKind.Participants && VerbBetween(quantity, m))
            {
                continue;
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
