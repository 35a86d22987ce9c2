namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // The places of a state that are struck or seized (`its cities`, `our villages`, `its territory`).
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lands =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["city", "cities", "town", "towns", "village", "villages", "province", "provinces", "region", "regions", "district",
                "districts", "territory", "territories", "soil", "airspace", "border", "borders", "ports", "capital", "islands"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// `Armenia said Azerbaijan had shelled its villages`, `Kyiv says Russian drones struck our cities`: in a clause reported by
    /// a speaker of one state, the land an attacker of another state strikes through `its` or `our` is the speaker's state
    /// (a state does not report shelling its own towns); null when the speaker's state is unknown or the attacker's own.
    /// </summary>
    private Actor? SpeakersLand(int k, int verb, int end)
    {
        if (view.Tag(k) != "PRP$" || view.Word(k) is not ("its" or "our"))
        {
            return null;
        }

        var head = k + 1;
        while (head < end && view.Tag(head) is "JJ" or "JJR" or "JJS")
        {
            head++;
        }

        if (head >= end || !view.Is(head, Lands) || (head + 1 < end && view.IsNoun(head + 1)))
        {
            return null;
        }

        var first = view.Found.Sentences[SentenceOf(verb)].FirstToken;
        var doers = Subject(verb, first, end, 1);
        for (var j = verb - 1; j > first; j--)
        {
            if (!view.IsVerb(j) || !view.Is(j, WordSets.Reporting))
            {
                continue;
            }

            var speaker = Subject(j, first, end, 1).Find(a => a.Country is not null && !a.Guessed);
            if (speaker is null || doers.Count == 0 || doers.Exists(d => d.Country is null || d.Country == speaker.Country)
                || view.Gazetteer.Country(speaker.Country!) is not { } state)
            {
                return null;
            }

            return new Actor(k, k, view.Tokens[k].Span, state.Name, null, speaker.Country, false);
        }

        return null;
    }
}
