using System.Collections.Frozen;

namespace Chronicle.Events;

// Religious communities as actors: a faith is no state's, so only a national word beside it gives one a country.
internal sealed partial class ActorReader
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Faiths = new[]
    {
        "Muslim", "Moslem", "Christian", "Catholic", "Protestant", "Jew", "Hindu", "Sikh", "Buddhist", "Anglican",
        "Methodist", "Baptist", "Evangelical", "Presbyterian", "Lutheran", "Mormon", "Quaker", "Shia", "Shiite", "Sunni",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when the word names a religious community (<c>Muslims</c>, <c>Catholics</c>, <c>Jews</c>): a faith's members
    /// in the plural. One member (<c>the top Catholic</c>) is a person, of the country the article places him in.
    /// </summary>
    private static bool IsFaith(ReadOnlySpan<char> word) => word.Length > 3 && word[^1] == 's' && Faiths.Contains(word[..^1]);
}
