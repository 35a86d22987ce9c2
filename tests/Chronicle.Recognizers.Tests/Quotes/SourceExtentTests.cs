using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class SourceExtentTests
{
    [Theory]
    [InlineData("The senator, without naming him, accused the governor of lying.", "The senator")]
    [InlineData("The mayor, still angry about the vote, warned that the budget would fail.", "The mayor")]
    [InlineData("The union, however, said the strike would go on.", "The union")]
    public void A_source_before_its_cue_ends_before_an_aside(string text, string expected)
    {
        var quotes = new List<Quote> { BeforeItsCue(text) };

        SourceExtent.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Ana Ruiz, a spokeswoman for the union, said the strike would go on.")]
    [InlineData("Ana Ruiz, who leads the union, said the strike would go on.")]
    public void An_apposition_or_relative_clause_stays_in_the_source(string text)
    {
        var quote = BeforeItsCue(text);
        var quotes = new List<Quote> { quote };

        SourceExtent.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    [Fact]
    public void A_source_running_over_a_quotation_and_its_cue_is_that_cue_s_subject()
    {
        const string text = "\"We will win,\" the mayor said at a rally, adding that the vote was close.";
        var f = QuoteFacts.Of(text);
        var adding = f.At("adding");
        var quote = new Quote(
            new Speaker(f.Q.Span(f.At("win"), adding - 1), "speaker"),
            f.Q.Span(adding, adding),
            f.Q.Span(adding + 1, f.Count - 2),
            false,
            Stance.Asserts);
        var quotes = new List<Quote> { quote };

        SourceExtent.Extend(f.Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe("the mayor");
    }

    // The source runs from the sentence's start to the comma before the cue verb; the content is the rest.
    private static Quote BeforeItsCue(string text)
    {
        var f = QuoteFacts.Of(text);
        var cue = 0;
        while (!(f.Q.Word(cue) == "," && f.Q.Tag(cue + 1).StartsWith("VB", StringComparison.Ordinal)))
        {
            cue++;
        }
        cue++;
        return new Quote(
            new Speaker(f.Q.Span(0, cue - 1), "speaker"),
            f.Q.Span(cue, cue),
            f.Q.Span(cue + 1, f.Count - 2),
            false,
            Stance.Asserts);
    }
}
