using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 28, missed cues: a speech verb whose object and <c>of</c> or <c>for</c> follow is a cue (CueObjectFrame),
/// the judging verbs the cue tagger scores far below its margin.
/// </summary>
public sealed class MissedCuesSession28Tests
{
    [Theory]
    [InlineData("The mayor of Porto accused the ferry company of hiding its losses.", "accused")]
    [InlineData("Farmers in Wales criticized the minister for the late payments.", "criticized")]
    [InlineData("The union leader accuses them of breaking the deal.", "accuses")]
    [InlineData("Ana Ruiz praised the new harbour board for its openness.", "praised")]
    public void A_speech_verb_before_its_object_and_of_or_for_is_a_cue(string text, string cue)
    {
        var f = QuoteFacts.Of(text);

        var (first, end) = CueObjectFrame.Cues(f).ShouldHaveSingleItem();

        f.Q.Span(first, end - 1).Of(text).ShouldBe(cue);
    }

    [Theory]
    [InlineData("The minister was accused of hiding the losses.")]
    [InlineData("The council bought a new ferry for the island.")]
    [InlineData("The farmers said the price rose.")]
    [InlineData("\u201cWe accused the company of lying,\u201d the farmers wrote.")]
    public void A_passive_another_verb_no_object_or_a_quoted_verb_is_no_cue(string text)
    {
        CueObjectFrame.Cues(QuoteFacts.Of(text)).ShouldBeEmpty();
    }
}
