using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class ClauseBeforeTests
{
    [Fact]
    public void A_quotation_before_the_source_and_cue_is_the_content_when_only_an_adjunct_follows()
    {
        const string text = "\"The plans will not work,\" she said on the same call.";
        var f = QuoteFacts.Of(text);
        var quotes = new List<Quote> { After(f, f.At("she"), f.At("said")) };

        ClauseBefore.Apply(f.Q, quotes);

        quotes[0].Content.Of(text).ShouldBe("\"The plans will not work,\"");
        quotes[0].Direct.ShouldBeTrue();
    }

    [Fact]
    public void A_clause_before_a_comma_is_the_content_when_a_time_follows_the_cue()
    {
        const string text = "The deal is done, the company announced earlier this year.";
        var f = QuoteFacts.Of(text);
        var announced = f.At("announced");
        var quotes = new List<Quote> { After(f, announced - 2, announced) };

        ClauseBefore.Apply(f.Q, quotes);

        quotes[0].Content.Of(text).ShouldBe("The deal is done");
        quotes[0].Direct.ShouldBeFalse();
    }

    [Fact]
    public void A_content_after_the_cue_that_holds_a_verb_stays()
    {
        const string text = "Trade rose, the minister said on Monday that the deal was done.";
        var f = QuoteFacts.Of(text);
        var quote = After(f, f.At("minister") - 1, f.At("said"));
        var quotes = new List<Quote> { quote };

        ClauseBefore.Apply(f.Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    // A report whose source runs from `sourceFirst` to the cue and whose content is the rest of the sentence.
    private static Quote After(TokenFacts f, int sourceFirst, int cue) => new(
        new Speaker(f.Q.Span(sourceFirst, cue - 1), "speaker"),
        f.Q.Span(cue, cue),
        f.Q.Span(cue + 1, f.Count - 2),
        false,
        Stance.Asserts);
}
