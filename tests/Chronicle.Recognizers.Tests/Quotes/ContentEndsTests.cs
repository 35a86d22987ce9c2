using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class ContentEndsTests
{
    private const string Sentence = "Officials said the talks had failed, and they left the room. Nobody stayed.";

    [Fact]
    public void Candidate_ends_stay_in_the_sentence_and_never_leave_a_content_on_punctuation()
    {
        var f = QuoteFacts.Of(Sentence);
        var first = f.At("the");
        var end = f.At(".");

        var ends = ContentEnds.Candidates(f, first, end).ToList();

        ends.ShouldContain(f.At(","));
        ends.ShouldContain(end);
        ends.ShouldNotContain(f.At(",") + 1);
        ends.ShouldNotContain(first);
        ends.Max().ShouldBeLessThanOrEqualTo(end + 1);
        ends.ShouldAllBe(e => e > first);
    }

    [Fact]
    public void Given_a_ranker_that_favours_a_boundary_then_the_reported_content_ends_there()
    {
        var f = QuoteFacts.Of(Sentence);
        var first = f.At("the");
        var end = f.At(".");
        var comma = f.At(",");
        var x = new ulong[ContentEnds.MaxFeatures];
        ContentEnds.Features(f, first, end, comma, x);
        // The boundary's own words (`failed` before it, the comma after it) carry the weight.
        var ranker = new ContentEnds(new LinearWeights(1, [x[1]], [5f]));
        var cue = f.Q.Span(f.At("said"), f.At("said"));
        var reported = new Quote(null, cue, f.Q.Span(first, end - 1), false, Stance.Asserts);
        var quoted = reported with { Direct = true };
        var quotes = new List<Quote> { reported, quoted };

        ranker.Apply(f, quotes);

        Sentence[quotes[0].Content.Start..quotes[0].Content.End].ShouldBe("the talks had failed");
        quotes[1].ShouldBe(quoted);
    }

    [Fact]
    public void Without_a_ranker_contents_end_where_the_tagger_ended_them()
    {
        var f = QuoteFacts.Of(Sentence);
        var reported = new Quote(null, f.Q.Span(f.At("said"), f.At("said")), f.Q.Span(f.At("the"), f.At(".") - 1), false, Stance.Asserts);
        var quotes = new List<Quote> { reported };

        ContentEnds.Empty.Apply(f, quotes);

        quotes[0].ShouldBe(reported);
    }

    [Fact]
    public void The_ranker_survives_a_save_and_load_and_other_settings()
    {
        var weights = new LinearWeights(2, [1UL], [0.5f, -0.5f]);
        var ranker = new ContentEnds(new LinearWeights(1, [7UL, 9UL], [1.5f, -2f]));
        var model = new AttributionModel("test", weights, weights).WithEnds(ranker);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var reloaded = AttributionModel.Load(stream);

        reloaded.EndFeatureCount.ShouldBe(2);
        reloaded.WithCueMargin(3).WithFilter(weights, -5, 1).EndFeatureCount.ShouldBe(2);
        new AttributionModel("test", weights, weights).EndFeatureCount.ShouldBe(0);
    }

    [Fact]
    public void A_model_without_a_ranker_is_written_as_before_it()
    {
        var weights = new LinearWeights(2, [1UL], [0.5f, -0.5f]);
        var model = new AttributionModel("test", weights, weights).WithExactRoles(true).WithExactCues(true);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        using var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);

        reader.ReadInt32();

        reader.ReadInt32().ShouldBe(10);
    }
}
