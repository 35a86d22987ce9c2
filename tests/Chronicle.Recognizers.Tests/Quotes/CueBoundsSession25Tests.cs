using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 25, cue bounds on the left as PolNeAR's annotators mark them: a cue that opens at an infinitive's
/// <c>to</c> takes in the catenative verb group governing it (CueCatenative); on its right, a verb of urging takes
/// the <c>on</c> before the one urged and an infinitive (CueOnTo).
/// </summary>
public sealed class CueBoundsSession25Tests
{
    // One quote whose cue is `cue` (its first occurrence), with the words after it as its content and no speaker,
    // after CueCatenative: the cue's words.
    private static string Widened(string text, string cue)
    {
        var quotes = new List<Quote> { QuoteFacts.Reported(text, cue) with { Speaker = null } };

        CueCatenative.Widen(QuoteFacts.Of(text).Q, quotes);

        return quotes[0].Cue.Of(text);
    }

    [Theory]
    [InlineData("The mayor of Porto went on to attack the new tolls.", "to attack", "went on to attack")]
    [InlineData("The dockers in Lisbon are planning to boycott the talks.", "to boycott", "are planning to boycott")]
    [InlineData("The governor of Ohio has repeatedly threatened to veto the budget.", "to veto", "has repeatedly threatened to veto")]
    public void An_infinitive_cue_takes_its_catenative_verb_group(string text, string cue, string expected)
    {
        Widened(text, cue).ShouldBe(expected);
    }

    [Theory]
    // No verb before the `to`.
    [InlineData("The farmers in Wales are ready to say the subsidy has failed.", "to say")]
    // The cue does not open at `to` and a bare verb.
    [InlineData("The council in Leeds called for a new tram.", "called for")]
    public void Other_cues_keep_their_bounds(string text, string cue)
    {
        Widened(text, cue).ShouldBe(cue);
    }

    // One quote whose cue is `cue` and whose content is the words after it, after CueOnTo: the cue's and the content's
    // words.
    private static (string Cue, string Content) Fitted(string text, string cue)
    {
        var quotes = new List<Quote> { QuoteFacts.Reported(text, cue) };

        CueOnTo.Fit(QuoteFacts.Of(text).Q, quotes);

        return (quotes[0].Cue.Of(text), quotes[0].Content.Of(text));
    }

    [Theory]
    [InlineData("The mayor of Porto called on the government to cut the tolls.", "called", "called on", "the government to cut the tolls")]
    [InlineData("The dockers in Lisbon have been calling on the ministry to reopen the talks.", "have been calling", "have been calling on", "the ministry to reopen the talks")]
    [InlineData("The mayor of Porto spoke for an hour, commenting on the new tolls in Braga.", "commenting", "commenting on", "the new tolls in Braga")]
    public void A_verb_of_urging_or_a_participle_takes_its_on(string text, string cue, string expectedCue, string expectedContent)
    {
        Fitted(text, cue).ShouldBe((expectedCue, expectedContent));
    }

    [Theory]
    // `on` opens an adjunct of time or occasion, with no infinitive after the one addressed.
    [InlineData("The mayor of Porto said on Tuesday that the tolls would go.", "said")]
    [InlineData("The minister commented on the new tolls in Braga.", "commented")]
    [InlineData("The mayor of Porto said on Friday he hoped to cut the tolls.", "said")]
    public void Without_an_infinitive_the_on_stays_out(string text, string cue)
    {
        Fitted(text, cue).Cue.ShouldBe(cue);
    }
}
