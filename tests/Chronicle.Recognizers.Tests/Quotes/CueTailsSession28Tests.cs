using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 28, cue tails: a message the speaker used (<c>in a statement</c>, <c>in an interview</c>) stays in the cue
/// before its content, as PolNeAR's annotators mark it (CueAdjunct); other adjuncts before the content still leave it.
/// </summary>
public sealed class CueTailsSession28Tests
{
    [Theory]
    [InlineData("Mayor Ana Ruiz said in a statement that the bridge in Porto would reopen.", "said in a statement")]
    [InlineData("The minister said in an interview that the port of Lisbon was sold too cheaply.", "said in an interview")]
    [InlineData("The union leader warned in a statement that the strike in Leeds would go on.", "warned in a statement")]
    public void A_message_before_the_content_stays_in_the_cue(string text, string cue)
    {
        var quote = QuoteFacts.Reported(text, cue);
        var quotes = new List<Quote> { quote };

        CueAdjunct.Trim(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Cue.Of(text).ShouldBe(cue);
    }

    [Theory]
    [InlineData("The minister said in a telephone interview that the port of Lisbon was sold too cheaply.", "said in a telephone interview", "said")]
    [InlineData("Mayor Ana Ruiz said in Porto that the bridge would reopen.", "said in Porto", "said")]
    [InlineData("The union wrote in a letter that the strike in Leeds would go on.", "wrote in a letter", "wrote")]
    public void Another_adjunct_before_the_content_leaves_the_cue(string text, string cue, string expected)
    {
        var quotes = new List<Quote> { QuoteFacts.Reported(text, cue) };

        CueAdjunct.Trim(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Cue.Of(text).ShouldBe(expected);
    }
}
