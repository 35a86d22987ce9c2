namespace Chronicle.Events;

/// <summary>
/// The countries of the people of one article, learnt where a name is introduced with one
/// (<c>Iran's president X</c>, <c>Syrian President Y</c>), so later bare mentions of them carry it too.
/// </summary>
internal sealed class PersonCountries
{
    private readonly Dictionary<string, string> countries = new(StringComparer.Ordinal);

    public PersonCountries(ArticleView view)
    {
        var entities = view.Found.Entities;
        for (var i = 0; i < entities.Length; i++)
        {
            if (entities[i].Type != EntityType.Person || countries.ContainsKey(entities[i].Canonical))
            {
                continue;
            }

            // Look back over up to four words (titles, a possessive) for a country or a demonym.
            for (var j = i - 1; j >= 0 && entities[i].Span.Start - entities[j].Span.End < 40; j--)
            {
                var between = view.Text.AsSpan(entities[j].Span.End, entities[i].Span.Start - entities[j].Span.End);
                if (between.Contains('.') || between.Contains(',') || between.Contains('\n'))
                {
                    break;
                }

                var country = entities[j].Type switch
                {
                    EntityType.Norp => view.Gazetteer.CountryOfDemonym(entities[j].Canonical.AsSpan()),
                    EntityType.Gpe => PlaceCountry(view, entities[j].Span),
                    _ => null,
                } ?? (entities[j].Type == EntityType.Person ? null : view.Names.Find(entities[j].Canonical));
                if (country is not null)
                {
                    countries[entities[i].Canonical] = country;
                    break;
                }
            }
        }
    }

    public string? Find(string canonical) => countries.GetValueOrDefault(canonical);

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
