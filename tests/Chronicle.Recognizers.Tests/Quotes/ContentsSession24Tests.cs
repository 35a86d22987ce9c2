using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 24: a passive cue with a `by` agent takes its subject as the content (the annotators mark the thing
/// criticized, not the words after the agent); a content already before the cue stays.
/// </summary>
public sealed class ContentsSession24Tests
{
    // One quote whose cue is the words `cueFrom` to `cueTo` (first occurrences), with the words after the cue as its
    // content, after PassiveAgent: the content's words.
    private static string Content(string text, string cueFrom, string cueTo)
    {
        var f = QuoteFacts.Of(text);
        var cueAt = text.IndexOf(cueFrom, StringComparison.Ordinal);
        var (first, end) = f.Q.TokensOf(cueAt, text.IndexOf(cueTo, cueAt, StringComparison.Ordinal) + cueTo.Length);
        var quote = new Quote(null, f.Q.Span(first, end - 1), f.Q.Span(end, f.Count - 2), false, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        PassiveAgent.Apply(f.Q, quotes);

        return quotes[0].Content.Of(text);
    }

    [Theory]
    [InlineData("The harbour plan was sharply criticized by three mayors for raising the tariffs.", "was", "criticized", "The harbour plan")]
    [InlineData("The new tariff has been rejected by the farmers in the valley.", "has", "rejected", "The new tariff")]
    [InlineData("In Braga, she was criticized by the council on Monday.", "was", "criticized", "she")]
    [InlineData("The bridge tolls will probably be opposed by the unions.", "be", "opposed", "The bridge tolls")]
    public void A_passive_report_s_content_is_its_subject(string text, string cueFrom, string cueTo, string expected)
    {
        Content(text, cueFrom, cueTo).ShouldBe(expected);
    }

    [Fact]
    public void A_participle_after_the_noun_it_modifies_takes_that_noun_phrase()
    {
        Content("He rejected the tariff, a view shared by the dockers in Porto.", "shared", "shared").ShouldBe("a view");
    }

    [Theory]
    // No `by` agent, or no subject: the content after the cue stays.
    [InlineData("The closure was announced by Friday evening in Lisbon.", "was", "announced", "by Friday evening in Lisbon")]
    // A feeling's participle is no passive report.
    [InlineData("The farmers were alarmed by the new tariff.", "were", "alarmed", "by the new tariff")]
    // The one addressed is no content.
    [InlineData("The mayor was asked by reporters about the tolls.", "was", "asked", "by reporters about the tolls")]
    // A noun phrase after a preposition is no subject.
    [InlineData("New ferry routes in Galicia and Asturias have been announced by the ministry.", "have", "announced", "by the ministry")]
    public void Without_a_passive_agent_or_subject_the_content_stays(string text, string cueFrom, string cueTo, string expected)
    {
        Content(text, cueFrom, cueTo).ShouldBe(expected);
    }
}
