using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Testing;

namespace Chronicle.Recognizers.Tests.Quotes;

// Session 21b: the run-time settings re-chosen on held-out train with the nested reports dropped (data/quotes/README.md).
public sealed class CueSettingsSession21Tests
{
    private static AttributionModel Shipped() =>
        AttributionModel.Load(Path.Combine(RepositoryPaths.Root, "data", "quotes", "attribution.bin.gz"));

    [Fact]
    public void The_shipped_model_holds_the_settings_chosen_with_nested_reports_dropped()
    {
        var model = Shipped();

        model.Version.ShouldBe("polnear-attribution-9");
        model.CandidateMargin.ShouldBe(-60f);
        model.FilterThreshold.ShouldBe(-13f);
        model.Groups.ShouldNotBeNull().Threshold.ShouldBe(-4f);
    }

    [Fact]
    public void Rewritten_settings_survive_a_save_and_load_and_leave_the_weights_alone()
    {
        var model = Shipped();
        var rewritten = model.WithFilterSettings(-75f, -18f);
        rewritten = rewritten.WithGroups(rewritten.Groups! with { Threshold = -7.5f });
        using var stream = new MemoryStream();
        rewritten.Save(stream);
        stream.Position = 0;

        var reloaded = AttributionModel.Load(stream);

        reloaded.CandidateMargin.ShouldBe(-75f);
        reloaded.FilterThreshold.ShouldBe(-18f);
        reloaded.Groups.ShouldNotBeNull().Threshold.ShouldBe(-7.5f);
        reloaded.Version.ShouldBe(model.Version);
        reloaded.FeatureCount.ShouldBe(model.FeatureCount);
        reloaded.CueMargin.ShouldBe(model.CueMargin);
    }
}
