using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 19, second round: a reported content ends before a second predicate of the cue's subject or a second clause
/// with a subject of its own (SecondClause), and stays whole where the words after the conjunction go on reporting.
/// </summary>
public sealed class AttributionSession19bTests
{
    [Theory]
    [InlineData("The mayor condemned the tram plan and called for a vote on it.", "condemned", "the tram plan")]
    [InlineData("The union backs the wage offer but has warned against job cuts.", "backs", "the wage offer")]
    public void A_noun_phrase_content_ends_before_the_cue_subject_s_next_verb(string text, string cue, string expected)
    {
        var quotes = new List<Quote> { After(text, cue) };

        SecondClause.Cut(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Content.Of(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Ana Ruiz said the ferry would sail on Monday, and the islanders cheered.", "the ferry would sail on Monday")]
    [InlineData("Ana Ruiz said the port was open, but she stayed at home.", "the port was open")]
    public void A_content_ends_before_a_comma_and_a_clause_with_its_own_subject(string text, string expected)
    {
        var quotes = new List<Quote> { After(text, "said") };

        SecondClause.Cut(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Content.Of(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Ana Ruiz said she admired the mayor and thought the budget fair.")]
    [InlineData("Ana Ruiz said the port was open, and that the ferry would sail.")]
    [InlineData("Ana Ruiz said that officials at home and abroad wanted new rules.")]
    [InlineData("Ana Ruiz said there were questions over the cost, and the delays they caused.")]
    [InlineData("Ana Ruiz said the figures on the dead and missing were provided by the police.")]
    public void A_content_that_goes_on_reporting_stays_whole(string text)
    {
        var quote = After(text, "said");
        var quotes = new List<Quote> { quote };

        SecondClause.Cut(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    [Fact]
    public void A_quotation_is_left_as_it_is()
    {
        const string text = "Ana Ruiz said \"the plan is dead, and the council knows it\".";
        var cue = Span(text, "said");
        var quote = new Quote(new Speaker(Span(text, "Ana Ruiz"), "speaker"), cue, new TextSpan(cue.End + 1, text.Length - 1), true, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        SecondClause.Cut(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    // A reported attribution whose content runs from after the cue to the full stop.
    private static Quote After(string text, string cue)
    {
        var cueSpan = Span(text, cue);
        return new Quote(new Speaker(new TextSpan(0, cueSpan.Start - 1), "speaker"), cueSpan, new TextSpan(cueSpan.End + 1, text.Length - 1), false, Stance.Asserts);
    }

    private static TextSpan Span(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(start, start + words.Length);
    }
}
