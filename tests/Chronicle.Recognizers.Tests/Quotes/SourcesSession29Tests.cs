namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 29, sources: a source before its cue found as the first of coordinated noun phrases takes in the others up
/// to the cue, and a list of sources may open after a colon or an opening adverb and its comma (SourceExtent).
/// </summary>
public sealed class SourcesSession29Tests
{
    private static string Source(string text, string source, string cue) => QuoteFacts.SourceAfterExtent(text, source, cue);

    [Theory]
    [InlineData("Forbes and Reuters say the harbour deal in Porto is off.", "Forbes", "say", "Forbes and Reuters")]
    [InlineData("The mayor and two of her aides argued that the tram in Leeds was too slow.", "The mayor", "argued", "The mayor and two of her aides")]
    public void A_first_source_takes_in_the_noun_phrases_coordinated_after_it(string text, string source, string cue, string expected)
    {
        Source(text, source, cue).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Instead, Matthews, Lopez and Ruiz argued that the port of Lisbon was sold too cheaply.", "Ruiz", "argued", "Matthews, Lopez and Ruiz")]
    [InlineData("Voters in Braga were split: farmers, grocers and bakers said the tariff was too high.", "bakers", "said", "farmers, grocers and bakers")]
    public void A_list_of_sources_opens_after_a_colon_or_an_opening_adverb(string text, string source, string cue, string expected)
    {
        Source(text, source, cue).ShouldBe(expected);
    }

    [Theory]
    // A clause before `and` stays out; a verb between the source and the cue is no list.
    [InlineData("The council passed the budget and the mayor said it was fair.", "the mayor", "said")]
    [InlineData("The mayor resigned and later said the tram in Leeds was too slow.", "The mayor", "said")]
    public void A_source_without_a_list_keeps_to_itself(string text, string source, string cue)
    {
        Source(text, source, cue).ShouldBe(source);
    }
}
