using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 20d, contents given a found cue: a content that opens a quotation and stops inside it runs to the
/// quotation's close (QuotationEnd), and a reported content is not carried into a sentence another quote's content
/// holds (ContentContinuation), and a question or exclamation ending its sentence takes the cue of the next one when
/// that cue reports nothing of its own (DirectQuotes).
/// </summary>
public sealed class AttributionContentSession20Tests(QuoteFixture fixture) : IClassFixture<QuoteFixture>
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

    [Theory]
    [InlineData(true, "that the ferry would sail")]
    [InlineData(false, "that the ferry would sail. \"It will be a fine day.\"")]
    public void A_reported_content_is_not_carried_into_a_sentence_another_quote_holds(bool held, string expected)
    {
        const string text = "\"The port is ready,\" Ana Ruiz said, noting that the ferry would sail. \"It will be a fine day.\"";
        var first = Span(text, "\"The port is ready,\"");
        var second = new TextSpan(text.LastIndexOf('"', text.Length - 2), text.Length);
        var direct = new Quote(Speaker(text, "Ana Ruiz"), Span(text, "said"), held ? first.Union(second) : first, true, Stance.Asserts);
        var reported = new Quote(Speaker(text, "Ana Ruiz"), Span(text, "noting"), Span(text, "that the ferry would sail"), false, Stance.Asserts);
        var quotes = new List<Quote> { direct, reported };
        var facts = QuoteFacts.Of(text);
        // A table in which the report's situation goes on, as the annotators' counts may make it.
        var key = ContentContinuation.Key(facts, quotes, 1, reported.Content, 0)!.Value.Key;

        new ContentContinuation(new HashSet<ulong> { key }).Extend(facts, quotes);

        quotes[1].Content.Of(text).ShouldBe(expected);
    }

    [Fact]
    public void A_question_takes_the_bare_cue_of_the_sentence_after_it()
    {
        var q = fixture.Find("\"Will the bridge be ready before winter?\" Maria Lopez asked at the meeting.").ShouldHaveSingleItem();

        q.Cue.ShouldBe("asked");
        q.Content.ShouldBe("\"Will the bridge be ready before winter?\"");
    }

    [Fact]
    public void A_question_leaves_a_cue_that_reports_its_own_content()
    {
        var found = fixture.Find("\"Will the bridge be ready before winter?\" Maria Lopez said the council would decide in May.");

        found.ShouldNotContain(q => q.Content.StartsWith("\"Will", StringComparison.Ordinal));
    }

    private static Speaker Speaker(string text, string words) => new(Span(text, words), "speaker");

    private static TextSpan Span(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(start, start + words.Length);
    }
}
