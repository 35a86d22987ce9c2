using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 21, cue extents as PolNeAR's annotators mark them: an adjunct between a cue verb and the content after it
/// is left out (CueAdjunct); a bare cue verb takes its infinitive <c>to</c> and a floating <c>both</c>
/// (CueAuxiliary); a colon cue takes in its short clause from the verb, and a speaker inside that clause is dropped
/// (CueColon).
/// </summary>
public sealed class CueExtentSession21Tests
{
    [Theory]
    [InlineData("Mayor Ana Ruiz said in Lisbon that the bridge in Porto would reopen.", "said in Lisbon", "said")]
    [InlineData("The union warned Saturday that the strike in Leeds would go on.", "warned Saturday", "warned")]
    [InlineData("The minister wrote in his memoir that the port of Lisbon was sold too cheaply.", "wrote in his memoir", "wrote")]
    public void An_adjunct_before_the_content_leaves_the_cue(string text, string cue, string expected)
    {
        var quotes = new List<Quote> { QuoteFacts.Reported(text, cue) };

        CueAdjunct.Trim(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Cue.Of(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Ana Ruiz told Today that the bridge in Porto would reopen.", "told Today")]
    [InlineData("The council in Leeds looked at the cost of the new tram.", "looked at")]
    [InlineData("The council in Leeds called for a new tram.", "called for")]
    public void A_recipient_or_a_particle_the_content_follows_stays_in_the_cue(string text, string cue)
    {
        var quote = QuoteFacts.Reported(text, cue);
        var quotes = new List<Quote> { quote };

        CueAdjunct.Trim(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    [Fact]
    public void An_adjunct_after_the_content_stays_in_the_cue()
    {
        const string text = "\"The bridge will reopen,\" Ana Ruiz said in a statement.";
        var quote = new Quote(new Speaker(QuoteFacts.Span(text, "Ana Ruiz"), "speaker"), QuoteFacts.Span(text, "said in a statement"), QuoteFacts.Span(text, "\"The bridge will reopen,\""), true, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        CueAdjunct.Trim(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    [Theory]
    [InlineData("The mayor of Porto came to discuss the new bridge.", "discuss", "to discuss")]
    [InlineData("The farmers in Wales are ready to say the subsidy has failed.", "say", "to say")]
    [InlineData("The unions in Leeds and Bradford both condemned the pay offer.", "condemned", "both condemned")]
    public void A_bare_cue_verb_takes_its_to_or_a_floating_both(string text, string cue, string expected)
    {
        var quotes = new List<Quote> { QuoteFacts.Reported(text, cue) with { Speaker = null } };

        CueAuxiliary.Widen(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Cue.Of(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz issued the following statement: \"The bridge will reopen.\"", "issued the following statement:")]
    [InlineData("Then the minister added a warning: \"The port will close.\"", "added a warning:")]
    public void A_colon_cue_takes_in_its_clause_from_the_verb(string text, string expected)
    {
        var colon = QuoteFacts.Span(text, ":");
        var quotes = new List<Quote> { new(null, colon, new TextSpan(colon.End + 1, text.Length), true, Stance.Asserts) };

        CueColon.Widen(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Cue.Of(text).ShouldBe(expected);
    }

    [Fact]
    public void A_speaker_inside_the_colon_clause_is_dropped()
    {
        const string text = "Mayor Ana Ruiz issued the following statement: \"The bridge will reopen.\"";
        var colon = QuoteFacts.Span(text, ":");
        var quotes = new List<Quote> { new(new Speaker(QuoteFacts.Span(text, "statement"), "speaker"), colon, new TextSpan(colon.End + 1, text.Length), true, Stance.Asserts) };

        CueColon.Widen(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Cue.Of(text).ShouldBe("issued the following statement:");
        quotes[0].Speaker.ShouldBeNull();
    }

    [Fact]
    public void A_colon_after_a_long_clause_with_a_subordinate_stays_alone()
    {
        const string text = "It must be that voters in Wales will at last prove right the old saying: \"No pain, no gain.\"";
        var colon = QuoteFacts.Span(text, ":");
        var quote = new Quote(null, colon, new TextSpan(colon.End + 1, text.Length), true, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        CueColon.Widen(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }
}
