using System.Collections.Frozen;

namespace Chronicle.Recognizers.Places;

/// <summary>
/// Finds place-name spans: the names stage's GPE and LOC mentions when there are any, otherwise
/// capitalised phrases of up to four words that the gazetteer knows, kept only when they stand alone
/// (not inside a longer capitalised name such as a person's or a street's).
/// </summary>
public sealed class ToponymFinder(Gazetteer gazetteer)
{
    private const int MaxWords = 4;
    private const long MinPopulationAlone = 1000;
    private const long MinPopulationOpening = 100_000;
    private const long MinPopulationOtherNameOpening = 1_000_000;

    private static readonly System.Buffers.SearchValues<char> Capitals =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");

    // Capitalised function words and calendar words that are also the names of small places.
    private static readonly FrozenSet<string> NotPlaces = FrozenSet.ToFrozenSet(
    [
        "A", "An", "The", "This", "That", "These", "Those", "He", "She", "It", "We", "They", "I", "You", "His", "Her",
        "Its", "Our", "Their", "But", "And", "Or", "If", "In", "On", "At", "By", "For", "From", "To", "Of", "As", "So",
        "Police", "Sheriff", "God", "One", "No", "More", "Most", "Many", "Much", "Since", "Just", "Still", "Some",
        "All", "After", "Before", "When", "While", "Then", "There", "Here", "Now", "Today", "Also", "However", "Other",
        "Both", "Each", "Every", "Even", "Only", "Over", "Under", "About", "With", "During", "Man", "City", "University",
        "Street", "St", "Ave", "Road", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Oct",
        "West", "East", "North", "South", "Congress", "Senate", "House", "Court", "County", "State", "Center", "Park",
        "Church", "Hospital", "School", "Union", "Liberty", "Hope", "Unity", "Victory", "Friendship", "Independence",
        "Is", "None", "Earth", "Christmas", "Easter", "Passover", "Ramadan", "Eid", "Thanksgiving",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ], StringComparer.Ordinal);

