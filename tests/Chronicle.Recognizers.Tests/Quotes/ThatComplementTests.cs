using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class ThatComplementTests(QuoteFixture fixture) : IClassFixture<QuoteFixture>
{
    [Theory]
    [InlineData("The harbour master figured that the ferries will run again by May.", "figured")]
    [InlineData("The fishermen are betting that the quota will rise next year.", "are betting")]
    [InlineData("Two analysts have publicly doubted that the merger will close.", "have publicly doubted")]
    public void A_verb_group_before_a_that_clause_is_a_cue(string text, string cue)
    {
        var f = QuoteFacts.Of(text);

        var (first, end) = ThatComplement.Cues(f).ShouldHaveSingleItem();

        f.Q.Span(first, end - 1).Of(text).ShouldBe(cue);
    }

    [Theory]
    [InlineData("The real problem is that nobody reads the reports.")]
    [InlineData("The storm was so strong that the coast road closed.")]
    [InlineData("The farmers lost that vote in March.")]
    [InlineData("Engineers who built that bridge in 1990 retired.")]
    [InlineData("\u201cHe knows that we will win,\u201d she said.")]
    public void A_copula_a_result_a_determiner_or_a_quoted_verb_is_no_cue(string text)
    {
        ThatComplement.Cues(QuoteFacts.Of(text)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("She thinks that prices will rise.", true)]
    [InlineData("She liked that film.", false)]
    [InlineData("The firms that supply the port raised prices.", false)]
    public void That_opens_a_clause_only_before_a_subject_and_its_verb(string text, bool opens)
    {
        var f = QuoteFacts.Of(text);

        ThatComplement.Opens(f.Q, f.At("that")).ShouldBe(opens);
    }

    [Fact]
    public void A_verb_the_tagger_scores_low_with_a_that_clause_is_an_attribution_with_its_subject_and_clause()
    {
        var quotes = fixture.FindWithModel("The harbour master is betting that the ferries will run again by May.");

        var betting = quotes.ShouldHaveSingleItem();
        betting.Cue.ShouldBe("is betting");
        betting.Speaker.ShouldBe("The harbour master");
        // Whether `that` opens the content is the role tagger's choice, as for every cue.
        betting.Content.ShouldEndWith("the ferries will run again by May");
        betting.Content.ShouldNotContain("betting");
    }

    [Fact]
    public void A_that_clause_inside_another_report_adds_no_attribution()
    {
        var quotes = fixture.FindWithModel("The harbour master said the fishermen are betting that the quota will rise.");

        quotes.ShouldNotContain(q => q.Cue == "are betting");
    }
}
