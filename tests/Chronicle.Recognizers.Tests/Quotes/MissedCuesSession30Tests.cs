using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 30, missed cues: an adverb of place right before a cue verb (<c>here said</c>, <c>there told</c>) belongs
/// to the source, so the cue starts at the verb as PolNeAR's annotators mark it (CueLeadAdverb); other adverbs
/// (<c>recently</c>, <c>also</c>, <c>now</c>) and cues stay as they are.
/// </summary>
public sealed class MissedCuesSession30Tests(QuoteFixture fixture) : IClassFixture<QuoteFixture>
{
    [Theory]
    [InlineData("Her volunteers here said they have been knocking on doors in Porto since May.", "here said", "said")]
    [InlineData("The nurses there told reporters the ward in Leeds was full.", "there told reporters", "told reporters")]
    [InlineData("Union leaders here say that the strike in Leeds will go on.", "here say", "say")]
    public void An_adverb_of_place_before_the_verb_leaves_the_cue(string text, string cue, string expected)
    {
        var quotes = new List<Quote> { QuoteFacts.Reported(text, cue) };

        CueLeadAdverb.Trim(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Cue.Of(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("The mayor of Porto also said the tolls would go.", "also said")]
    [InlineData("The governor of Braga is now pressing her attack on the tolls.", "now pressing")]
    [InlineData("The council in Leeds said here that the tram would run.", "said here")]
    [InlineData("Union leaders in Leeds recently said that the strike would go on.", "recently said")]
    public void Other_adverbs_and_an_adverb_after_the_verb_stay_in_the_cue(string text, string cue)
    {
        var quote = QuoteFacts.Reported(text, cue);
        var quotes = new List<Quote> { quote };

        CueLeadAdverb.Trim(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    [Fact]
    public void The_model_cue_after_a_source_with_here_is_the_verb()
    {
        var found = fixture.FindWithModel("Her volunteers here said they have been knocking on doors in Porto since May.");

        found.ShouldContain(q => q.Cue == "said");
        found.ShouldNotContain(q => q.Cue.StartsWith("here", StringComparison.Ordinal));
    }
}
