using System.Collections.Frozen;

namespace Chronicle.Events;

// Names that are no actors (policies, laws, plans, reports) and names of a state's public bodies.
internal sealed partial class ActorReader
{
    // `the Common Agricultural Policy`, `the Constitutional Reform Bill`, `the Kyoto Protocol`: a name ending in one of
    // these names a thing made or done, which neither acts nor is acted on as a party.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ThingHeads = FrozenSet.ToFrozenSet(
    [
        "Policy", "Bill", "Act", "Plan", "Report", "Protocol", "Treaty", "Convention", "Directive", "Strategy", "Programme",
        "Program", "Scheme", "Agreement", "Accord", "Constitution", "Campaign", "Poster", "Manifesto", "Budget", "Review",
        "Initiative", "Charter", "Declaration", "Resolution", "Regulations", "Code",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // `the Food Standards Agency`, `the Office of National Statistics`, `Scottish Borders Council`: a public body the
    // dictionary does not know, named by one of these words among others.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PublicBodies = FrozenSet.ToFrozenSet(
    [
        "Agency", "Board", "Authority", "Inspectorate", "Commission", "Committee", "Council", "Service", "Office", "Department",
        "Ministry", "Tribunal", "Executive", "Assembly",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a name names a thing made or done (<c>the Kyoto Protocol</c>, <c>the CAP</c> spelt out earlier).</summary>
    private bool IsThingName(int entity)
    {
        var mention = view.Found.Entities[entity];
        var name = mention.Canonical.AsSpan().TrimEnd();
        var space = name.LastIndexOf(' ');
        if (ThingHeads.Contains(space >= 0 ? name[(space + 1)..] : name) && space > 0)
        {
            return true;
        }

        // `the CAP` after `the Common Agricultural Policy (CAP)`: an acronym takes its spelt-out name's head.
        if (name.Length is < 2 or > 6 || !IsAcronym(name))
        {
            return false;
        }

        var text = view.Text.AsSpan();
        var at = text.IndexOf(string.Concat(" (", name, ")").AsSpan(), StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var before = text[..at];
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return ThingHeads.Contains(word) && char.IsUpper(word[0]);
    }

    private static bool IsAcronym(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // A public body's name of several words (`the Food Standards Agency`), none of which says it is above states.
    private static bool IsPublicBody(ReadOnlySpan<char> name)
    {
        var many = false;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (WordSets.AboveStates.Contains(word))
            {
                return false;
            }

            many |= range.Start.Value > 0 && PublicBodies.Contains(word);
            many |= range.Start.Value == 0 && PublicBodies.Contains(word) && name.Length > word.Length;
        }

        return many;
    }

    private static bool Titled(ReadOnlySpan<char> name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && name[..space] is "Mr" or "Mrs" or "Ms" or "Miss" or "Dr" or "Sir" or "Dame" or "Lord" or "Lady" or "Baroness";
    }

    // `the Bill`, `the Budget` read as a person's name: after an article, a word that names a thing is that thing.
    private bool IsThingCalledByName(int t)
    {
        var first = FirstOfEntity(t);
        return first == t && first > 0 && ThingHeads.Contains(view.Word(t)) && view.Word(first - 1) is "the" or "The" or "this" or "This";
    }
}
