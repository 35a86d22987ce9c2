using System.Collections.Frozen;

namespace Chronicle.Text;

/// <summary>
/// Capitalised function words that begin a new sentence far more often than they continue a name:
/// after an ambiguous period (<c>the U.S. The ...</c>) they decide that a sentence ended.
/// </summary>
internal static class SentenceStarters
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "In", "On",
        "At", "For", "From", "With", "By", "As", "After", "Before", "When", "While", "If", "Although", "Though",
        "Because", "Since", "This", "That", "These", "Those", "There", "Here", "His", "Her", "Their", "Its", "Our",
        "My", "Your", "However", "Meanwhile", "Then", "Now", "Also", "Still", "Some", "Many", "Most", "All", "No",
        "One", "Two", "Three", "What", "Why", "How", "Who", "Where", "Last", "Earlier", "Later", "According",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
