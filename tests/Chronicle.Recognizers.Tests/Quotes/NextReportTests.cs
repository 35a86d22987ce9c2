using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class NextReportTests
{
    [Fact]
    public void A_content_ends_before_a_second_report_joined_by_a_conjunction()
    {
        const string text = "Ana Ruiz said the talks had failed, and Ben Ode said they would resume.";
        var f = QuoteFacts.Of(text);
        var secondSaid = f.At("ode") + 1;
        var first = Report(f, null, f.At("said"), f.At("the"), f.At(".") - 1);
        var second = Report(f, (f.At("ben"), f.At("ode")), secondSaid, secondSaid + 1, f.At(".") - 1);
        var quotes = new List<Quote> { first, second };

        NextReport.Cut(f.Q, quotes);

        text[quotes[0].Content.Start..quotes[0].Content.End].ShouldBe("the talks had failed");
        quotes[1].ShouldBe(second);
    }

    [Fact]
    public void A_content_ends_before_a_cue_verb_coordinated_with_its_own()
    {
        const string text = "The minister denied the report but called the inquiry fair.";
        var f = QuoteFacts.Of(text);
        var quotes = new List<Quote>
        {
            Report(f, null, f.At("denied"), f.At("report") - 1, f.At(".") - 1),
            Report(f, null, f.At("called"), f.At("called") + 1, f.At(".") - 1),
        };

        NextReport.Cut(f.Q, quotes);

        text[quotes[0].Content.Start..quotes[0].Content.End].ShouldBe("the report");
    }

    [Fact]
    public void A_report_nested_in_the_content_stays_in_it()
    {
        const string text = "Ana Ruiz said that Ben Ode denied the charge.";
        var f = QuoteFacts.Of(text);
        var outer = Report(f, null, f.At("said"), f.At("that"), f.At(".") - 1);
        var quotes = new List<Quote> { outer, Report(f, (f.At("ben"), f.At("ode")), f.At("denied"), f.At("the"), f.At(".") - 1) };

        NextReport.Cut(f.Q, quotes);

        quotes[0].ShouldBe(outer);
    }

    [Fact]
    public void A_quotation_is_not_cut()
    {
        const string text = "Ana Ruiz said \"the talks failed, and Ben Ode said so.\"";
        var f = QuoteFacts.Of(text);
        var quoted = Report(f, null, f.At("said"), f.At("said") + 1, f.Count - 1) with { Direct = true };
        var secondSaid = f.At("ode") + 1;
        var quotes = new List<Quote> { quoted, Report(f, (f.At("ben"), f.At("ode")), secondSaid, secondSaid + 1, secondSaid + 1) };

        NextReport.Cut(f.Q, quotes);

        quotes[0].ShouldBe(quoted);
    }

    private static Quote Report(TokenFacts f, (int First, int Last)? source, int cue, int contentFirst, int contentLast) => new(
        source is { } s ? new Speaker(f.Q.Span(s.First, s.Last), "speaker") : null,
        f.Q.Span(cue, cue),
        f.Q.Span(contentFirst, contentLast),
        false,
        Stance.Asserts);
}
