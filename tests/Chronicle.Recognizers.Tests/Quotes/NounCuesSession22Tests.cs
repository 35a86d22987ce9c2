using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 22: a clause's measured finding reported <c>in</c> a poll or survey is attributed to the poll, the
/// preposition its cue and the clause its content (PollCue); a clause with no number or share reads the poll as the
/// election and is left alone.
/// </summary>
public sealed class NounCuesSession22Tests
{
    [Theory]
    [InlineData("Ana Ruiz held a six-point lead among teachers in a Leeds Post poll.", "a Leeds Post poll", "Ana Ruiz held a six-point lead among teachers")]
    [InlineData("Forty percent of voters in Porto backed the plan in the latest survey.", "the latest survey", "Forty percent of voters in Porto backed the plan")]
    [InlineData("In a Leeds Post poll released Sunday, 8 percent of teachers backed the strike.", "a Leeds Post poll", "8 percent of teachers backed the strike")]
    public void A_finding_in_a_poll_takes_the_poll_as_its_source(string text, string source, string content)
    {
        var q = QuoteFacts.Of(text).Q;
        var quotes = new List<Quote>();

        PollCue.Add(q, quotes);

        var quote = quotes.ShouldHaveSingleItem();
        quote.Cue.Of(text).ShouldBe(text.StartsWith("In ", StringComparison.Ordinal) ? "In" : "in");
        quote.Speaker.ShouldNotBeNull().Span.Of(text).ShouldBe(source);
        quote.Content.Of(text).ShouldBe(content);
    }

    [Theory]
    [InlineData("The minister is keen to play a part in the poll.")]
    [InlineData("Ana Ruiz spoke about the poll numbers in the Leeds Post poll numbers report.")]
    [InlineData("The party was behind in the polls in 1970.")]
    public void A_clause_with_no_measured_finding_is_left_alone(string text)
    {
        var quotes = new List<Quote>();

        PollCue.Add(QuoteFacts.Of(text).Q, quotes);

        quotes.ShouldBeEmpty();
    }

    [Fact]
    public void A_poll_inside_another_attribution_is_left_alone()
    {
        const string text = "Ana Ruiz said she held a six-point lead in a Leeds Post poll.";
        var q = QuoteFacts.Of(text).Q;
        var said = text.IndexOf("said", StringComparison.Ordinal);
        var content = text.IndexOf("she", StringComparison.Ordinal);
        var quotes = new List<Quote> { new(null, new TextSpan(said, said + 4), new TextSpan(content, text.Length - 1), false, Stance.Asserts) };

        PollCue.Add(q, quotes);

        quotes.Count.ShouldBe(1);
    }
}
