using Chronicle.Evaluation.Geo;
using Chronicle.Recognizers.Places;
using Chronicle.Testing;

namespace Chronicle.Evaluation.Tests.Geo;

public sealed class GeoEvaluationTests
{
    [Fact]
    public void Error_summary_follows_the_definitions()
    {
        var s = ErrorSummary.Of([0, 100, 200, ErrorSummary.MaxErrorKm]);
        s.AccuracyAt161.ShouldBe(0.5);
        s.MedianKm.ShouldBe(150);
        s.Auc.ShouldBeInRange(0.3, 0.7);
        ErrorSummary.Of([0]).Auc.ShouldBe(0);
    }

    [Theory]
    [InlineData("lgl.xml", 0.87)]
    [InlineData("GeoVirus.xml", 0.835)]
    public void Resolution_on_gold_names_stays_above_the_last_floor(string corpus, double floor)
    {
        var file = RepositoryPaths.SharedOrSkip("corpora", "geoparsing", corpus);
        var gazetteer = Gazetteer.Load(Path.Combine(RepositoryPaths.Root, "data", "gazetteer", "places.bin.gz"));
        var output = new StringWriter();
        var scores = GeoEvaluation.Run(file, gazetteer, output, verbose: false);
        scores.Resolution.AccuracyAt161.ShouldBeGreaterThanOrEqualTo(floor, output.ToString());
        output.ToString().ShouldContain("acc@161km");
    }
}
