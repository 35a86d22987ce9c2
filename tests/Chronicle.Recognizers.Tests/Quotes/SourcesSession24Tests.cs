using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 24: a passive cue followed by a `by` agent takes the agent as its source (PassiveAgent); a time after `by`
/// and a feeling's participle keep the source found.
/// </summary>
public sealed class SourcesSession24Tests
{
    // One quote whose cue is the words `cueFrom` to `cueTo` (first occurrences), with the subject before the cue as
    // its speaker (null when `subject` is null), after PassiveAgent: the speaker's words, or null.
    private static string? Source(string text, string cueFrom, string cueTo, string? subject)
    {
        var f = QuoteFacts.Of(text);
        var cueAt = text.IndexOf(cueFrom, StringComparison.Ordinal);
        var (first, end) = f.Q.TokensOf(cueAt, text.IndexOf(cueTo, cueAt, StringComparison.Ordinal) + cueTo.Length);
        Speaker? speaker = null;
        if (subject is not null)
        {
            var s = text.IndexOf(subject, StringComparison.Ordinal);
            var (sf, se) = f.Q.TokensOf(s, s + subject.Length);
            speaker = new Speaker(f.Q.Span(sf, se - 1), "speaker");
        }
        var quote = new Quote(speaker, f.Q.Span(first, end - 1), f.Q.Span(end, f.Count - 2), false, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        PassiveAgent.Apply(f.Q, quotes);

        return quotes[0].Speaker?.Span.Of(text);
    }

    [Theory]
    [InlineData("The harbour plan was sharply criticized by three mayors for raising the tariffs.", "was", "criticized", "The harbour plan", "three mayors")]
    [InlineData("The new tariff has been rejected by the farmers in the valley.", "has", "rejected", "The new tariff", "the farmers in the valley")]
    [InlineData("The minister was questioned by the dockers and the port unions about the closure.", "was", "questioned", "The minister", "the dockers and the port unions")]
    [InlineData("The bridge plan was denied by the council in Braga on Monday.", "was", "denied", null, "the council in Braga")]
    public void A_passive_cue_s_by_agent_is_the_source(string text, string cueFrom, string cueTo, string? subject, string expected)
    {
        Source(text, cueFrom, cueTo, subject).ShouldBe(expected);
    }

    [Fact]
    public void A_participle_right_after_the_noun_it_modifies_takes_its_agent()
    {
        Source("He rejected the tariff, a view shared by the dockers in Porto.", "shared", "shared", "a view").ShouldBe("the dockers in Porto");
    }

    [Theory]
    // A time after `by` is no agent.
    [InlineData("The closure was announced by Friday evening in Lisbon.", "was", "announced", "The closure")]
    [InlineData("The deal was confirmed by the end of the week.", "was", "confirmed", "The deal")]
    // A feeling's participle: the subject holds the view.
    [InlineData("The farmers were alarmed by the new tariff.", "were", "alarmed", "The farmers")]
    // An active participle after `have` is no passive.
    [InlineData("The mayor had warned by then that the port would close.", "had", "warned", "The mayor")]
    public void The_found_source_stays_without_a_passive_agent(string text, string cueFrom, string cueTo, string subject)
    {
        Source(text, cueFrom, cueTo, subject).ShouldBe(subject);
    }
}
