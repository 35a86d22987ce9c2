using System.Collections.Frozen;

namespace Chronicle.Events;

/// <summary>
/// Whether a person of the article is a man or a woman, where the article says so: a courtesy title before any
/// mention of the person (<c>Mrs X</c>, <c>Sir Y</c>) or a common first name; else unknown. A pronoun goes with a
/// person of its own sex (<c>she</c> is not <c>Mr X</c>, nor <c>John X</c>).
/// </summary>
internal static class PersonSex
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WomenTitles = Set(
        "Mrs", "Ms", "Miss", "Lady", "Baroness", "Dame", "Queen", "Princess", "Duchess", "Countess", "Madam", "Madame", "Mme");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MenTitles = Set(
        "Mr", "Sir", "Lord", "King", "Prince", "Duke", "Earl", "Baron", "Monsieur", "Herr");

    // Common first names of one sex in English-language news; a name used for both (Jo, Sam, Chris) is in neither.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WomenNames = Set(
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Margaret", "Sarah", "Karen", "Nancy",
        "Lisa", "Betty", "Helen", "Sandra", "Donna", "Carol", "Ruth", "Sharon", "Michelle", "Laura", "Kimberly", "Deborah",
        "Jessica", "Angela", "Melissa", "Anna", "Ann", "Anne", "Emma", "Emily", "Catherine", "Katherine", "Kate", "Julie",
        "Joan", "Jane", "Janet", "Judith", "Diane", "Alice", "Claire", "Clare", "Louise", "Rachel", "Rebecca",
        "Harriet", "Theresa", "Teresa", "Caroline", "Charlotte", "Victoria", "Fiona", "Gillian", "Jacqueline",
        "Hazel", "Diana", "Hillary", "Madeleine", "Nicola", "Wendy", "Joanna", "Natalie", "Sophie", "Lucy", "Maria", "Marie", "Sylvia", "Irene", "Eva", "Olga",
        "Yulia", "Tatiana", "Sonia", "Shirley", "Dorothy", "Valerie");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MenNames = Set(
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher",
        "Daniel", "Matthew", "Anthony", "Tony", "Mark", "Donald", "Steven", "Stephen", "Paul", "Andrew", "Kenneth", "George",
        "Edward", "Brian", "Ronald", "Kevin", "Jason", "Gary", "Timothy", "Jeffrey", "Frank", "Scott", "Eric", "Peter", "Henry",
        "Jack", "Gordon", "Alan", "Alastair", "Alistair", "Ian", "Iain", "Neil", "Nick", "Nicholas", "Simon", "Patrick",
        "Martin", "Hugh", "Roy", "Ken", "Keith", "Malcolm", "Geoff", "Geoffrey", "Oliver", "Liam", "Vincent", "Dominic",
        "Francis", "Mohammed", "Muhammad", "Ahmed", "Ali", "Jacques", "Nelson", "Jim", "Jeremy", "Harold", "Ed", "Douglas", "Duncan", "Colin", "Derek", "Graham", "Stuart", "Kenny", "Bill", "Bob", "Tom", "Ted", "Hans", "Pierre");

    /// <summary>True when the person of this canonical name is known to be of the other sex than the pronoun.</summary>
    public static bool Other(ArticleView view, string canonical, bool he)
    {
        var women = 0;
        var men = 0;
        foreach (var e in view.Found.Entities)
        {
            if (e.Type != EntityType.Person || e.Canonical != canonical)
            {
                continue;
            }

            var named = view.Text.AsSpan(e.Span.Start, e.Span.Length);
            var space = named.IndexOf(' ');
            var title = space > 0 ? named[..space] : [];
            var before = view.Text.AsSpan(0, e.Span.Start).TrimEnd();
            var gap = before.LastIndexOfAny(' ', '\n', '(');
            var prior = before[(gap + 1)..];
            women += WomenTitles.Contains(title) || WomenTitles.Contains(prior) ? 1 : 0;
            men += MenTitles.Contains(title) || MenTitles.Contains(prior) ? 1 : 0;
        }

        if (women == 0 && men == 0)
        {
            var first = canonical.AsSpan();
            first = first.IndexOf(' ') is var end and > 0 ? first[..end] : [];
            women += WomenNames.Contains(first) ? 1 : 0;
            men += MenNames.Contains(first) ? 1 : 0;
        }

        return he ? women > men : men > women;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
