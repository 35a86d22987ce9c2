using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class VerbGroupCueTests(QuoteFixture fixture) : IClassFixture<QuoteFixture>
{
    [Theory]
    [InlineData("The new tariff has angered the dairy farmers.", "has angered")]
    [InlineData("The two councillors would not identify the donor.", "would not identify")]
    [InlineData("The harbour board is planning a second pier.", "is planning")]
    public void A_group_takes_in_its_auxiliaries_modals_and_negation(string text, string group)
    {
        var f = QuoteFacts.Of(text);

        var (first, _, end) = VerbGroupCues.Spans(f).ShouldHaveSingleItem();

        f.Q.Span(first, end - 1).Of(text).ShouldBe(group);
    }

    [Fact]
    public void A_group_is_also_scored_with_the_particle_after_its_head()
    {
        const string text = "The opposition quickly pounced on the minister's remark.";
        var f = QuoteFacts.Of(text);

        var groups = VerbGroupCues.Spans(f).Select(g => f.Q.Span(g.First, g.End - 1).Of(text)).ToList();

        groups.ShouldBe(["quickly pounced", "quickly pounced on"]);
    }

    [Fact]
    public void Verbs_inside_quotation_marks_are_no_groups()
    {
        VerbGroupCues.Spans(QuoteFacts.Of("\u201cWe have lost the vote,\u201d the mayor said.")).Select(g => g.Head).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_group_shape_learned_on_some_verbs_carries_to_an_unseen_verb()
    {
        // Groups followed by a `that` clause are cues, groups followed by an object are not; the scorer learns the shape,
        // so a verb it never saw scores higher before a `that` clause than before an object.
        string[] cues = ["The union argued that the wage offer was too low.", "Two ministers hinted that the tax would rise."];
        string[] acts = ["The union signed the wage offer.", "Two ministers opened the new bridge."];
        var examples = cues.Select(s => (s, true)).Concat(acts.Select(s => (s, false)))
            .SelectMany(e => Examples(e.s, e.Item2)).ToList();
        var weights = CandidateFilterTrainer.Train(examples, 10, 1, 0f);

        Score(weights, "The council conceded that the road was unsafe.").ShouldBeGreaterThan(Score(weights, "The council conceded the road."));
    }

    [Fact]
    public void A_rare_verb_the_group_scorer_takes_for_a_cue_is_an_attribution_with_its_subject_and_object()
    {
        var quotes = fixture.FindWithModel("The new harbour tariff has angered the dairy farmers of the valley.");

        var angered = quotes.ShouldHaveSingleItem();
        angered.Cue.ShouldBe("has angered");
        angered.Speaker.ShouldBe("The new harbour tariff");
        angered.Content.ShouldBe("the dairy farmers of the valley");
    }

    [Fact]
    public void The_group_scorer_and_its_threshold_survive_a_save_and_load_and_other_settings()
    {
        var weights = new LinearWeights(2, [1UL], [0.5f, -0.5f]);
        var groups = new AttributionModel.GroupCueSettings(new LinearWeights(2, [7UL, 9UL], [1.5f, -2f, 0f, 1f]), -5);
        var model = new AttributionModel("test", weights, weights).WithGroups(groups);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var reloaded = AttributionModel.Load(stream);

        reloaded.GroupFeatureCount.ShouldBe(2);
        reloaded.Groups!.Threshold.ShouldBe(-5);
        reloaded.WithCueMargin(3).WithFilter(weights, -5, 1).GroupFeatureCount.ShouldBe(2);
        new AttributionModel("test", weights, weights).GroupFeatureCount.ShouldBe(0);
    }

    private static IEnumerable<(ulong[] Features, bool Keep)> Examples(string text, bool cue)
    {
        var f = QuoteFacts.Of(text);
        var x = new ulong[VerbGroupCues.MaxFeatures];
        foreach (var (first, head, end) in VerbGroupCues.Spans(f).Where(g => g.End == g.Head + 1))
        {
            yield return (x[..VerbGroupCues.Features(f, first, head, end, x)], cue);
        }
    }

    private static float Score(LinearWeights weights, string text)
    {
        var f = QuoteFacts.Of(text);
        var (first, head, end) = VerbGroupCues.Spans(f).First();
        var x = new ulong[VerbGroupCues.MaxFeatures];
        Span<float> scores = stackalloc float[VerbGroupCues.Labels];
        weights.Score(x.AsSpan(0, VerbGroupCues.Features(f, first, head, end, x)), scores);
        return scores[1] - scores[0];
    }
}
