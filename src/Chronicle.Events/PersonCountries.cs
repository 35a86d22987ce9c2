namespace Chronicle.Events;

/// <summary>
/// The countries of the people of one article, learnt where a name is introduced with one
/// (<c>France's president X</c>, <c>Syrian President Y</c>, <c>Labour MP Z</c>), so later bare mentions of them carry it too.
/// What the article says of a person beats what a dictionary says of a namesake.
/// </summary>
internal sealed class PersonCountries
{
    private readonly Dictionary<string, string> countries = new(StringComparer.Ordinal);
    // Introduced with a title alone between the country and the name (`Labour MP X`), not across a clause (`the German
    // government welcomed President X`): what the article states, which beats a dictionary's namesake.
    private readonly Dictionary<string, string> stated = new(StringComparer.Ordinal);

    public PersonCountries(ArticleView view, PartyCountries? parties = null)
    {
        var entities = view.Found.Entities;
        for (var i = 0; i < entities.Length; i++)
        {
            if (entities[i].Type != EntityType.Person || countries.ContainsKey(entities[i].Canonical))
            {
                continue;
            }

            // `President X of Pakistan`, `Y, a Belgian national`: what follows the name states it as plainly as a title before it.
            if (After(view, i) is { } after)
            {
                countries[entities[i].Canonical] = after;
                stated[entities[i].Canonical] = after;
                continue;
            }

            // Look back over up to four words (titles, a possessive) for a country or a demonym.
            for (var j = i - 1; j >= 0 && entities[i].Span.Start - entities[j].Span.End < 40; j--)
            {
                var between = view.Text.AsSpan(entities[j].Span.End, entities[i].Span.Start - entities[j].Span.End);
                if (between.Contains('.') || between.Contains('\n') || (between.Contains(',') && !Apposition(between)))
                {
                    break;
                }

                // `the deal with Tanzania Mr X said`: a place run into a name with no title of office between them is
                // where something happened, not whose the person is (`Tanzanian President X` has one).
                if (entities[j].Type is EntityType.Gpe or EntityType.Loc && CourtesyOnly(between))
                {
                    break;
                }

                var country = entities[j].Type switch
                {
                    // `Soviet Foreign Minister X`: a people of a state gone since (read as MISC or NORP) is a demonym too.
                    EntityType.Norp or EntityType.Misc => view.Gazetteer.CountryOfDemonym(entities[j].Canonical.AsSpan())
                        ?? Territories.CountryOfPeople(entities[j].Canonical.AsSpan()),
                    EntityType.Gpe => PlaceCountry(view, entities[j].Span),
                    _ => null,
                } ?? (entities[j].Type != EntityType.Person ? view.Names.Find(entities[j].Canonical) ?? Party(view, parties, entities[j].Canonical)
                    : Possessive(between) ? State(view, entities[j].Canonical) : null);
                if (country is not null)
                {
                    countries[entities[i].Canonical] = country;
                    if (TitleOnly(between))
                    {
                        stated[entities[i].Canonical] = country;
                    }

                    break;
                }
            }
        }
    }

    public string? Find(string canonical) => countries.GetValueOrDefault(canonical);

    // The words a person's name is followed by: `of` and a state's own name (`President X of Pakistan`), or an apposition
    // that opens with a demonym (`X, a Belgian national`, `Y, an Iraqi businessman`); else null.
    private static string? After(ArticleView view, int i)
    {
        var entities = view.Found.Entities;
        // `Rep. John Mica (R-Fla.)`, `Sen. Ed Markey, D-Mass.,`: a party's initial and a state in brackets label an American lawmaker.
        var rest = view.Text.AsSpan(entities[i].Span.End);
        if (rest.Length >= 6 && (rest[0], rest[1]) is (' ', '(') or (',', ' ') && rest[2] is 'R' or 'D' or 'I' && rest[3] == '-' && char.IsUpper(rest[4]))
        {
            return "US";
        }

        if (i + 1 >= entities.Length)
        {
            return null;
        }

        var next = entities[i + 1];
        var between = view.Text.AsSpan(entities[i].Span.End, next.Span.Start - entities[i].Span.End);
        return between switch
        {
            " of " when next.Type is EntityType.Gpe or EntityType.Loc => PlaceCountry(view, next.Span) is { } state
                && State(view, next.Canonical) == state ? state : null,
            ", a " or ", an " when next.Type == EntityType.Norp && next.Span.End < view.Text.Length && view.Text[next.Span.End] == ' ' =>
                view.Gazetteer.CountryOfDemonym(next.Canonical.AsSpan()),
            _ => null,
        };
    }

