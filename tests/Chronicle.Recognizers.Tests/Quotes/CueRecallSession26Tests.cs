using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 26, cue recall: a cue verb whose content opens with a short object and a colon before a quotation takes in
/// the object and the colon, as PolNeAR's annotators bound such a cue (CueColonObject); the content then opens at the
/// quotation.
/// </summary>
public sealed class CueRecallSession26Tests
{
    // One quote whose cue is `cue` (its first occurrence) and whose content is the words after it, after
    // CueColonObject: the cue's words and the content's first word.
    private static (string Cue, string ContentStart) Widened(string text, string cue)
    {
        var quotes = new List<Quote> { QuoteFacts.Reported(text, cue) };

        CueColonObject.Widen(QuoteFacts.Of(text).Q, quotes);

        var content = quotes[0].Content.Of(text);
        return (quotes[0].Cue.Of(text), content.Split(' ')[0]);
    }

    [Theory]
    [InlineData("The mayor of Leeds added a warning: \"Nobody will back a plan that closes the library.\"", "added", "added a warning:", "\"Nobody")]
    [InlineData("The governor of Ohio gave the farmers a promise: \"The bridge in Toledo will open in May.\"", "gave", "gave the farmers a promise:", "\"The")]
    [InlineData("The minister in Cardiff has issued a short statement: \"The port will reopen on Friday.\"", "has issued", "has issued a short statement:", "\"The")]
    public void A_cue_takes_its_object_and_colon_before_a_quotation(string text, string cue, string expectedCue, string expectedStart)
    {
        Widened(text, cue).ShouldBe((expectedCue, expectedStart));
    }

    [Theory]
    // A noun phrase after the colon: the object opens the message.
    [InlineData("The unions in Porto suggested one way out: a strike on the trams in May.", "suggested")]
    // A colon right after the verb.
    [InlineData("The mayor of Leeds said: \"The library will stay open.\"", "said")]
    // A clause of its own before the colon.
    [InlineData("The governor of Ohio said that it was simple: \"The bridge will open.\"", "said")]
    // Punctuation before the colon.
    [InlineData("The minister in Cardiff spoke, at length, about it: \"The port will reopen.\"", "spoke")]
    public void Other_cues_keep_their_bounds(string text, string cue)
    {
        Widened(text, cue).Cue.ShouldBe(cue);
    }
}
