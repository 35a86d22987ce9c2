using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 25b: a noun phrase's reported content ends before the cue's adjunct of medium (a preposition and a noun
/// phrase headed by a statement, a speech, a news conference; MediumAdjunct); a clause's own adjunct, a content that
/// goes on with a finite verb and a quotation stay.
/// </summary>
public sealed class ContentAdjunctsSession25Tests
{
    // The content of one quote whose cue is the first `cue` after MediumAdjunct.
    private static string Content(string text, string cue) => QuoteFacts.ContentAfter(text, cue, MediumAdjunct.Cut);

    [Theory]
    [InlineData("The mayor of Braga criticized the new toll plan in a statement on Friday.", "criticized", "the new toll plan")]
    [InlineData("The Lisbon council welcomed the harbour deal at a news conference.", "welcomed", "the harbour deal")]
    [InlineData("The senator attacked the budget cuts in a tweet late on Monday.", "attacked", "the budget cuts")]
    public void A_medium_adjunct_ends_a_noun_phrase_content(string text, string cue, string expected)
    {
        Content(text, cue).ShouldBe(expected);
    }

    [Theory]
    // A clause's adjunct may be its own.
    [InlineData("The minister said the deal was signed at a conference in Porto.", "said", "the deal was signed at a conference in Porto")]
    // An infinitive's adjunct is its own.
    [InlineData("The governor is expected to remain in a post at the port authority.", "expected", "to remain in a post at the port authority")]
    // Not a medium.
    [InlineData("The mayor criticized the new toll plan in the town of Braga.", "criticized", "the new toll plan in the town of Braga")]
    // A quotation stays whole.
    [InlineData("The senator attacked the \"cuts in a statement\" of the board.", "attacked", "the \"cuts in a statement\" of the board")]
    public void Otherwise_the_content_stays(string text, string cue, string expected)
    {
        Content(text, cue).ShouldBe(expected);
    }
}
