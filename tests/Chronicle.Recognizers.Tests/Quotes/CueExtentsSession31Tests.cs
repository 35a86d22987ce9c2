using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 31, cue extents: a cue found opening with lower-case adverbs before its verb (<c>repeatedly criticized</c>,
/// <c>openly expressed</c>) takes in the auxiliaries before the adverbs, as PolNeAR's annotators mark the verb group
/// (CueAuxiliary); without an auxiliary before it, or with a capitalised word, the cue stays as it is.
/// </summary>
public sealed class CueExtentsSession31Tests
{
    [Theory]
    [InlineData("The mayor of Porto has been repeatedly criticized for the tolls on the bridge.", "repeatedly criticized", "has been repeatedly criticized")]
    [InlineData("Farmers near Leeds have openly expressed concern about the new tram line.", "openly expressed concern about", "have openly expressed concern about")]
    [InlineData("The unions in Braga had previously warned that the strike would go on.", "previously warned", "had previously warned")]
    public void Auxiliaries_before_a_cue_opening_with_adverbs_join_it(string text, string cue, string expected)
    {
        var quotes = new List<Quote> { Unsourced(text, cue) };

        CueAuxiliary.Widen(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Cue.Of(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("The council in Leeds openly criticized the tolls on the bridge.", "openly criticized")]
    [InlineData("The governor of Braga also said that the tolls would go.", "also said")]
    public void A_cue_opening_with_adverbs_without_auxiliaries_stays(string text, string cue)
    {
        var quote = Unsourced(text, cue);
        var quotes = new List<Quote> { quote };

        CueAuxiliary.Widen(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    [Fact]
    public void A_cue_opening_at_its_verb_still_takes_its_auxiliaries()
    {
        const string text = "The mayor of Porto has been warning that the tolls would rise.";
        var quotes = new List<Quote> { Unsourced(text, "warning") };

        CueAuxiliary.Widen(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Cue.Of(text).ShouldBe("has been warning");
    }

    // A quote with no source, its cue the first `cue` and its content the words after it to the full stop.
    private static Quote Unsourced(string text, string cue)
    {
        var cueSpan = QuoteFacts.Span(text, cue);
        return new Quote(null, cueSpan, new TextSpan(cueSpan.End + 1, text.Length - 1), false, Stance.Asserts);
    }
}
