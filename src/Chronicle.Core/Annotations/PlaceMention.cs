namespace Chronicle;

/// <summary>How precisely a place is known, after ACLED's geo-precision.</summary>
public enum GeoPrecision
{
    /// <summary>A named site inside a city: a square, an embassy, a camp.</summary>
    Site,
    /// <summary>A city, town or village.</summary>
    City,
    /// <summary>A first-level administrative division.</summary>
    Admin1,
    /// <summary>A whole country.</summary>
    Country,
}

/// <summary>A gazetteer entry: what a place name resolves to.</summary>
/// <param name="Name">The gazetteer's name for it.</param>
/// <param name="GeonameId">Its GeoNames id, when the gazetteer has one.</param>
/// <param name="Country">ISO 3166 alpha-2 code.</param>
/// <param name="Admin1">GeoNames admin1 code within the country.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
/// <param name="Precision">How precisely the place is known.</param>
public sealed record Place(
    string Name, long? GeonameId, string? Country, string? Admin1, double? Latitude, double? Longitude, GeoPrecision Precision);

/// <summary>A place name in the text resolved to a gazetteer entry.</summary>
/// <param name="Span">Where the name is.</param>
/// <param name="Place">What it resolves to.</param>
public sealed record PlaceMention(TextSpan Span, Place Place);
