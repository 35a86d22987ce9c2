using Chronicle.Evaluation.Attribution;
using Chronicle.Testing;

namespace Chronicle.Evaluation.Tests.Attribution;

public sealed class PolnearFloorTests(QuotePipeline fixture) : IClassFixture<QuotePipeline>
{
    [Fact]
    public void Dev_scores_stay_above_the_floor()
    {
        var dev = RepositoryPaths.SharedOrSkip("corpora", "polnear", "dev");
        using var output = new StringWriter();
        var verbose = Environment.GetEnvironmentVariable("CHRONICLE_ATTRIBUTION_REPORT");
        var result = AttributionEvaluation.Run(dev, fixture.Pipeline, output, verbose is not null);
        if (verbose is not null)
        {
            File.WriteAllText(verbose, output.ToString());
        }
        // Measured 55.9, 61.9, 60.1 and whole 40.8 with the attribution model (issue 6 asks for 75, 75 and 70; two
        // PolNeAR annotators agree at 78.6, 82.4, 70.9): a floor against regressions.
        result.Rows["content overlap"].F1.ShouldBeGreaterThan(54.5);
        result.Rows["source overlap"].F1.ShouldBeGreaterThan(60.5);
        result.Rows["cue exact"].F1.ShouldBeGreaterThan(58.5);
        result.Rows["attribution"].F1.ShouldBeGreaterThan(39.5);
    }
}
