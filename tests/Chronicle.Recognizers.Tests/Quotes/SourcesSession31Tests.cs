namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 31, sources: a source before its cue followed by the reflexive pronoun that repeats it, with only adverbs
/// before the cue, takes the pronoun in (SourceExtent.Reflexive); a source ends before the adverbs that run into its cue
/// (SourceExtent.TrailingAdverbs).
/// </summary>
public sealed class SourcesSession31Tests
{
    private static string Source(string text, string source, string cue) => QuoteFacts.SourceAfterExtent(text, source, cue);

    [Theory]
    [InlineData("Ana Ruiz herself said the bridge in Braga would reopen in May.", "Ana Ruiz", "said", "Ana Ruiz herself")]
    [InlineData("The governor himself quickly denied that the port in Faro would close.", "The governor", "denied", "The governor himself")]
    [InlineData("The ministers themselves have repeatedly argued that the port in Lisbon was sold too cheaply.", "The ministers", "have repeatedly argued", "The ministers themselves")]
    public void A_source_takes_in_its_reflexive_pronoun(string text, string source, string cue, string expected)
    {
        Source(text, source, cue).ShouldBe(expected);
    }

    [Theory]
    // The pronoun is the cue's object, or a verb stands between it and the cue.
    [InlineData("Ana Ruiz said the mayor had blamed himself for the flooding in Porto.", "the mayor", "blamed")]
    [InlineData("Ana Ruiz said she had told the voters in Braga that the tariff was too high.", "Ana Ruiz", "said")]
    public void A_source_without_its_reflexive_stays(string text, string source, string cue)
    {
        Source(text, source, cue).ShouldBe(source);
    }

    [Theory]
    [InlineData("The report now shows that the port in Faro lost money.", "The report now", "shows", "The report")]
    [InlineData("The minister then quickly denied that the bridge in Braga would close.", "The minister then quickly", "denied", "The minister")]
    public void A_source_ends_before_the_adverbs_that_run_into_its_cue(string text, string source, string cue, string expected)
    {
        Source(text, source, cue).ShouldBe(expected);
    }

    [Theory]
    // `here` and `there` belong to the source (session 30's CueLeadAdverb).
    [InlineData("Workers here said the factory in Porto would close.", "Workers here", "said")]
    public void A_source_keeps_here_and_there(string text, string source, string cue)
    {
        Source(text, source, cue).ShouldBe(source);
    }

    [Theory]
    [InlineData("\"The tariff is too high,\" said Ana Ruiz, 54, of Braga, Portugal, after meeting the minister in Lisbon.", "Ana Ruiz", "said", "Ana Ruiz, 54, of Braga, Portugal")]
    [InlineData("\"The tariff is too high,\" said Ana Ruiz, a spokeswoman for the port in Porto.", "Ana Ruiz", "said", "Ana Ruiz, a spokeswoman for the port in Porto")]
    public void A_description_after_the_cue_ends_before_a_preposition_after_a_comma(string text, string source, string cue, string expected)
    {
        Source(text, source, cue).ShouldBe(expected);
    }
}
