namespace Chronicle.Events;

// The country a name or a national word stands for: demonyms, states' names, the actor dictionary, roles.
internal sealed partial class ActorReader
{
    private string? WordsCountry(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var word = view.Word(k);
            if (word.Length < 3 || !char.IsUpper(word[0]))
            {
                continue;
            }

            if (Demonym(word) is { } country || (country = CountryNames.OfficialCountry(word) ?? Misspelt(k)) is not null)
            {
                return country;
            }

            // `Labour MPs`, `a Tory spokesman`: a party's name says whose politics the actor is in.
            if (PartyAt(k, last) is { } party)
            {
                return party;
            }

            foreach (var i in view.Gazetteer.Find(word))
            {
                var entry = view.Gazetteer.Entry(i);
                // `Baghdad University Medical School`: a name opened by a capital's is of that capital's country.
                // (`Bin Laden`: a word of three letters is a capital only by its own name, not by one of its aliases.)
                if ((entry.Precision == GeoPrecision.Country || (entry.FeatureCode == "PPLC" && k == first
                        && (word.Length > 3 || word.Equals(entry.Name, StringComparison.Ordinal)))) && entry.Country.Length > 0)
                {
                    return entry.Country;
                }
            }
        }

        return null;
    }

    private string? PartyAt(int k, int last)
    {
        for (var n = Math.Min(parties.MaxWords - 1, last - k); n >= 0; n--)
        {
            var start = view.Tokens[k].Span.Start;
            if (parties.Of(view.Text.AsSpan(start, view.Tokens[k + n].Span.End - start), Home, view.Focus) is { } country)
            {
                return country;
            }
        }

        return null;
    }

    private string? Demonym(ReadOnlySpan<char> word) => view.Gazetteer.CountryOfDemonym(word) ?? Territories.CountryOfPeople(word);

    // `the Bush administration`, `President X's government`: a leader the dictionary knows gives his government its country.
    private string? ModifierCountry(int t)
    {
        // A person's name is not read as a place (a town may share it): the dictionary and the article say better.
        var mention = view.Found.Entities[view.EntityAt[t]];
        return mention.Type switch
        {
            EntityType.Person => RoleCountry(view.EntityAt[t]) ?? persons.Stated(mention.Canonical) ?? PersonKnownCountry(mention.Canonical) ?? TitledKnownCountry(mention.Canonical) ?? persons.Find(mention.Canonical) ?? LeaderCountry(mention.Canonical) ?? HomeNamedAround(t) ?? FocusNamedAround(t) ?? Home,
            // `Cabinet members`: a state's institution the dictionary does not know is the one of the article's politics.
            EntityType.Org => RoleCountry(view.EntityAt[t]) ?? KnownCountry(mention.Canonical, false) ?? CountryOfName(t)
                ?? (IsHomeInstitution(t) ? Home : null),
            // `the Bush administration` with `Bush` read as a village: a leader the dictionary knows is meant.
            EntityType.Gpe or EntityType.Loc when !IsCountryOrRegion(t) && KnownCountry(mention.Canonical, true) is { } leader => leader,
            // `Saudi officials` with `Saudi` read as a miscellaneous name: a people's word the country lists lack.
            EntityType.Misc => CountryOfName(t) ?? Territories.CountryOfPeople(mention.Canonical),
            _ => CountryOfName(t),
        };
    }

    // `the Bush administration` read as one organisation's name: the leader the dictionary knows gives its country.
    private string? LeadersGovernment(string name)
    {
        var space = name.LastIndexOf(' ');
        var leader = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        return space > leader && WordSets.ActorNouns.Contains(name.AsSpan(space + 1)) ? KnownCountry(name[leader..space], partialNames: true) : null;
    }

    // `Zimbabwean Prime Minister X`: the roles stage read the title's affiliation.
    private string? RoleCountry(int entity)
    {
        foreach (var role in view.Found.Roles)
        {
            // `Norfolk farmer X` with Norfolk read as a town abroad: the farmer is of the article's country.
            if (role.Entity == entity && role.Country is { } c)
            {
                return role.Affiliation is { } affiliation && PlaceNamed(affiliation) is { } place && place.Country == c
                    && PlaceCountryAtHome(place, affiliation) != c ? Home : c;
            }
        }

        return null;
    }

    // Leaders and organisations the actor dictionary knows, in the role they held when the article was written.
    // `President Bush` names two presidents of one country: the title phrase is tried when the bare name is not known.
    // A person the dictionary lists under this very name gives its country when the article names that country (a place,
    // a demonym, an institution, its politics), when the person is known worldwide (listed under several names), or when
    // the article names no country at all; otherwise a namesake abroad (`Peter Smith`, a British MP, and a Cayman Islands
    // politician) would give a country the story never goes to. One whose dictionary name only contains this one's words
    // (a middle name more: `John Smith` and `John Hilary Smith`) needs the article to name that country too.
    private string? PersonKnownCountry(string name)
    {
        if (KnownCountry(name, partialNames: false) is { } exact)
        {
            return Vouched(exact) || WorldKnown(name) || (Mentioned.Count == 0 && Home is null) ? exact : null;
        }

        return KnownCountry(name, partialNames: true) is { } partial && Vouched(partial) && (Home is null || Home == partial) ? partial : null;
    }

    // `Saddam`, `Mr. Bush` in 1990: one name word the dictionary's leaders of that day share, all of one country, names
    // that country's leader before a country named nearby is taken for his. A namesake leader abroad (`Mr Howard` in a
    // British story, Australia's prime minister) counts only when the article names his country or names none.
    private string? LeaderCountry(string canonical) =>
        lexicon?.LeaderOn(canonical, view.Document.Published) is { } c && (Vouched(c) || Home is null) ? c : null;

    private bool Vouched(string country) => Mentioned.Contains(country) || Home == country;

    // `President Reagan` in the lead, `Reagan` after: the dictionary knows a leader by the title the article introduced
    // him with (`PRESIDENT REAGAN`), and a bare surname the names stage gives the same canonical name is the same person.
    private string? TitledKnownCountry(string canonical)
    {
        titled ??= new(StringComparer.Ordinal);
        if (titled.TryGetValue(canonical, out var known))
        {
            return known;
        }

        foreach (var e in view.Found.Entities)
        {
            if (e.Type != EntityType.Person || e.Canonical != canonical || view.NextToken(e.Span.Start) is not (var start and > 0))
            {
                continue;
            }

            // Up to two capitalised title words right before the name (`Defence Secretary X`), none of another name.
            var first = start;
            while (first > Math.Max(0, start - 2) && view.EntityAt[first - 1] < 0 && view.Tag(first - 1) == "NNP"
                && char.IsUpper(view.Word(first - 1)[0]))
            {
                first--;
            }

            if (first < start && KnownCountry(view.Text[view.Tokens[first].Span.Start..e.Span.End], partialNames: true) is { } country)
            {
                known = country;
                break;
            }
        }

        titled[canonical] = known;
        return known;
    }

    // Listed under several names (`Merkel`, `Chancellor Merkel`, `Angela Dorothea Merkel`): a figure the world's press writes about.
    private bool WorldKnown(string name) => lexicon?.Find(name, view.Document.Published, partialNames: false) is { Names.Length: >= 4 };

    // The countries the article names in places, demonyms and institutions (not by the people it names).
    private HashSet<string> Mentioned => mentioned ??= ReadMentioned();

    private HashSet<string> ReadMentioned()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in view.Found.Places)
        {
            if (place.Place.Country is { } country)
            {
                found.Add(country);
            }
        }

        foreach (var e in view.Found.Entities)
        {
            if ((e.Type == EntityType.Norp ? view.Gazetteer.CountryOfDemonym(e.Canonical.AsSpan()) : InstitutionCountry(view.Text.AsSpan(e.Span.Start, e.Span.Length)))
                is { } country)
            {
                found.Add(country);
            }
        }

        return found;
    }

    private string? KnownCountry(string name, bool partialNames) =>
        lexicon?.CountryOf(name, view.Document.Published, partialNames);

    // The places stage gives a name it cannot find the country around it; only a name the gazetteer lists is surely a place.
    private bool IsCountryOrRegion(int t) =>
        view.PlaceAt[t] >= 0 && view.Found.Places[view.PlaceAt[t]] is var place
        && place.Place.Precision is GeoPrecision.Country or GeoPrecision.Admin1
        && view.Gazetteer.Contains(view.Text.AsSpan(place.Span.Start, place.Span.Length));

    /// <summary>The country a name stands for: a place's country, a demonym's country, a person's known country.</summary>
    public string? CountryOfName(int t)
    {
        var mention = view.Found.Entities[view.EntityAt[t]];
        if (view.PlaceAt[t] >= 0)
        {
            var place = view.Found.Places[view.PlaceAt[t]];
            var name = view.Text.AsSpan(place.Span.Start, place.Span.Length);
            // A name the gazetteer does not list was given the country around it: a misspelt state's own name says better.
            var state = view.Gazetteer.Contains(name) ? null : StateNamedAt(FirstOfEntity(t), t);
            // `Whitehall officials`, `Downing Street said`: an institution's seat read as a namesake town abroad is the institution's.
            // (`the Soviet Union`: a state gone since keeps its own code, though the gazetteer places it at its successor.)
            return SharedName(name, InstitutionCountry(name) ?? Territories.CountryOf(name, view.Gazetteer) ?? state
                ?? CountryNames.OfficialCountry(name) ?? StateOfName(name) ?? PlaceCountryAtHome(place.Place, name));
        }

        return mention.Type switch
        {
            EntityType.Norp => view.Gazetteer.CountryOfDemonym(mention.Canonical.AsSpan()),
            EntityType.Person => persons.Find(mention.Canonical),
            _ => null,
        };
    }

    // `Congo` is the short name of two states: news from Goma or Kinshasa means the one there, news from Brazzaville the
    // other; the one of the two the article's places rank first.
    private string? SharedName(ReadOnlySpan<char> name, string? country)
    {
        if (country is not ("CD" or "CG") || !name.Equals("Congo", StringComparison.OrdinalIgnoreCase))
        {
            return country;
        }

        foreach (var ranked in view.Countries)
        {
            if (ranked is "CD" or "CG")
            {
                return ranked;
            }
        }

        return country;
    }

    // `Niger's ambassador`, `praised Haiti's efforts`: a name that is a state's own name stands for the state as an actor,
    // though the places stage may have read it as a namesake region or town (Niger State, a Haiti in the US).
    private string? StateOfName(ReadOnlySpan<char> name)
    {
        foreach (var i in view.Gazetteer.Find(name))
        {
            if (view.Gazetteer.Entry(i) is { Precision: GeoPrecision.Country, Country.Length: > 0 } entry)
            {
                return entry.Country;
            }
        }

        return null;
    }

    // `the PRC`, `the Democratic People's Republic of Korea` (a name the name stage cuts at `'s`), `Ethopia`:
    // a state the gazetteer does not list under that name, read from the name's first word on.
    private string? StateNamedAt(int k, int last)
    {
        if (view.Word(k).Equals("the", StringComparison.OrdinalIgnoreCase) && k < last)
        {
            k++;
        }

        var start = view.Tokens[k].Span.Start;
        for (var end = Math.Min(view.Tokens.Length - 1, k + CountryNames.MaxTokens); end > k; end--)
        {
            if (CountryNames.OfficialCountry(view.Text.AsSpan(start, view.Tokens[end].Span.End - start)) is { } official)
            {
                return official;
            }
        }

        return Misspelt(k);
    }

    // A proper noun one letter from a country's name, unless it names a person or an actor the dictionary knows.
    private string? Misspelt(int k) =>
        view.Tag(k) == "NNP" && !IsPerson(k) && view.Names.Misspelt(view.Word(k)) is { } country
            && KnownCountry(view.Word(k).ToString(), partialNames: false) is null ? country : null;
}
