namespace Chronicle.Contract.Exports;

/// <summary>A country as ACLED's columns name it.</summary>
/// <param name="Alpha3">ISO 3166 alpha-3, the prefix of ACLED's event ids.</param>
/// <param name="Numeric">ISO 3166 numeric code (ACLED's <c>iso</c>).</param>
/// <param name="Name">English name.</param>
/// <param name="Region">ACLED's region.</param>
public sealed record AcledCountry(string Alpha3, string Numeric, string Name, string Region);

/// <summary>What the ACLED export looks up outside the article: countries, disorder types, actors' interaction codes.</summary>
/// <param name="Country">The country of an ISO 3166 alpha-2 code, or null.</param>
/// <param name="DisorderType">ACLED's disorder type of an event type and sub-event type, or null.</param>
/// <param name="Inter">ACLED's interaction code (1 state forces … 8 external) of an actor's name, or null.</param>
/// <param name="Timestamp">The Unix time written in ACLED's <c>timestamp</c> column (when the export was made).</param>
public sealed record AcledLookups(
    Func<string, AcledCountry?> Country, Func<string, string, string?> DisorderType, Func<string, int?> Inter, long Timestamp);
