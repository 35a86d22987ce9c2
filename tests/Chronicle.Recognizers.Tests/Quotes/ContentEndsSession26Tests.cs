using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 26: a noun phrase's reported content ends before <c>and</c> or <c>but</c> with no comma and a clause with a
/// subject and finite verb of its own (ConjoinedClause); a clause content, a cue that takes a clause without
/// <c>that</c>, a coordinated object and a quotation stay.
/// </summary>
public sealed class ContentEndsSession26Tests
{
    // The content of one quote whose cue is the first `cue` after ConjoinedClause.
    private static string Content(string text, string cue) => QuoteFacts.ContentAfter(text, cue, ConjoinedClause.Cut);

    [Theory]
    [InlineData("The senator has not endorsed the mayor of Porto and the governor withdrew his support on Monday.", "endorsed", "the mayor of Porto")]
    [InlineData("The union condemned the new pension plan and the ministers left the hall in Lisbon.", "condemned", "the new pension plan")]
    [InlineData("The council praised the harbour project but it voted against the budget.", "praised", "the harbour project")]
    public void A_conjoined_clause_ends_a_noun_phrase_content(string text, string cue, string expected)
    {
        Content(text, cue).ShouldBe(expected);
    }

    [Theory]
    // A clause content's second clause is as often reported.
    [InlineData("The mayor said the port was closed and the ferries stayed in Braga.", "said", "the port was closed and the ferries stayed in Braga")]
    // A cue that takes a clause without `that`: a coordinated subject.
    [InlineData("The minister said Ana Costa and Rui Silva left the party in March.", "said", "Ana Costa and Rui Silva left the party in March")]
    // A coordinated object.
    [InlineData("The union condemned the pension plan and the new tax on fuel.", "condemned", "the pension plan and the new tax on fuel")]
    // A coordinated object with a relative clause without its pronoun.
    [InlineData("The union condemned the pension cuts and the low wages employers paid in Braga.", "condemned", "the pension cuts and the low wages employers paid in Braga")]
    // A comma before the conjunction is SecondClause's.
    [InlineData("The union condemned the pension plan, and the ministers left the hall.", "condemned", "the pension plan, and the ministers left the hall")]
    // A quotation stays whole.
    [InlineData("The union condemned the \"pension plan and the ministers left\" slogan.", "condemned", "the \"pension plan and the ministers left\" slogan")]
    public void Otherwise_the_content_stays(string text, string cue, string expected)
    {
        Content(text, cue).ShouldBe(expected);
    }
}