    // Titles before a capitalised word make it part of a person's name (`Mr Dover`).
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "President", "Mayor", "Judge", "Sir", "Lord", "Lady", "Gen",
        "General", "Col", "Capt", "Officer", "Minister", "Prime", "King", "Queen", "Prince", "Saint", "St", "Rev",
    ], StringComparer.Ordinal);

    /// <summary>Spans of place names in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<TextSpan> Find(string text, IReadOnlyList<EntityMention> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        // `Dar-es-Salaam`, `Port-au-Prince`, `Stratford-upon-Avon`: capitalised words joined by hyphens around a lower-case
        // particle are a place's name, never a person's or a body's, when the gazetteer lists them.
        var named = entities.Where(e => e.Type is EntityType.Gpe or EntityType.Loc || HyphenatedPlace(text.AsSpan(e.Span.Start, e.Span.Length)))
            .Select(e => e.Span).ToList();
        if (named.Count == 0)
        {
            // `The Taliban banned women from universities`: with no place named, capitalised words are looked up, but a
            // name the names stage read as an organisation or a person is none (a village abroad called Taliban).
            // (A state's own name read as an organisation, `Iran said`, stays a place.)
            var capitalised = FindCapitalised(text);
            capitalised.RemoveAll(span => entities.Any(e => e.Type is EntityType.Org or EntityType.Person && e.Span.Overlaps(span))
                && !NamesStateOrDivision(text.AsSpan(span.Start, span.Length)));
            return capitalised;
        }

        // A person the names stage mistook for a place (`Lord Goldsmith` read once as LOC): a title before
        // the name, or the same words read as a person elsewhere in the article. Such a name is no place, and
        // placing it at the article's focus would put a person on the map.
        var people = entities.Where(e => e.Type == EntityType.Person && !HyphenatedPlace(text.AsSpan(e.Span.Start, e.Span.Length)))
            .Select(e => text[e.Span.Start..e.Span.End]).ToHashSet(StringComparer.Ordinal);
        named.RemoveAll(span => StartsWithTitle(text, span) || people.Contains(text[span.Start..span.End]) || AuthorAfterBy(text, span.Start, span.End)
            || PartyLabel(text, span));
        var joined = named.Select(span => WithOf(text, span)).Distinct().ToList();
        joined.RemoveAll(span => joined.Exists(other => other != span && other.Start <= span.Start && span.End <= other.End));
        return joined;
    }

    /// <summary>
    /// <c>Rep. John Mica (R-Fla.)</c>, <c>Sen. Ed Markey, D-Mass.,</c>: a party's initial and a state's abbreviation in
    /// brackets or commas after a lawmaker's name label the lawmaker; they name no place where anything happens.
    /// </summary>
    private static bool PartyLabel(string text, TextSpan span)
    {
        var words = text.AsSpan(span.Start, span.Length);
        return words.Length >= 3 && words[0] is 'R' or 'D' or 'I' && words[1] == '-' && char.IsUpper(words[2])
            && span.Start > 0 && (text[span.Start - 1] == '(' || (span.Start > 1 && text[span.Start - 1] == ' ' && text[span.Start - 2] == ','));
    }

    /// <summary>
    /// <c>Strait of Hormuz</c>, <c>Gulf of Mexico</c>: a name the names stage found only in part, joined with the
    /// capitalised word and <c>of</c> before it or the <c>of</c> and capitalised words after it, when the gazetteer knows
    /// the whole (`the Gulf of Mexico` is a sea, not `Gulf` and `Mexico`).
    /// </summary>
    private TextSpan WithOf(string text, TextSpan span)
    {
        const string Of = " of ";
        if (span.Start > Of.Length && text.AsSpan(span.Start - Of.Length, Of.Length).SequenceEqual(Of))
        {
            var wordStart = span.Start - Of.Length;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart < span.Start - Of.Length && char.IsUpper(text[wordStart]) && gazetteer.Contains(text.AsSpan(wordStart, span.End - wordStart)))
            {
                return new TextSpan(wordStart, span.End);
            }
        }

        if (span.End + Of.Length < text.Length && text.AsSpan(span.End, Of.Length).SequenceEqual(Of) && char.IsUpper(text[span.End + Of.Length]))
        {
            // (Up to two capitalised words after `of`: `Gulf of Mexico`, `Bay of Bengal`.)
            var end = WordEnd(text, span.End + Of.Length);
            for (var words = 0; words < 2; words++)
            {
                if (gazetteer.Contains(text.AsSpan(span.Start, end - span.Start)))
                {
                    return new TextSpan(span.Start, end);
                }

                if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]))
                {
                    break;
                }

                end = WordEnd(text, end + 1);
            }
        }

        return span;
    }

    internal bool HyphenatedPlace(ReadOnlySpan<char> name)
    {
        var parts = 0;
        var particle = false;
        foreach (var range in name.Split('-'))
        {
            var part = name[range];
            if (part.IsEmpty || !part.ContainsAnyExcept(' '))
            {
                return false;
            }

            particle |= parts > 0 && char.IsLower(part[0]) && range.End.GetOffset(name.Length) < name.Length;
            parts++;
        }

        return parts >= 3 && particle && char.IsUpper(name[0]) && char.IsUpper(name[name.LastIndexOf('-') + 1])
            && (gazetteer.Contains(name) || gazetteer.Contains(name.ToString().Replace('-', ' ')));
    }

    private static bool StartsWithTitle(string text, TextSpan span)
    {
        var first = text.AsSpan(span.Start, span.Length);
        var space = first.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        var word = first[..space].TrimEnd('.');
        return Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && word is not ("St" or "Saint" or "King" or "Queen" or "Prince");
    }

    private List<TextSpan> FindCapitalised(string text)
    {
        var found = new List<TextSpan>();
        var surnames = NameEndings(text);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordStart(text, i) || !char.IsUpper(text[i]))
            {
                i++;
                continue;
            }

            var end = Match(text, i);
            if (end > i && (surnames.Contains(text[i..end]) || AuthorAfterBy(text, i, end)))
            {
                i = end;
            }
            else if (end > i)
            {
                found.Add(new TextSpan(i, end));
                i = end;
            }
            else
            {
                i = WordEnd(text, i);
            }
        }

        return found;
    }

    // `music by Chopin`, `a play by Shakespeare`: one capitalised word straight after `by` is an author or an agent, not
    // a village named like them (GeoNames has many); a state, a division or a city of some size after `by` (`invaded by
    // Iraq`, `condemned by Moscow`) stays a place.
    private bool AuthorAfterBy(string text, int start, int end) =>
        start >= 3 && text.AsSpan(start - 3, 3).SequenceEqual("by ") && (start == 3 || !char.IsLetter(text[start - 4]))
        && text.AsSpan(start, end - start).IndexOf(' ') < 0 && !NamesStateOrDivision(text.AsSpan(start, end - start))
        && !Large(text.AsSpan(start, end - start));

    private bool Large(ReadOnlySpan<char> phrase)
    {
        foreach (var index in gazetteer.Find(phrase))
        {
            if (gazetteer.Entry(index).Population >= MinPopulationOpening)
            {
                return true;
            }
        }

        return false;
    }

    // Last words of capitalised names that are not places (`Tom Jones` makes a later `Jones` a person).
    private HashSet<string> NameEndings(string text)
    {
        var endings = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordStart(text, i) || !char.IsUpper(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var last = i;
            var words = 0;
            while (true)
            {
                var end = WordEnd(text, i);
                words++;
                if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
                {
                    last = end + 1;
                    i = end + 1;
                    continue;
                }

                if (words > 1 && !NotPlaces.Contains(text[start..(WordEnd(text, start))]) && !gazetteer.Contains(text.AsSpan(start, end - start))
                    && !Titles.Contains(text[last..end]))
                {
                    endings.Add(text[last..end]);
                }

                i = Math.Max(end, i + 1);
                break;
            }
        }

        return endings;
    }

    // The end of the longest known phrase starting at `start`, or `start` when none is kept.
    private int Match(string text, int start)
    {
        var ends = new List<int>(MaxWords);
        var at = start;
        for (var w = 0; w < MaxWords; w++)
        {
            at = WordEnd(text, at);
            ends.Add(at);
            if (at + 1 >= text.Length || text[at] != ' ' || !char.IsUpper(text[at + 1]))
            {
                break;
            }

            at++;
        }

        for (var k = ends.Count - 1; k >= 0; k--)
        {
            var phrase = text.AsSpan(start, ends[k] - start);
            // `Voters have rejected...`: a capitalised word opening a sentence may be any word, so alone there it
            // must name a place of some size (a city of 100,000, a division, a country), not a village's alternate name.
            var opening = k == 0 && SentenceStart(text, start);
            if (!Known(phrase, k == 0, opening ? MinPopulationOpening : MinPopulationAlone, opening)
                || (k == 0 && (NotPlaces.Contains(phrase.ToString()) || Titles.Contains(phrase.ToString())
                    || gazetteer.CountryOfDemonym(phrase) is not null)))
            {
                continue;
            }

            // Inside a longer capitalised name (`Henry Ford`, `Dublin Road`): not a place on its own.
            if (InsideLongerName(text, start, ends[k], k == ends.Count - 1))
            {
                return start;
            }

            return ends[k];
        }

        return start;
    }

    private bool NamesStateOrDivision(ReadOnlySpan<char> phrase)
    {
        foreach (var index in gazetteer.Find(phrase))
        {
            if (gazetteer.Entry(index).Precision is GeoPrecision.Country or GeoPrecision.Admin1)
            {
                return true;
            }
        }

        return false;
    }

    private bool Known(ReadOnlySpan<char> phrase, bool singleWord, long minPopulation, bool opening = false)
    {
        // An abbreviation in capitals (`UN`, `FDA`) is a place only when it names a country or division (`UK`, `NSW`).
        var abbreviation = phrase.Length <= 4 && !phrase.ContainsAnyExcept(Capitals);
        var candidates = gazetteer.Find(phrase);
        if (candidates.IsEmpty && PlaceName.TryStrip(phrase, out var stripped, out _) && !singleWord)
        {
            candidates = gazetteer.Find(stripped);
        }

        foreach (var index in candidates)
        {
            var entry = gazetteer.Entry(index);
            // `Human rights groups said`: opening a sentence, a town's other name (Uman's `Human`) is more likely a
            // word; only a city of a million answers to its other names there (`Bombay`, `Kiev`).
            var otherName = opening && singleWord && entry.Precision == GeoPrecision.City
                && !phrase.Equals(entry.Name, StringComparison.OrdinalIgnoreCase) && entry.Population < MinPopulationOtherNameOpening;
            if (abbreviation ? entry.Precision != GeoPrecision.City
                : !singleWord || entry.Precision != GeoPrecision.City || (entry.Population >= minPopulation && !otherName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideLongerName(string text, int start, int end, bool longest)
    {
        var before = start - 1;
        if (before > 1 && text[before] == ' ' && text[before - 1] == '.')
        {
            before--;
        }

        if (before > 0 && text[before] is ' ' or '.' && char.IsLetter(text[before - 1]))
        {
            var wordStart = before - 1;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var previous = text[wordStart..before];
            if (Titles.Contains(previous) || (char.IsUpper(text[wordStart]) && !SentenceStart(text, wordStart)
                && !NotPlaces.Contains(previous)))
            {
                return true;
            }
        }

        return !longest;
    }

    private static bool SentenceStart(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '"' or '\u201C' or ':';
    }

    private static bool IsWordStart(string text, int i) => i == 0 || !char.IsLetterOrDigit(text[i - 1]);

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '-' or '.' && i + 1 < text.Length && char.IsUpper(text[i + 1]))))
        {
            i++;
        }

        return i;
    }
}
