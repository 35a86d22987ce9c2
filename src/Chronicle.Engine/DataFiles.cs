namespace Chronicle.Engine;

/// <summary>Where each model and lexicon lives under the data directory (see data/*/README.md for their origins).</summary>
/// <param name="Directory">The data directory.</param>
public sealed record DataFiles(string Directory)
{
    /// <summary>The data directory beside the running binary, where the build copies <c>data/</c>.</summary>
    public static DataFiles Default { get; } = new(Path.Combine(AppContext.BaseDirectory, "data"));

    /// <summary>The part-of-speech model.</summary>
    public string PosModel => Path.Combine(Directory, "pos", "pos.bin.gz");

    /// <summary>The name recogniser's model.</summary>
    public string NameModel => Path.Combine(Directory, "ner", "ner-model.bin.gz");

    /// <summary>The GeoNames gazetteer with countries, admin1 divisions and demonyms.</summary>
    public string Gazetteer => Path.Combine(Directory, "gazetteer", "places.bin.gz");

    /// <summary>PETRARCH2's Phoenix actors and agents with dated CAMEO roles.</summary>
    public string Actors => Path.Combine(Directory, "actors", "actors.tsv.gz");

    /// <summary>The attribution taggers trained on PolNeAR.</summary>
    public string AttributionModel => Path.Combine(Directory, "quotes", "attribution.bin.gz");

    /// <summary>Social platforms named as organisations (from the npm package social-links).</summary>
    public string Platforms => Path.Combine(Directory, "ner", "platforms.txt");

    /// <summary>The weights of the events' confidence, learned from events read by hand.</summary>
    public string EventConfidence => Path.Combine(Directory, "events", "confidence", "weights.tsv");

    /// <summary>The directory of the PLOVER → ACLED and CAMEO tables and the country table.</summary>
    public string Mappings => Path.Combine(Directory, "mappings");
}
