using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 22, content bounds given a found cue: a reported content after its cue ends before a comma and a
/// participle, which go on from the report's subject (ContentAdjunct); a comma inside a quotation, a direct quote and
/// a content before its cue stay; an <c>including</c> list right after the content is taken into it.
/// </summary>
public sealed class CueExtentsSession22Tests
{
    [Theory]
    [InlineData("The mayor of Porto attacked the governor, calling him a failed leader.", "attacked", "the governor")]
    [InlineData("The union in Leeds has condemned the pay offer, warning of a long strike.", "has condemned", "the pay offer")]
    [InlineData("Ana Ruiz said the bridge in Lisbon would reopen in May, adding that tolls would rise.", "said", "the bridge in Lisbon would reopen in May")]
    public void A_participle_after_a_comma_ends_the_content(string text, string cue, string expected)
    {
        var quotes = new List<Quote> { QuoteFacts.Reported(text, cue) };

        ContentAdjunct.Cut(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Content.Of(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("The mayor of Porto called the plan \"a mess, making nobody happy\" at the meeting.", "called")]
    [InlineData("The farmers in Wales criticised the subsidy cut and the new rules for grazing.", "criticised")]
    public void A_content_without_a_participle_clause_outside_quotation_marks_stays(string text, string cue)
    {
        var quote = QuoteFacts.Reported(text, cue);
        var quotes = new List<Quote> { quote };

        ContentAdjunct.Cut(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    [Theory]
    [InlineData("The mayor of Porto criticised the cuts, including those to schools in the north.", "criticised", "the cuts", "the cuts, including those to schools in the north")]
    [InlineData("Ana Ruiz said the plan had flaws, including the cost of the bridge in Lisbon.", "said", "the plan had flaws", "the plan had flaws, including the cost of the bridge in Lisbon")]
    public void An_including_list_after_the_content_is_taken_in(string text, string cue, string content, string expected)
    {
        var quotes = new List<Quote> { QuoteFacts.Reported(text, cue) with { Content = QuoteFacts.Span(text, content) } };

        ContentAdjunct.Cut(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Content.Of(text).ShouldBe(expected);
    }

    [Fact]
    public void An_including_list_is_no_participle_clause()
    {
        const string text = "The union in Leeds condemned the plan, including the pay offer for nurses.";
        var quotes = new List<Quote> { QuoteFacts.Reported(text, "condemned") };

        ContentAdjunct.Cut(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Content.Of(text).ShouldBe("the plan, including the pay offer for nurses");
    }

    [Fact]
    public void A_direct_quote_stays()
    {
        const string text = "Ana Ruiz said: \"The bridge will reopen, bringing the tourists back.\"";
        var quote = new Quote(new Speaker(QuoteFacts.Span(text, "Ana Ruiz"), "speaker"), QuoteFacts.Span(text, "said:"), QuoteFacts.Span(text, "\"The bridge will reopen, bringing the tourists back.\""), true, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        ContentAdjunct.Cut(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    [Fact]
    public void A_content_before_its_cue_stays()
    {
        const string text = "The bridge will reopen, bringing the tourists back, Ana Ruiz said.";
        var quote = new Quote(new Speaker(QuoteFacts.Span(text, "Ana Ruiz"), "speaker"), QuoteFacts.Span(text, "said"), QuoteFacts.Span(text, "The bridge will reopen, bringing the tourists back"), false, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        ContentAdjunct.Cut(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }
}
