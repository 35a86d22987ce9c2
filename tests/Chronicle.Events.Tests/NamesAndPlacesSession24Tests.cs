namespace Chronicle.Events.Tests;

/// <summary>
/// Names and places, session 24 (issue #7): a name the gazetteer does not hold that the article names elsewhere as an
/// organisation (`talks at Ryanair` after `Ryanair said`) is that organisation, not the event's place.
/// </summary>
public sealed class NamesAndPlacesSession24Tests
{
    private static readonly DateOnly Today = new(2024, 5, 1);

    [Fact]
    public void Talks_at_a_firm_the_article_names_as_an_organisation_are_not_placed_at_the_firm()
    {
        var run = Coded.Run(
            "Aer Lingus said on Monday it would cut 500 jobs at its Dublin base. The Irish Transport Union said it would hold talks at Aer Lingus next week.",
            Today);
        var talks = run.Single(PloverType.Consult);
        talks.Place?.Name.ShouldNotBe("Aer Lingus");
    }

    [Fact]
    public void Talks_in_a_city_keep_the_city_as_place()
    {
        var run = Coded.Run("Aer Lingus said on Monday it would cut jobs. The union said it would hold talks in Cork next week.", Today);
        run.Single(PloverType.Consult).Place?.Name.ShouldBe("Cork");
    }
}
