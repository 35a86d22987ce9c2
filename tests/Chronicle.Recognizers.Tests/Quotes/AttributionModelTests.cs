using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Testing;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class AttributionModelTests
{
    [Fact]
    public void Committed_model_survives_a_save_and_load()
    {
        var model = AttributionModel.Load(Path.Combine(RepositoryPaths.Root, "data", "quotes", "attribution.bin.gz"));
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var reloaded = AttributionModel.Load(stream);
        reloaded.Version.ShouldBe(model.Version);
        reloaded.FeatureCount.ShouldBe(model.FeatureCount);
        reloaded.CueMargin.ShouldBe(model.CueMargin);
        reloaded.OpenCandidates.ShouldBe(model.OpenCandidates);
        reloaded.RequireSource.ShouldBe(model.RequireSource);
    }
}
