using Chronicle.Recognizers.Places;
using Chronicle.Testing;

namespace Chronicle.Recognizers.Tests.Places;

/// <summary>Loads the committed gazetteer once for all place tests.</summary>
public sealed class GazetteerFixture
{
    public Gazetteer Gazetteer { get; } =
        Gazetteer.Load(Path.Combine(RepositoryPaths.Root, "data", "gazetteer", "places.bin.gz"));
}

[CollectionDefinition(Name)]
public sealed class SharedGazetteer : ICollectionFixture<GazetteerFixture>
{
    public const string Name = "gazetteer";
}
