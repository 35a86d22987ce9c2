namespace Chronicle.Events.Tests;

/// <summary>
/// Actors, session 28 (issue #7): a person's or a state's envoy, adviser or spokesman after a possessive is the one acted
/// on, of the possessor's side; a hyphenated place name (`Dar-es-Salaam`) the names stage read as a person is a place;
/// a three-letter word is a capital only by its own name (`Bin Laden` is not Vienna by an alias).
/// </summary>
public sealed class ActorsSession28Tests
{
    private static readonly DateOnly Today = new(1998, 8, 20);

    [Fact]
    public void A_states_envoy_met_is_the_envoy_of_that_state()
    {
        var run = Coded.Run("President Clinton met Iran's envoy in Vienna.", Today);
        var target = run.Single(PloverType.Consult).Actors.Single(a => a.Role == ActorRole.Target);
        target.Canonical.ShouldContain("envoy");
        target.Country.ShouldBe("IR");
    }

    [Fact]
    public void A_ministers_adviser_arrested_is_the_adviser()
    {
        var run = Coded.Run("Police in Lagos arrested the governor's spokesman on Monday.", Today);
        run.Single(PloverType.Coerce).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("spokesman"));
    }

    [Fact]
    public void A_hyphenated_city_after_another_city_is_a_place_not_a_target()
    {
        var run = Coded.Run("Protesters marched in Mombasa and Dar-es-Salaam on Friday.", Today);
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Canonical.StartsWith("Dar", StringComparison.Ordinal)
            && a.Country != "TZ"));
    }

    [Fact]
    public void A_hyphenated_city_is_placed_in_its_country()
    {
        var run = Coded.Run("Gunmen attacked a police station in Cap-Haitien and Port-au-Prince, killing three officers.", Today);
        run.Events.ShouldContain(e => e.Place != null && e.Place.Country == "HT");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Canonical == "Port-au-Prince" && a.Country != "HT"));
    }

    [Fact]
    public void A_short_first_word_that_is_only_an_alias_of_a_capital_gives_no_country()
    {
        var run = Coded.Run("Bin Laden threatened the United States.", Today);
        run.Single(PloverType.Threaten).Actors.ShouldNotContain(a => a.Role == ActorRole.Source && a.Country == "AT");
    }

    [Fact]
    public void A_name_opened_by_a_capital_is_still_of_its_country()
    {
        var run = Coded.Run("Baghdad University students protested against the government.", Today);
        run.Single(PloverType.Protest).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "IQ");
    }
}
