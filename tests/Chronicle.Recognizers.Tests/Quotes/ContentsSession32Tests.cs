using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 32, contents: a reported clause content after its cue that stops at a comma takes in a concessive clause
/// after it (<c>, although</c>, <c>, though</c>, <c>, even though</c>) or a second <c>that</c> clause after <c>but</c>,
/// to the sentence's end, not after a cue of belief (ConcessiveClause).
/// </summary>
public sealed class ContentsSession32Tests
{
    // The content, after ConcessiveClause, of one quote whose cue is the first `cue` and whose content is the first `content`.
    private static string Content(string text, string cue, string content, params (string Cue, string Content)[] others)
    {
        var f = QuoteFacts.Of(text);
        var quotes = new List<Quote> { Quote(f.Q, text, cue, content) };
        quotes.AddRange(others.Select(o => Quote(f.Q, text, o.Cue, o.Content)));
        ConcessiveClause.Extend(f.Q, quotes);
        return quotes[0].Content.Of(text);
    }

    private static Quote Quote(QuoteText q, string text, string cue, string content)
    {
        var cueAt = text.IndexOf(cue, StringComparison.Ordinal);
        var contentAt = text.IndexOf(content, cueAt + cue.Length, StringComparison.Ordinal);
        var (cueFirst, cueEnd) = q.TokensOf(cueAt, cueAt + cue.Length);
        var (first, end) = q.TokensOf(contentAt, contentAt + content.Length);
        return new Quote(null, q.Span(cueFirst, cueEnd - 1), q.Span(first, end - 1), false, Stance.Asserts);
    }

    [Theory]
    [InlineData("She said the new ferry to Porto was a step forward, although the fares are still too high.", "said",
        "the new ferry to Porto was a step forward", "the new ferry to Porto was a step forward, although the fares are still too high")]
    [InlineData("The mayor said the bridge in Braga would reopen, though it would take months.", "said",
        "the bridge in Braga would reopen", "the bridge in Braga would reopen, though it would take months")]
    [InlineData("The minister argued the tax on fuel was fair, even though farmers in Leeds pay more.", "argued",
        "the tax on fuel was fair", "the tax on fuel was fair, even though farmers in Leeds pay more")]
    [InlineData("The union said the deal was welcome, but that the council in Porto had acted too late.", "said",
        "the deal was welcome", "the deal was welcome, but that the council in Porto had acted too late")]
    public void A_concessive_clause_after_a_comma_stays_in_the_content(string text, string cue, string content, string expected)
    {
        Content(text, cue, content).ShouldBe(expected);
    }

    [Theory]
    // No finite verb in the content: a noun phrase, not a clause.
    [InlineData("The senator praised the new ferry to Porto, although the fares are still too high.", "praised", "the new ferry to Porto")]
    // `but` without `that` is the writer's own clause.
    [InlineData("The mayor said the bridge in Braga would reopen, but the council voted against it.", "said", "the bridge in Braga would reopen")]
    // A cue of belief: the reservation may be the writer's.
    [InlineData("Most analysts believe the vote in Braga is too close to call, although few polls have been taken.", "believe", "the vote in Braga is too close to call")]
    // A comma and another word.
    [InlineData("The mayor said the bridge in Braga would reopen, adding that it was safe.", "said", "the bridge in Braga would reopen")]
    public void Other_contents_stay(string text, string cue, string content)
    {
        Content(text, cue, content).ShouldBe(content);
    }

    [Fact]
    public void A_content_is_not_widened_over_another_cue()
    {
        const string text = "The mayor said the bridge in Braga would reopen, although engineers warned it was unsafe.";
        Content(text, "said", "the bridge in Braga would reopen", ("warned", "it was unsafe")).ShouldBe("the bridge in Braga would reopen");
    }
}
