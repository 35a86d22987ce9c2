using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 20d, contents given a found cue: a content that opens a quotation and stops inside it runs to the
/// quotation's close (QuotationEnd).
/// </summary>
public sealed class AttributionContentSession20Tests
{
    [Fact]
    public void A_content_that_stops_inside_the_quotation_it_opens_runs_to_its_close()
    {
        const string text = "The mayor went on to say, \"The ferry will sail on Monday, weather permitting. The port is ready.\" Then he left.";
        var cue = Span(text, "went on to say");
        var quotes = new List<Quote> { new(Speaker(text, "The mayor"), cue, Span(text, "\"The ferry will sail on Monday"), false, Stance.Asserts) };

        QuotationEnd.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Content.Of(text).ShouldBe("\"The ferry will sail on Monday, weather permitting. The port is ready.\"");
    }

    [Fact]
    public void A_content_that_holds_its_quotation_whole_is_left_as_it_is()
    {
        const string text = "Ana Ruiz said the plan was \"dead in the water\" and walked out of the hall.";
        var quote = new Quote(Speaker(text, "Ana Ruiz"), Span(text, "said"), Span(text, "the plan was \"dead in the water\""), false, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        QuotationEnd.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    [Fact]
    public void A_content_is_not_carried_over_another_quote_s_cue()
    {
        const string text = "Ana Ruiz said \"the port is shut, the minister told us, and the ferry too\".";
        var other = new Quote(Speaker(text, "the minister"), Span(text, "told"), Span(text, "the port is shut"), false, Stance.Asserts);
        var quote = new Quote(Speaker(text, "Ana Ruiz"), Span(text, "said"), Span(text, "\"the port is shut"), false, Stance.Asserts);
        var quotes = new List<Quote> { quote, other };

        QuotationEnd.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    private static Speaker Speaker(string text, string words) => new(Span(text, words), "speaker");

    private static TextSpan Span(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(start, start + words.Length);
    }
}
