using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 23: a source found inside an aside set off by commas after the name that opens the clause (a relative
/// clause, or a participle's or preposition's phrase), whose closing comma stands right before the cue, is the name.
/// </summary>
public sealed class SourcesSession23Tests
{
    // One quote whose speaker is the words `from` to `to` (first occurrences, by characters) and whose cue is the token
    // at `cue`, widened by SourceExtent: the speaker's words after.
    private static string Widened(string text, string from, string to, string cue)
    {
        var f = QuoteFacts.Of(text);
        var c = f.Q.TokenAt(text.IndexOf(cue, StringComparison.Ordinal));
        var fromAt = text.IndexOf(from, StringComparison.Ordinal);
        var (first, end) = f.Q.TokensOf(fromAt, text.IndexOf(to, fromAt, StringComparison.Ordinal) + to.Length);
        var quote = new Quote(new Speaker(f.Q.Span(first, end - 1), "speaker"), f.Q.Span(c, c), f.Q.Span(c + 1, f.Count - 2), false, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        SourceExtent.Extend(f.Q, quotes);

        return quotes[0].Speaker!.Span.Of(text);
    }

    [Theory]
    [InlineData("Pedro Costa, who sold his farm near the river in Braga, Portugal, in 2018, said the price was low.", "Braga", "Braga", "said", "Pedro Costa")]
    [InlineData("Costa, speaking at a rally in Porto, Portugal, warned that the port would close.", "a rally", "Portugal,", "warned", "Costa")]
    [InlineData("Ruiz, at a hearing in Lisbon on Monday, insisted that the deal was fair.", "a hearing", "Lisbon", "insisted", "Ruiz")]
    public void A_source_inside_a_name_s_aside_is_the_name(string text, string from, string to, string cue, string expected)
    {
        Widened(text, from, to, cue).ShouldBe(expected);
    }

    [Theory]
    // The relative clause is over at its comma: the verb after it is the main clause's, the cue a participle of its own.
    [InlineData("Ana Ruiz, who leads the union, has picked a fight with the mayor of Porto, telling him to resign.", "the mayor", "Porto", "telling")]
    // No comma right before the cue: the aside does not end there.
    [InlineData("Ana Ruiz, speaking at a rally in Porto on Monday said the port would close.", "Porto", "Porto", "said")]
    public void A_source_is_not_taken_for_the_name_without_a_closed_aside(string text, string from, string to, string cue)
    {
        Widened(text, from, to, cue).ShouldNotBe("Ana Ruiz");
    }

    // A source that runs from the name over its relative clause stays (the annotators take it in about as often as
    // not).
    [Theory]
    [InlineData("Costa, who is 28, said he would vote for the mayor.", "Costa", "28,", "Costa, who is 28,")]
    public void A_name_and_its_aside_stay_together(string text, string from, string to, string expected)
    {
        Widened(text, from, to, "said").ShouldBe(expected);
    }

    [Fact]
    public void A_time_word_opens_no_name()
    {
        Widened("Yesterday, speaking at a rally in Porto, the mayor said the port would close.", "the", "mayor", "said").ShouldBe("the mayor");
    }
}
