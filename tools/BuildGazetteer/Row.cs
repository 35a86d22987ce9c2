using System.Globalization;

namespace BuildGazetteer;

/// <summary>One gazetteer row: kind C (country), A (admin1) or P (populated place).</summary>
internal sealed record Row(
    char Kind, long GeonameId, string Name, string Country, string Admin1,
    double Latitude, double Longitude, long Population, string FeatureCode,
    List<string> Names, List<string> Demonyms)
{
    public string ToLine()
    {
        var names = Names.Where(n => n != Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return string.Join('\t',
            Kind.ToString(),
            GeonameId.ToString(CultureInfo.InvariantCulture),
            Name, Country, Admin1,
            Latitude.ToString("0.#####", CultureInfo.InvariantCulture),
            Longitude.ToString("0.#####", CultureInfo.InvariantCulture),
            Population.ToString(CultureInfo.InvariantCulture),
            FeatureCode,
            string.Join('|', names),
            string.Join('|', Demonyms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)));
    }
}
