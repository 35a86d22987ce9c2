using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 21, cue presence: a report whose cue lies inside another attribution's content is dropped (NestedReport),
/// unless a comma, dash or conjunction opens it, it is a direct quote or its content opens with a quotation mark, the outer report relays it with `reported`, or
/// the outer report has no source.
/// </summary>
public sealed class CuePresenceSession21Tests(QuoteFixture fixture) : IClassFixture<QuoteFixture>
{
    [Fact]
    public void A_report_inside_another_s_content_is_dropped()
    {
        const string text = "Ana Ruiz said she wanted the ferry to sail on Monday.";
        var outer = Reported(text, "Ana Ruiz", "said", "she wanted the ferry to sail on Monday");
        var inner = Reported(text, "she", "wanted", "the ferry to sail on Monday");
        var quotes = new List<Quote> { outer, inner };

        NestedReport.Drop(QuoteFacts.Of(text).Q, quotes);

        quotes.ShouldHaveSingleItem().ShouldBe(outer);
    }

    [Theory]
    [InlineData("The mayor said the port was ready, adding that the ferry would sail.", "adding")]
    [InlineData("The mayor said the port was ready and warned that the ferry would sail late.", "warned")]
    public void A_report_opened_by_a_comma_or_conjunction_stays(string text, string cue)
    {
        var outer = Reported(text, "The mayor", "said", text[(text.IndexOf("said", StringComparison.Ordinal) + 5)..^1]);
        var inner = Reported(text, "The mayor", cue, text[(text.IndexOf(cue, StringComparison.Ordinal) + cue.Length + 1)..^1]);
        var quotes = new List<Quote> { outer, inner };

        NestedReport.Drop(QuoteFacts.Of(text).Q, quotes);

        quotes.Count.ShouldBe(2);
    }

    [Fact]
    public void A_direct_quote_inside_another_s_content_stays()
    {
        const string text = "The book says the minister told him: \"I will never trust you again.\"";
        var outer = Reported(text, "The book", "says", "the minister told him: \"I will never trust you again.\"");
        var inner = Reported(text, "the minister", "told him:", "\"I will never trust you again.\"") with { Direct = true };
        var quotes = new List<Quote> { outer, inner };

        NestedReport.Drop(QuoteFacts.Of(text).Q, quotes);

        quotes.Count.ShouldBe(2);
    }

    [Fact]
    public void A_nested_report_whose_content_is_a_quotation_stays()
    {
        const string text = "The book claims the minister told the mayor \"I will never trust you again\" in Porto.";
        var outer = Reported(text, "The book", "claims", "the minister told the mayor \"I will never trust you again\" in Porto");
        var inner = Reported(text, "the minister", "told the mayor", "\"I will never trust you again\"");
        var quotes = new List<Quote> { outer, inner };

        NestedReport.Drop(QuoteFacts.Of(text).Q, quotes);

        quotes.Count.ShouldBe(2);
    }

    [Fact]
    public void A_report_relayed_by_reported_stays()
    {
        const string text = "The agency reported that Ana Ruiz told reporters the border would reopen.";
        var outer = Reported(text, "The agency", "reported", "that Ana Ruiz told reporters the border would reopen");
        var inner = Reported(text, "Ana Ruiz", "told reporters", "the border would reopen");
        var quotes = new List<Quote> { outer, inner };

        NestedReport.Drop(QuoteFacts.Of(text).Q, quotes);

        quotes.Count.ShouldBe(2);
    }

    [Fact]
    public void An_outer_report_without_a_source_drops_nothing()
    {
        const string text = "Officials in Lisbon have stressed the minister's support for the plan.";
        var outer = new Quote(null, Span(text, "Officials"), Span(text, "in Lisbon have stressed the minister's support for the plan"), false, Stance.Asserts);
        var inner = Reported(text, "Officials in Lisbon", "have stressed", "the minister's support for the plan");
        var quotes = new List<Quote> { outer, inner };

        NestedReport.Drop(QuoteFacts.Of(text).Q, quotes);

        quotes.Count.ShouldBe(2);
    }

    [Fact]
    public void The_model_keeps_no_report_nested_in_a_kept_one()
    {
        var found = fixture.FindWithModel("Ana Ruiz, the mayor of Porto, said on Tuesday that she believed the new bridge would open in May.");

        found.ShouldContain(f => f.Cue.Contains("said", StringComparison.Ordinal));
        found.ShouldNotContain(f => f.Cue.Contains("believed", StringComparison.Ordinal));
    }

    private static Quote Reported(string text, string source, string cue, string content) =>
        new(new Speaker(Span(text, source), "speaker"), Span(text, cue), Span(text, content), false, Stance.Asserts);

    private static TextSpan Span(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(start, start + words.Length);
    }
}
