using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 32, cues: a cue verb of pointing (<c>point</c>, <c>refer</c>, <c>allude</c>) takes in the <c>to</c> whose
/// object is its content when no verb follows the <c>to</c> (<c>pointed to the costs</c>), as PolNeAR's annotators mark
/// it (CuePreposition.FitTo); an infinitive marker opens the content, and other verbs leave their <c>to</c> out
/// (<c>reiterated to the council</c>: a recipient).
/// </summary>
public sealed class CuesSession32Tests
{
    [Theory]
    [InlineData("The senator pointed to the rising cost of housing in Denver.", "pointed", "pointed to", "the rising cost of housing in Denver")]
    [InlineData("The mayor of Lyon was referring to the closure of the old bridge.", "was referring", "was referring to", "the closure of the old bridge")]
    [InlineData("The governor of Ohio alluded to the strike by the bus drivers.", "alluded", "alluded to", "the strike by the bus drivers")]
    public void A_cue_of_pointing_takes_in_a_to_whose_object_is_its_content(string text, string cue, string expectedCue, string expectedContent)
    {
        var fitted = CuePreposition.FitTo(QuoteFacts.Of(text).Q, From(text, cue, "to"));

        fitted.Cue.Of(text).ShouldBe(expectedCue);
        fitted.Content.Of(text).ShouldBe(expectedContent);
    }

    [Fact]
    public void The_rules_fit_takes_the_to_too()
    {
        const string text = "The senator pointed to the rising cost of housing in Denver.";

        CuePreposition.Fit(QuoteFacts.Of(text).Q, From(text, "pointed", "to")).Cue.Of(text).ShouldBe("pointed to");
    }

    [Theory]
    [InlineData("The minister refused to answer questions about the port in Leeds.", "refused")]
    [InlineData("The mayor reiterated to the council in Porto that the tram would run.", "reiterated")]
    [InlineData("The governor of Ohio responded to the strike by the bus drivers.", "responded")]
    public void An_infinitive_or_another_verb_leaves_the_to_out(string text, string cue)
    {
        var quote = From(text, cue, "to");

        CuePreposition.FitTo(QuoteFacts.Of(text).Q, quote).ShouldBe(quote);
    }

    // A quote whose speaker is the words before the cue and whose content runs from `opening` to the full stop.
    private static Quote From(string text, string cue, string opening)
    {
        var cueSpan = QuoteFacts.Span(text, cue);
        var start = text.IndexOf(opening, cueSpan.End, StringComparison.Ordinal);
        return new Quote(new Speaker(new TextSpan(0, cueSpan.Start - 1), "speaker"), cueSpan, new TextSpan(start, text.Length - 1), false, Stance.Asserts);
    }
}
