using Chronicle.Evaluation.Attribution;

namespace Chronicle.Evaluation.Tests.Attribution;

public sealed class AttributionScorerTests
{
    [Fact]
    public void Overlap_needs_half_of_the_longer_span()
    {
        AttributionScorer.Overlapping(new TextSpan(0, 10), new TextSpan(0, 5)).ShouldBeTrue();
        AttributionScorer.Overlapping(new TextSpan(0, 10), new TextSpan(0, 4)).ShouldBeFalse();
        AttributionScorer.Overlapping(new TextSpan(0, 10), new TextSpan(10, 20)).ShouldBeFalse();
    }

    [Fact]
    public void Scores_exact_overlap_and_whole_attributions()
    {
        GoldAttribution[] gold =
        [
            new(new TextSpan(0, 9), new TextSpan(10, 14), new TextSpan(15, 35)),
            new(new TextSpan(40, 45), new TextSpan(46, 50), new TextSpan(51, 80)),
        ];
        GoldAttribution[] found = [new(new TextSpan(4, 9), new TextSpan(10, 14), new TextSpan(15, 34))];
        var rows = AttributionScorer.Score(gold, found);
        rows["cue exact"].ShouldBe(new SpanCounts(2, 1, 1));
        rows["source exact"].Correct.ShouldBe(0);
        rows["source overlap"].Correct.ShouldBe(1);
        rows["content exact"].Correct.ShouldBe(0);
        rows["content overlap"].Correct.ShouldBe(1);
        rows["attribution"].ShouldBe(new SpanCounts(2, 1, 1));
        rows["attribution"].Precision.ShouldBe(100);
        rows["attribution"].Recall.ShouldBe(50);
    }

    [Fact]
    public void A_found_span_matches_one_gold_span_only()
    {
        GoldAttribution[] gold = [new(null, new TextSpan(0, 4), null), new(null, new TextSpan(0, 5), null)];
        GoldAttribution[] found = [new(null, new TextSpan(0, 4), null)];
        AttributionScorer.Score(gold, found)["cue overlap"].Correct.ShouldBe(1);
    }

    [Fact]
    public void Pairs_spans_by_a_maximum_matching()
    {
        // First-fit would give the first gold content the only found span that the second one can match.
        GoldAttribution[] gold = [new(null, null, new TextSpan(0, 10)), new(null, null, new TextSpan(4, 12))];
        GoldAttribution[] found = [new(null, null, new TextSpan(4, 11)), new(null, null, new TextSpan(0, 6))];
        AttributionScorer.Score(gold, found)["content overlap"].Correct.ShouldBe(2);
    }
}
