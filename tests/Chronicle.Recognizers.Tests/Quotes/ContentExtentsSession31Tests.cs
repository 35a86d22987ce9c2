using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 31, content extents: a reported content ends before a single dash outside quotation marks that opens a new
/// clause of the writer's (a pronoun or <c>there</c> as its subject, <c>though</c>, <c>where</c>: ContentAdjunct); a
/// pair of dashes around a parenthesis, a dash before a noun phrase or a conjunction, and a dash inside a quotation stay.
/// </summary>
public sealed class ContentExtentsSession31Tests
{
    // The content of one quote whose cue is the first `cue` after ContentAdjunct.
    private static string Content(string text, string cue) => QuoteFacts.ContentAfter(text, cue, ContentAdjunct.Cut);

    [Theory]
    [InlineData("The mayor said she would run again in Porto - though it is unclear whether the party will back her.", "said", "she would run again in Porto")]
    [InlineData("The senator praised the governor for cutting the ferry fares - she was a critic of the old tolls.", "praised", "the governor for cutting the ferry fares")]
    [InlineData("The union said the strike in Braga would go on — there are two more rallies planned.", "said", "the strike in Braga would go on")]
    [InlineData("The minister repeated the claim at a rally in Leeds — where he also met the farmers.", "repeated", "the claim at a rally in Leeds")]
    public void A_dash_before_a_new_clause_ends_the_content(string text, string cue, string expected)
    {
        Content(text, cue).ShouldBe(expected);
    }

    [Theory]
    // A pair of dashes around a parenthesis, before or after the content's end.
    [InlineData("The mayor said the tram - it was late again - would be replaced in Porto.", "said")]
    [InlineData("The mayor said that if the tram is late - and it often is - it will be replaced.", "said")]
    // A dash before a noun phrase, a conjunction or a participle.
    [InlineData("The mayor said the tram would be replaced in Porto - a pledge from her campaign.", "said")]
    [InlineData("The mayor said the tram would be replaced in Porto - and that the fares would fall.", "said")]
    [InlineData("The mayor said the tram would be replaced in Porto -- even though it was new.", "said")]
    // A dash inside a quotation.
    [InlineData("The mayor said the tram was \"late - it always is\" in Porto.", "said")]
    [InlineData("The mayor said \"the tram is late - it always is.\"", "tram is")]
    public void Other_dashes_leave_the_content_whole(string text, string cue)
    {
        var expected = text[(text.IndexOf(cue, StringComparison.Ordinal) + cue.Length + 1)..^1];
        Content(text, cue).ShouldBe(expected);
    }
}
