namespace Chronicle.Events;

// Towns and regions of the article's own country that the places stage read as namesakes abroad.
internal sealed partial class ActorReader
{
    private HashSet<string>? namedStates;

    /// <summary>
    /// True when a country comes only from a town or region read abroad (<c>the North East</c> as a region of Ghana,
    /// <c>Norfolk farmer X</c> with Norfolk as a town in Virginia) while the article's politics are of another country and
    /// it never names that one (no state's name, no demonym, no other region of it): when the gazetteer lists the name in
    /// another country too, or the place is a town and the article names its own state, the place at home is meant.
    /// </summary>
    private bool IsNamesakeAbroad(string? country, ReadOnlySpan<char> name, GeoPrecision precision)
    {
        if (country is null || Home is not { } politics || country == politics || NamesState(country) || !NoOtherRegion(country, name))
        {
            return false;
        }

        // `Macron accused Moscow of lying`: a state's capital names its government, never a namesake town (Moscow, Idaho).
        foreach (var i in view.Gazetteer.Find(name))
        {
            if (view.Gazetteer.Entry(i) is { FeatureCode: "PPLC" } capital && capital.Country == country)
            {
                return false;
            }
        }

        // A name the gazetteer lists in another country too may be the one at home it lacks (England's regions).
        foreach (var i in view.Gazetteer.Find(name))
        {
            if (view.Gazetteer.Entry(i).Country is { Length: > 0 } listed && listed != country)
            {
                return true;
            }
        }

        // `In one of Britain's cases, Norfolk farmer X`: an article that names its own state and of the other only towns
        // means towns at home (the gazetteer lacks most English counties).
        return precision is not (GeoPrecision.Country or GeoPrecision.Admin1) && NamesState(politics);
    }

    // No other place of the country named at the level of a state or a region (`Norfolk, Virginia` is abroad).
    private bool NoOtherRegion(string country, ReadOnlySpan<char> name)
    {
        foreach (var place in view.Found.Places)
        {
            var named = view.Text.AsSpan(place.Span.Start, place.Span.Length);
            if (place.Place.Country == country && !named.Equals(name, StringComparison.OrdinalIgnoreCase)
                && (place.Place.Precision == GeoPrecision.Admin1 || (place.Place.Precision == GeoPrecision.Country && IsStateName(named, country))))
            {
                return false;
            }
        }

        return true;
    }

    // The countries the article names as states: by a state's name, or by a demonym.
    private bool NamesState(string country)
    {
        if (namedStates is null)
        {
            namedStates = new HashSet<string>(StringComparer.Ordinal);
            foreach (var place in view.Found.Places)
            {
                if (place.Place.Precision == GeoPrecision.Country && place.Place.Country is { Length: > 0 } named
                    && IsStateName(view.Text.AsSpan(place.Span.Start, place.Span.Length), named))
                {
                    namedStates.Add(named);
                }
            }

            foreach (var e in view.Found.Entities)
            {
                if (e.Type == EntityType.Norp && Demonym(e.Canonical) is { } people)
                {
                    namedStates.Add(people);
                }
            }
        }

        return namedStates.Contains(country);
    }

    // Only a state's own name names it: `Downing Street` read as the government of a country does not.
    private bool IsStateName(ReadOnlySpan<char> name, string country) => InstitutionCountry(name) is null && StateOfName(name) == country;

    // The place the places stage read for this name, if it read one.
    private Place? PlaceNamed(string name)
    {
        foreach (var place in view.Found.Places)
        {
            if (view.Text.AsSpan(place.Span.Start, place.Span.Length).Equals(name, StringComparison.Ordinal))
            {
                return place.Place;
            }
        }

        return null;
    }

    /// <summary>The place's country, unless the place is a town or region of that name at home read as one abroad.</summary>
    public string? PlaceCountryAtHome(Place place, ReadOnlySpan<char> name) =>
        place.Precision != GeoPrecision.Country && IsNamesakeAbroad(place.Country, name, place.Precision) ? Home : place.Country;
}
