namespace Chronicle.Events.Coding;

/// <summary>A country's ISO 3166 codes, English name and ACLED region.</summary>
/// <param name="Alpha2">Two-letter code.</param>
/// <param name="Alpha3">Three-letter code.</param>
/// <param name="Numeric">Numeric code (ACLED's <c>iso</c>), or empty when ISO has none.</param>
/// <param name="Name">English common name.</param>
/// <param name="Region">ACLED's region.</param>
public sealed record CountryCodes(string Alpha2, string Alpha3, string Numeric, string Name, string Region);
