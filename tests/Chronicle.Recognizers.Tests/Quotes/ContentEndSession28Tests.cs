using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 28: a reported content ends before a temporal or causal <c>as</c> clause with a subject and finite verb of
/// its own (AsClause); a comparison's <c>as</c>, an <c>as</c> without a clause after it and a quotation stay.
/// </summary>
public sealed class ContentEndSession28Tests
{
    // The content of one quote whose cue is the first `cue` after AsClause.
    private static string Content(string text, string cue) => QuoteFacts.ContentAfter(text, cue, AsClause.Cut);

    [Theory]
    [InlineData("The mayor announced that Ana Costa would lead the port authority as the strike enters its third week.", "announced", "that Ana Costa would lead the port authority")]
    [InlineData("The union criticized the pension plan as it heads to a vote in Lisbon.", "criticized", "the pension plan")]
    [InlineData("The governor said the ferries would stay in Braga, as the storm moved north on Monday.", "said", "the ferries would stay in Braga")]
    [InlineData("The minister announced plans to sell the airline, just as the government had done with the railways.", "announced", "plans to sell the airline")]
    public void An_as_clause_ends_the_content(string text, string cue, string expected)
    {
        Content(text, cue).ShouldBe(expected);
    }

    [Theory]
    // A comparison or a connective after an adjective or adverb.
    [InlineData("The mayor said the ferries would run as long as the weather holds in Porto.", "said", "the ferries would run as long as the weather holds in Porto")]
    [InlineData("The union criticized ports such as Leixoes for their fees.", "criticized", "ports such as Leixoes for their fees")]
    // A second `as` of a comparison.
    [InlineData("The mayor said the harbour was as busy as it was in the spring.", "said", "the harbour was as busy as it was in the spring")]
    // An `as` without a clause of its own after it.
    [InlineData("The council described the plan as a danger to the fishing fleet.", "described", "the plan as a danger to the fishing fleet")]
    // After `that` the clause opens the reported clause.
    [InlineData("The mayor said that as the ferries were late, the port would stay open in Porto.", "said", "that as the ferries were late, the port would stay open in Porto")]
    // Right after a verb the clause is the verb's own.
    [InlineData("The fishermen said they have protested as the ministry has cut their quotas.", "said", "they have protested as the ministry has cut their quotas")]
    // Inside a subordinate clause of the content the clause is that clause's.
    [InlineData("The mayor said the port closed when the union blocked the gates as the ferries arrived.", "said", "the port closed when the union blocked the gates as the ferries arrived")]
    // An `as` inside a quotation is the speaker's.
    [InlineData("The union criticized the \"plan that fails as the ports close\" in Braga.", "criticized", "the \"plan that fails as the ports close\" in Braga")]
    public void Otherwise_the_content_stays(string text, string cue, string expected)
    {
        Content(text, cue).ShouldBe(expected);
    }
}
