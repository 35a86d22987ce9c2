using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 25: a reported content that is already a clause ends before a comma and a clause of the writer's with its
/// own subject and finite verb, no conjunction between (ClauseAfter); an adverbial clause's main clause, a description
/// and a quotation stay.
/// </summary>
public sealed class ContentEndsSession25Tests
{
    // The content of one quote whose cue is the first `cue` after ClauseAfter.
    private static string Content(string text, string cue) => QuoteFacts.ContentAfter(text, cue, ClauseAfter.Cut);

    [Theory]
    [InlineData("The mayor said the ferry service would resume in May, the harbour board voted to close it in June.", "said", "the ferry service would resume in May")]
    [InlineData("Officials in Porto said the count was slow, it took two days to finish.", "said", "the count was slow")]
    [InlineData("The minister said the tolls had risen, there are now four of them on the coast road.", "said", "the tolls had risen")]
    public void A_clause_of_its_own_after_a_comma_ends_the_content(string text, string cue, string expected)
    {
        Content(text, cue).ShouldBe(expected);
    }

    [Theory]
    // The clause after an adverbial clause is the content's main clause.
    [InlineData("The minister said that when the polls closed, the count began at once.", "said", "that when the polls closed, the count began at once")]
    // No finite verb before the comma: a description, not a second clause.
    [InlineData("The governor said the vote, a close one in Braga, was fair.", "said", "the vote, a close one in Braga, was fair")]
    // No finite verb after the comma.
    [InlineData("The mayor said the ferries were late, the buses too.", "said", "the ferries were late, the buses too")]
    public void Without_a_second_clause_the_content_stays(string text, string cue, string expected)
    {
        Content(text, cue).ShouldBe(expected);
    }
}
