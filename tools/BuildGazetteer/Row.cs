using Chronicle;
using Chronicle.Recognizers.Places;

namespace BuildGazetteer;

/// <summary>One gazetteer row: kind R (region), C (country), A (admin1), D (US county) or P (populated place).</summary>
internal sealed record Row(
    char Kind, long GeonameId, string Name, string Country, string Admin1,
    double Latitude, double Longitude, long Population, string FeatureCode,
    List<string> Names, List<string> Demonyms)
{
    /// <summary>GeoNames admin2 code (US: the county FIPS code); used while building only.</summary>
    public string Admin2 { get; init; } = "";

    /// <summary>
    /// The row as the library stores it. A county is kept at city precision: it is a place of about a city's
    /// extent, and ranking and nearness treat it as one.
    /// </summary>
    public GazetteerRow ToGazetteerRow()
    {
        var precision = Kind switch { 'C' or 'R' => GeoPrecision.Country, 'A' => GeoPrecision.Admin1, _ => GeoPrecision.City };
        var names = Names.Where(n => n != Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var demonyms = Demonyms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new GazetteerRow(
            new GazetteerEntry(GeonameId, Name, Country, Admin1, Latitude, Longitude, Population, FeatureCode, precision), names, demonyms);
    }
}
