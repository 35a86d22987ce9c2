namespace Chronicle.Recognizers.Places;

/// <summary>
/// What an article says about where it is: weights of the countries and divisions named, implied by
/// demonyms, or resolved so far. The top country is the article's focus.
/// </summary>
internal sealed class ArticleContext(Gazetteer gazetteer)
{
    private readonly Dictionary<string, double> countries = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Country, string Admin1), double> divisions = [];
    private readonly List<GazetteerEntry> cities = [];
    private double countryTotal;
    private double divisionTotal;

    public ArticleContext Copy()
    {
        var copy = new ArticleContext(gazetteer) { countryTotal = countryTotal, divisionTotal = divisionTotal };
        foreach (var (k, v) in countries)
        {
            copy.countries[k] = v;
        }

        foreach (var (k, v) in divisions)
        {
            copy.divisions[k] = v;
        }

        return copy;
    }

    public bool HasDivisions => divisionTotal > 0;

    // A share is taken of at least this much evidence, so that one weak guess alone (a small town that is
    // the only reading of its name) does not make a whole country the article's focus.
    private const double LeastEvidence = 1;

    public double CountryShare(string country) =>
        countryTotal > 0 && countries.TryGetValue(country, out var w) ? w / Math.Max(LeastEvidence, countryTotal) : 0;

    public double Admin1Share(string country, string admin1) =>
        divisionTotal > 0 && divisions.TryGetValue((country, admin1), out var w) ? w / Math.Max(LeastEvidence, divisionTotal) : 0;

    /// <summary>Demonyms (<c>Iranian</c>) point at their country.</summary>
    public void AddDemonyms(string text)
    {
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsUpper(span[i]) || (i > 0 && char.IsLetter(span[i - 1])))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < span.Length && char.IsLetter(span[end]))
            {
                end++;
            }

            if (gazetteer.CountryOfDemonym(span[i..end]) is { } country)
            {
                AddCountry(country, 0.5);
            }

            i = end;
        }
    }

    /// <summary>A mention that can only be a country or a division says so before anything is resolved.</summary>
    public void AddNamed(MentionSlot slot)
    {
        // `Henderson County`, `Rapides Parish`: English-language news names counties this way mostly in
        // the United States; a hint for the focus, which only weighs the ranking.
        if (slot.Surface.EndsWith(" County", StringComparison.Ordinal) || slot.Surface.EndsWith(" Parish", StringComparison.Ordinal))
        {
            AddCountry("US", 1);
        }

        if (slot.QualifierCountry is { } qualified)
        {
            AddCountry(qualified, 1);
            if (slot.QualifierAdmin1 is { } admin1)
            {
                AddDivision(qualified, admin1, 1);
            }
        }

        if (slot.Candidates.Length == 1 && gazetteer.Entry(slot.Candidates[0]) is { Precision: not GeoPrecision.City } only)
        {
            AddCountry(only.Country, 1);
            if (only.Precision == GeoPrecision.Admin1)
            {
                AddDivision(only.Country, only.Admin1, 1);
            }
        }
    }

    /// <summary>A place resolved in the article, weighed by how sure its resolution is (1 for a sure one).</summary>
    public void AddPick(GazetteerEntry entry, double weight = 1)
    {
        AddCountry(entry.Country, weight);
        if (entry.Admin1.Length > 0)
        {
            AddDivision(entry.Country, entry.Admin1, weight);
        }

        if (entry.Precision == GeoPrecision.City)
        {
            cities.Add(entry);
        }
    }

    /// <summary>The best place to put a name the gazetteer lacks: the article's first city in its main division, else its focus country.</summary>
    public GazetteerEntry? Container() =>
        CityContainer() ?? (countries.Count > 0 ? gazetteer.Country(countries.MaxBy(c => c.Value).Key) : null);

    /// <summary>
    /// The container of a street or a building (<c>Downing Street</c>): the article's first city in its main
    /// division, else the weightiest country inside which the article names a place, else none. A country the
    /// article only names (<c>Iraq</c> in an article about a row in London) is what it talks about, not where its
    /// streets are.
    /// </summary>
    public GazetteerEntry? LocalContainer()
    {
        if (divisions.Count == 0)
        {
            return null;
        }

        var placed = countries.Where(c => divisions.Keys.Any(d => d.Country == c.Key)).ToList();
        return CityContainer() ?? (placed.Count > 0 ? gazetteer.Country(placed.MaxBy(c => c.Value).Key) : null);
    }

    // The article's first city in its main division, or null.
    private GazetteerEntry? CityContainer()
    {
        if (divisions.Count == 0)
        {
            return null;
        }

        var top = divisions.MaxBy(d => d.Value).Key;
        return cities.Find(c => c.Country == top.Country && c.Admin1 == top.Admin1);
    }

    /// <summary>
    /// The best place for a name the gazetteer lacks that the text places in a country (and division):
    /// <c>Camp Nowhere, Iraq</c>. The article's first city in that division (or in the country's main division),
    /// else the country itself.
    /// </summary>
    public GazetteerEntry? ContainerIn(string country, string? admin1)
    {
        var division = admin1 ?? divisions.Where(d => d.Key.Country == country).OrderByDescending(d => d.Value).Select(d => d.Key.Admin1).FirstOrDefault();
        var city = division is null ? null : cities.Find(c => c.Country == country && c.Admin1 == division);
        return city ?? gazetteer.Country(country);
    }

    private void AddCountry(string country, double weight)
    {
        countries[country] = countries.GetValueOrDefault(country) + weight;
        countryTotal += weight;
    }

    private void AddDivision(string country, string admin1, double weight)
    {
        divisions[(country, admin1)] = divisions.GetValueOrDefault((country, admin1)) + weight;
        divisionTotal += weight;
    }
}