    // Nothing but spaces and courtesy titles (`Mr`, `Dr`), which say nothing of a country.
    private static bool CourtesyOnly(ReadOnlySpan<char> between)
    {
        foreach (var range in between.Split(' '))
        {
            if (between[range] is { Length: > 0 } word && word is not ("Mr" or "Mrs" or "Ms" or "Miss" or "Dr" or "Sir" or "Dame"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The country the article states with the person's title (<c>Labour MP X</c>, <c>France's president Y</c>), or null.</summary>
    public string? Stated(string canonical) => stated.GetValueOrDefault(canonical);

    private static bool TitleOnly(ReadOnlySpan<char> between)
    {
        foreach (var range in between.Split(' '))
        {
            var word = between[range];
            if (word.Length > 0 && !char.IsUpper(word[0]) && !WordSets.ActorNouns.Contains(word)
                && word is not ("'s" or "’s" or "former" or "deputy" or "shadow" or "junior" or "senior" or "acting" or "then" or "new" or "ex"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The state a name stands for when the name stage read it as a person's (<c>Haiti's efforts</c>), else null.</summary>
    public static string? State(ArticleView view, string name)
    {
        foreach (var i in view.Gazetteer.Find(name))
        {
            if (view.Gazetteer.Entry(i) is { Precision: GeoPrecision.Country, Country.Length: > 0 } entry)
            {
                return entry.Country;
            }
        }

        return view.Names.Find(name);
    }

    // `Labour MP X`, `Tory MEP Y`, `SNP leader Z`: a party named before the person's title; the name stage may take the
    // title into the party's name (`Tory MP`), so its first words are tried too.
    private static string? Party(ArticleView view, PartyCountries? parties, string name)
    {
        if (parties is null)
        {
            return null;
        }

        var words = name.AsSpan();
        // `Ex-Labour MP X`: a former member is still of the party's country.
        if (words.StartsWith("Ex-", StringComparison.OrdinalIgnoreCase) || words.StartsWith("Former ", StringComparison.OrdinalIgnoreCase))
        {
            words = words[(words.IndexOfAny('-', ' ') + 1)..];
        }

        while (words.Length > 0)
        {
            if (parties.Of(words, null, view.Focus) is { } country)
            {
                return country;
            }

            var space = words.LastIndexOf(' ');
            words = space > 0 ? words[..space] : [];
        }

        return null;
    }

    private static bool Possessive(ReadOnlySpan<char> between) =>
        between.StartsWith("'s ", StringComparison.Ordinal) || between.StartsWith("’s ", StringComparison.Ordinal);

    // `Qatar's emir, Sheikh X`: a title held of a state, then the holder's name in apposition after one comma.
    private static bool Apposition(ReadOnlySpan<char> between)
    {
        var comma = between.IndexOf(',');
        if (!Possessive(between) || between[(comma + 1)..].Contains(','))
        {
            return false;
        }

        var title = between[3..comma].Trim();
        var space = title.LastIndexOf(' ');
        return title.Length > 0 && WordSets.ActorNouns.Contains(space < 0 ? title : title[(space + 1)..]);
    }

    private static string? PlaceCountry(ArticleView view, TextSpan span)
    {
        foreach (var place in view.Found.Places)
        {
            if (place.Span.Overlaps(span) && place.Place.Precision == GeoPrecision.Country)
            {
                return place.Place.Country;
            }
        }

        return null;
    }
}
