using System.IO.Compression;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Testing;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 20c: the verb group scorer's groups proposed to the filter beside the cue tagger's candidates
/// (polnear-attribution-10, format 13).
/// </summary>
public sealed class AttributionSession20cTests
{
    private static readonly AttributionModel Committed =
        AttributionModel.Load(Path.Combine(RepositoryPaths.Root, "data", "quotes", "attribution.bin.gz"));

    // A group scorer that rates every group 10 above no cue.
    private static readonly LinearWeights EveryGroup = new(2, [TokenFacts.Key(401, 1)], [-5f, 5f]);

    private static List<AttributionCandidate> Propose(AttributionModel model, string text, float margin)
    {
        var recognizer = new QuoteRecognizer(CueLexicon.English(), model);
        var (_, _, candidates) = recognizer.Propose(new Document("test", null, null, text), QuoteFacts.Annotate(text), margin);
        return candidates;
    }

    private static string Cue(string text, AttributionCandidate c)
    {
        var f = QuoteFacts.Of(text);
        return f.Q.Span(c.CueFirst, c.CueEnd - 1).Of(text);
    }

    [Fact]
    public void A_verb_group_the_scorer_rates_at_its_candidate_threshold_is_proposed_to_the_filter()
    {
        // Given a rare verb the cue tagger leaves below any margin it proposes at
        const string text = "The new harbour tariff has angered the dairy farmers of the valley.";
        var model = Committed.WithGroups(new AttributionModel.GroupCueSettings(EveryGroup, float.PositiveInfinity, 0));

        // When the candidates are proposed at a margin the tagger never reaches
        var candidates = Propose(model, text, 1000);

        // Then the group is a candidate with its score, its subject and its object
        var group = candidates.ShouldHaveSingleItem();
        Cue(text, group).ShouldBe("has angered");
        group.GroupScore.ShouldBe(10f);
        group.Source.ShouldNotBeNull();
    }

    [Fact]
    public void Without_a_candidate_threshold_the_groups_wait_for_after_the_filter()
    {
        const string text = "The new harbour tariff has angered the dairy farmers of the valley.";
        var model = Committed.WithGroups(new AttributionModel.GroupCueSettings(EveryGroup, -5));

        Propose(model, text, 1000).ShouldBeEmpty();
    }

    [Fact]
    public void No_group_is_proposed_where_a_cue_is_found_nor_inside_the_content_it_reports()
    {
        // Given a report whose cue the rules or the tagger find, with a verb group in its content
        const string text = "The mayor of Leeds said the new bridge would open in May.";
        var model = Committed.WithGroups(new AttributionModel.GroupCueSettings(EveryGroup, float.PositiveInfinity, 0));

        // When the candidates are proposed
        var candidates = Propose(model, text, -5);

        // Then neither `said` nor the nested `would open` is a group candidate
        candidates.Where(c => c.GroupScore is not null).ShouldBeEmpty();
    }

    [Fact]
    public void The_filter_judges_a_group_candidate_by_the_scorers_confidence_apart_from_the_taggers()
    {
        var f = QuoteFacts.Of("The new harbour tariff has angered the dairy farmers.");
        var (has, the, end) = (f.At("has"), f.At("the"), f.At("."));
        var x = new ulong[CandidateFilter.MaxFeatures];
        var tagger = new AttributionCandidate(has, has + 2, -7.5f, (0, has), (the, end));
        var group = tagger with { GroupScore = -7.5f };
        var surer = tagger with { GroupScore = 4f };

        var fromTagger = x[..CandidateFilter.Features(f, [tagger], 0, x)];
        var fromGroup = x[..CandidateFilter.Features(f, [group], 0, x)];
        var fromSurer = x[..CandidateFilter.Features(f, [surer], 0, x)];

        fromGroup.Except(fromTagger).Count().ShouldBe(4);
        fromSurer.Except(fromGroup).ShouldNotBeEmpty();
        fromTagger.Length.ShouldBeLessThanOrEqualTo(CandidateFilter.MaxFeatures);
    }

    [Fact]
    public void The_candidate_threshold_survives_a_save_and_load_and_a_model_without_one_keeps_format_12()
    {
        var weights = new LinearWeights(2, [1UL], [0.5f, -0.5f]);
        var scorer = new LinearWeights(2, [7UL], [1.5f, -2f]);
        var proposing = new AttributionModel("test", weights, weights)
            .WithGroups(new AttributionModel.GroupCueSettings(scorer, float.PositiveInfinity, -7.5f, -18f));
        var after = new AttributionModel("test", weights, weights).WithGroups(new AttributionModel.GroupCueSettings(scorer, -5));

        var reloaded = RoundTrip(proposing, out var format);
        var reloadedAfter = RoundTrip(after, out var formatAfter);

        format.ShouldBe(13);
        reloaded.Groups!.CandidateThreshold.ShouldBe(-7.5f);
        reloaded.Groups.FilterThreshold.ShouldBe(-18f);
        float.IsPositiveInfinity(reloaded.Groups.Threshold).ShouldBeTrue();
        reloaded.WithCueMargin(3).Groups!.CandidateThreshold.ShouldBe(-7.5f);
        formatAfter.ShouldBe(12);
        reloadedAfter.Groups!.CandidateThreshold.ShouldBeNull();
    }

    private static AttributionModel RoundTrip(AttributionModel model, out int format)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true))
        using (var reader = new BinaryReader(gzip, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            reader.ReadInt32();
            format = reader.ReadInt32();
        }
        stream.Position = 0;
        return AttributionModel.Load(stream);
    }
}
