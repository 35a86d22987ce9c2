using Chronicle.Evaluation.Timex;
using Chronicle.Recognizers.Times;

namespace Chronicle.Evaluation.Tests;

public sealed class TimexEvaluationTests
{
    internal const string Sample =
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2022-02-26\" functionInDocument=\"CREATION_TIME\">20220226</TIMEX3></DCT>\n"
        + "<TEXT>Crowds <EVENT eid=\"e1\">gathered</EVENT> on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2022-02-24\">Thursday</TIMEX3> &amp; "
        + "stayed <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P4D\">four days</TIMEX3>.</TEXT>\n</TimeML>";

    [Fact]
    public void Reader_strips_tags_and_keeps_gold_offsets_in_the_stripped_text()
    {
        var document = TimeMlReader.Parse("sample.tml", Sample);
        document.Published.ShouldBe(new DateOnly(2022, 2, 26));
        document.Text.ShouldBe("Crowds gathered on Thursday & stayed four days.");
        document.Gold.Select(g => g.Span.Of(document.Text)).ShouldBe(["Thursday", "four days"]);
        document.Gold[1].Type.ShouldBe(TimexType.Duration);
    }

    [Fact]
    public void Scores_count_strict_relaxed_and_value_matches()
    {
        var gold = new[] { new TimeMention(new TextSpan(0, 10), TimexType.Date, "2022"), new TimeMention(new TextSpan(20, 25), TimexType.Date, "P1D") };
        var found = new[] { new TimeMention(new TextSpan(0, 10), TimexType.Date, "2022"), new TimeMention(new TextSpan(21, 25), TimexType.Duration, "P2D"),
                            new TimeMention(new TextSpan(40, 45), TimexType.Date, "X") };
        var counts = TimexScorer.Score(gold, found);
        counts.ShouldBe(new TimexCounts(2, 3, 1, 2, 1, 1));
        counts.ValueF1.ShouldBe(2 * 50.0 * (100.0 / 3) / (50.0 + (100.0 / 3)), 1e-9);
    }

    [Fact]
    public void TempEval3_training_data_stays_above_the_measured_floor()
    {
        var directory = Path.Combine(RepositoryRoot(), "..", "shared", "corpora", "tempeval3", "TBAQ-cleaned");
        if (!Directory.Exists(directory))
        {
            Assert.Skip("TempEval-3 TBAQ-cleaned is not present");
        }

        var counts = TimexEvaluation.Run(directory, new TimeRecognizer(), verbose: false, TextWriter.Null);
        counts.StrictF1.ShouldBeGreaterThan(90.5);
        counts.RelaxedF1.ShouldBeGreaterThan(95.0);
        counts.ValueF1.ShouldBeGreaterThan(85.0);
    }

    private static string RepositoryRoot() => Chronicle.Testing.RepositoryPaths.Root;
}
