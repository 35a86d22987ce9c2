namespace Chronicle.Recognizers.Places;

/// <summary>One gazetteer place: a country, a first-level division or a populated place.</summary>
/// <param name="GeonameId">The GeoNames id; 0 for countries and divisions, which come from other sources.</param>
/// <param name="Name">The main name.</param>
/// <param name="Country">ISO 3166 alpha-2 code.</param>
/// <param name="Admin1">GeoNames admin1 code, empty for countries.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
/// <param name="Population">Inhabitants (0 when unknown).</param>
/// <param name="FeatureCode">GeoNames feature code (<c>PPLC</c>, <c>PPLA</c>, <c>ADM1</c>, <c>PCLI</c>...).</param>
/// <param name="Precision">Country, admin1 or city.</param>
public sealed record GazetteerEntry(
    long GeonameId, string Name, string Country, string Admin1, double Latitude, double Longitude,
    long Population, string FeatureCode, GeoPrecision Precision)
{
    /// <summary>The entry as Core's <see cref="Place"/>.</summary>
    public Place ToPlace() => new(
        Name, GeonameId == 0 ? null : GeonameId, Country.Length == 0 ? null : Country, Admin1.Length == 0 ? null : Admin1, Latitude, Longitude, Precision);

    /// <summary>The entry as a containing place for a site the gazetteer lacks.</summary>
    public Place ToSitePlace(string name) => new(
        name, null, Country.Length == 0 ? null : Country, Admin1.Length == 0 ? null : Admin1, Latitude, Longitude,
        Precision == GeoPrecision.City ? GeoPrecision.Site : Precision);
}
