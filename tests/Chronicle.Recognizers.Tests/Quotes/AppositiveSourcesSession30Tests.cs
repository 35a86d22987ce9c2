namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 30, appositive sources: a source before its cue found inside a name's apposition or relative clause set off
/// by commas right before the cue is the whole subject, the name with its apposition and the closing comma
/// (SourceExtent.Apposition).
/// </summary>
public sealed class AppositiveSourcesSession30Tests
{
    private static string Source(string text, string source, string cue) => QuoteFacts.SourceAfterExtent(text, source, cue);

    [Theory]
    [InlineData("Keith Ruiz, a plumber who attended the rally in Porto, blamed the mayor for the flooding.", "a plumber who", "blamed", "Keith Ruiz, a plumber who attended the rally in Porto,")]
    [InlineData("Ana Ruiz, assistant secretary for roads, ports, and airports, said the bridge in Braga would reopen.", "ports, and airports,", "said", "Ana Ruiz, assistant secretary for roads, ports, and airports,")]
    public void A_source_inside_an_apposition_is_the_name_with_its_apposition(string text, string source, string cue, string expected)
    {
        Source(text, source, cue).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Mrs. Ruiz, who did not name the minister, said on Monday that the port in Lisbon was sold too cheaply.", "Mrs. Ruiz, who", "said", "Mrs. Ruiz, who did not name the minister,")]
    public void A_source_running_into_a_relative_clause_takes_the_clause(string text, string source, string cue, string expected)
    {
        Source(text, source, cue).ShouldBe(expected);
    }

    [Theory]
    // The name alone stays; a clause after the apposition's inner comma is no apposition.
    [InlineData("Ana Ruiz, a farmer from Braga, said the tariff was too high.", "Ana Ruiz", "said")]
    [InlineData("Ana Ruiz, the mayor, blamed Lee for the flooding in Porto, saying the dam was too old.", "Lee", "saying")]
    public void A_name_alone_or_a_clause_stays(string text, string source, string cue)
    {
        Source(text, source, cue).ShouldBe(source);
    }
}
