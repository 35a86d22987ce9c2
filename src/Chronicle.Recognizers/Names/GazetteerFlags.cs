namespace Chronicle.Recognizers.Names;

/// <summary>What lists a phrase appears in. A phrase may be in several (a city that is also a surname).</summary>
[Flags]
#pragma warning disable CA1711 // "Flags" is the plain word for a [Flags] enum here.
public enum GazetteerFlags : ushort
#pragma warning restore CA1711
{
    /// <summary>In no list.</summary>
    None = 0,
    /// <summary>A country's common, official or alternative name.</summary>
    Country = 1,
    /// <summary>A GeoNames populated place (population 500 or more).</summary>
    City = 2,
    /// <summary>A GeoNames populated place of 100,000 or more.</summary>
    BigCity = 4,
    /// <summary>A nationality (demonym, singular or plural).</summary>
    Demonym = 8,
    /// <summary>A religious or political group word.</summary>
    GroupWord = 16,
    /// <summary>A person's full name from the PETRARCH2 actor dictionaries.</summary>
    Person = 32,
    /// <summary>The first word of such a name.</summary>
    FirstName = 64,
    /// <summary>The last word of such a name.</summary>
    LastName = 128,
    /// <summary>An organisation or group from the PETRARCH2 actor dictionaries.</summary>
    Org = 256,
    /// <summary>A continent, sea or region: a place that is not a government.</summary>
    Region = 512,
    /// <summary>A first-level administrative division (state, province).</summary>
    Admin1 = 1024,
    /// <summary>Not a list: the words so far begin a longer phrase, so matching goes on (saves lookups).</summary>
    Prefix = 0x8000,
}
