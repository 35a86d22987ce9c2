namespace Chronicle.Events;

/// <summary>
/// The arrester news leaves unsaid. `Two men were arrested on Friday, police said`: an arrest told in the passive, with
/// no one named to have made it, by the police or the authorities themselves, was made by them.
/// </summary>
internal static class Arresters
{
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Police =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["police", "detectives", "sheriff", "authorities"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The token of the police who tell of an arrest in its own sentence (<c>..., police said</c>, <c>said police</c>,
    /// <c>according to detectives</c>), when the arrest names no arrester; otherwise -1. Only a taking into custody counts:
    /// a sentence is a court's.
    /// </summary>
    public static int Teller(ArticleView view, Mention m)
    {
        if (m.Type != PloverType.Coerce || m.HasSource || !TakenIntoCustody(view.Word(m.First)))
        {
            return -1;
        }

        var s = view.Found.Sentences[m.Sentence];
        for (var k = s.FirstToken; k < s.FirstToken + s.TokenCount; k++)
        {
            if (view.IsNoun(k) && view.Is(k, Police) && Tells(view, k, s.FirstToken, s.FirstToken + s.TokenCount))
            {
                return k;
            }
        }

        return -1;
    }

    // `arrested`, `detained`, `detention`, `taken into custody` (`took`, `taking`): the words of the police's own act.
    private static readonly string[] CustodyWords = ["arrest", "detain", "detention", "take", "taken", "taking", "took"];

    private static bool TakenIntoCustody(ReadOnlySpan<char> trigger)
    {
        foreach (var word in CustodyWords)
        {
            if (trigger.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Tells(ArticleView view, int k, int first, int end) =>
        (k + 1 < end && view.Is(k + 1, WordSets.Reporting))
        || (k - 1 >= first && view.Is(k - 1, WordSets.Reporting))
        || (k - 2 >= first && view.Word(k - 2) is "according" && view.Word(k - 1) is "to");
}
