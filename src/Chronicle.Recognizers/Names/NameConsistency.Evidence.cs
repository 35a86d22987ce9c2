using System.Collections.Frozen;

namespace Chronicle.Recognizers.Names;

public sealed partial class NameConsistency
{
    // Words that put a person's name after them; `Lord Goldsmith` names a man, whatever the sentence around it.
    private static readonly FrozenSet<string> PersonTitles = FrozenSet.Create(StringComparer.Ordinal,
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Lord", "Lady", "Sir", "Dame", "Baroness",
        "President", "Senator", "Sen.", "Rep.", "Gov.", "Prof.", "Professor", "Rev.", "Sheikh", "Ayatollah");

    // Ranks and offices that also begin names of other things (`General Motors`, `Major League`, `Queen's Park`):
    // evidence only before a name, not as its first word.
    private static readonly FrozenSet<string> RankTitles = FrozenSet.Create(StringComparer.Ordinal,
        "Governor", "Judge", "Justice", "King", "Queen", "Prince", "Princess", "Pope", "Gen.", "General", "Col.",
        "Colonel", "Capt.", "Captain", "Sgt.", "Sergeant", "Adm.", "Admiral", "Maj.", "Major", "Lt.", "Lieutenant");

    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "said", "says", "told", "added", "argued", "claimed", "insisted", "warned", "admitted", "denied", "believes", "thinks");

    private static readonly FrozenSet<string> Representatives = FrozenSet.Create(StringComparer.Ordinal,
        "MP", "MPs", "MSP", "MSPs", "MEP", "MEPs", "AM", "MLA", "TD", "member", "Member", "candidate", "Congressman", "Congresswoman");

    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.Create(StringComparer.Ordinal,
        "in", "near", "outside", "across", "throughout");

    // The evidence around one mention, added to the tagger's vote for its class.
    private void Gather(string text, ReadOnlySpan<Token> tokens, NameSpan n, Span<float> e)
    {
        var name = Words(text, tokens, n.First, n.Count);
        var words = name.Split(' ');
        var before = Word(text, tokens, n.First - 1);
        var after = Word(text, tokens, n.First + n.Count);
        if (PersonTitles.Contains(before) || RankTitles.Contains(before) || StartsWithTitle(words))
        {
            e[(int)NameClass.Per] += 3;
        }
        if (SpeechVerbs.Contains(after))
        {
            // People and bodies speak; places do not (`Goldsmith said`).
            e[(int)NameClass.Loc] -= 1;
        }
        var flags = Flags(name);
        if (before is "for" && Representatives.Contains(Word(text, tokens, n.First - 2)))
        {
            // `the MP for Grantham`: a constituency.
            e[(int)NameClass.Loc] += 3;
        }
        // `in Brown's Britain` is no place called Brown.
        if (PlacePrepositions.Contains(before) && (flags & GazetteerFlags.Demonym) == 0 && !IsPossessive(text, tokens, n.First + n.Count))
        {
            // `in X` where the gazetteer knows X as a place says more than `in X` alone (`in Labour`, `in Cabinet`);
            // `in English club rugby` is an adjective.
            e[(int)NameClass.Loc] += (flags & Placelike) != 0 ? 2 : 1;
        }
        if (after is "-based" || (after is "-" && Word(text, tokens, n.First + n.Count + 1) is "based"))
        {
            e[(int)NameClass.Loc] += 2;
        }
    }

    private static bool IsPossessive(string text, ReadOnlySpan<Token> tokens, int next)
    {
        if (next >= tokens.Length)
        {
            return false;
        }
        var rest = text.AsSpan(tokens[next].Span.Start);
        return rest.StartsWith("'s", StringComparison.Ordinal) || rest.StartsWith("\u2019s", StringComparison.Ordinal);
    }

    // `Lord Goldsmith`, `Mr Justice Eady`; not the offices `Lord Chancellor` or `Lord Chancellor's Department`.
    private static bool StartsWithTitle(string[] words) =>
        words.Length is > 1 and <= 4 && PersonTitles.Contains(words[0]) && !Offices.Contains(words[^1])
        && words.Skip(1).All(w => w.Length > 0 && char.IsUpper(w[0]));

    private static readonly FrozenSet<string> Offices = FrozenSet.Create(StringComparer.Ordinal,
        "Chancellor", "Mayor", "Advocate", "Speaker", "Justice", "President", "Provost", "Lieutenant", "Chief",
        "Secretary", "Minister", "Commissioner", "Department", "Office");

    private const GazetteerFlags Placelike = GazetteerFlags.Country | GazetteerFlags.City | GazetteerFlags.Admin1 | GazetteerFlags.Region;

    private GazetteerFlags Flags(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Span<ulong> hashes = stackalloc ulong[Math.Min(parts.Length, 16)];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = TextHash.Folded(parts[i]);
        }
        return lexicon.Lookup(NameLexicon.PhraseKey(hashes));
    }

    // `Theresa May` makes `May` a person, not every `May` of the article: months and days are never added.
    private static readonly FrozenSet<string> CalendarWords = FrozenSet.Create(StringComparer.Ordinal,
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
}
