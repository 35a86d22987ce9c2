namespace Chronicle.Contract;

/// <summary>The contract's spellings of Core's enums: <c>PERSON</c>, <c>at_least</c>, <c>PROTEST</c>.</summary>
public static class WireNames
{
    /// <summary>PERSON, ORG, GPE, LOC, NORP, MISC.</summary>
    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Norp => "NORP",
        _ => "MISC",
    };

    /// <summary>DATE, TIME, DURATION, SET.</summary>
    public static string Of(TimexType type) => type.ToString().ToUpperInvariant();

    /// <summary>exact, approx, at_least, at_most, range.</summary>
    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Approx => "approx",
        Qualifier.AtLeast => "at_least",
        Qualifier.AtMost => "at_most",
        Qualifier.Range => "range",
        _ => "exact",
    };

    /// <summary>site, city, admin1, country.</summary>
    public static string Of(GeoPrecision precision) => precision.ToString().ToLowerInvariant();

    /// <summary>PLOVER's upper-case type names.</summary>
    public static string Of(PloverType type) => type.ToString().ToUpperInvariant();

    /// <summary>asserted, reported, alleged, denied, negated, hypothetical.</summary>
    public static string Of(Modality modality) => modality.ToString().ToLowerInvariant();

    /// <summary>asserts, alleges, denies, questions.</summary>
    public static string Of(Stance stance) => stance.ToString().ToLowerInvariant();

    /// <summary>source, target.</summary>
    public static string Of(ActorRole role) => role.ToString().ToLowerInvariant();

    /// <summary>participants, killed, injured, arrested, weapons.</summary>
    public static string Of(CountKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>day, week, month, year.</summary>
    public static string Of(DatePrecision precision) => precision.ToString().ToLowerInvariant();
}
