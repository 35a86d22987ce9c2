namespace Chronicle.Events.Tests;

/// <summary>
/// Actors and places, session 24 (issue #7): a place after `in` that follows the object of a request or a condemnation
/// is where the act is, not whom it is aimed at; a party named as the verb's object stays the target.
/// </summary>
public sealed class ActorsAndPlacesSession24Tests
{
    private static readonly DateOnly Today = new(2024, 5, 1);

    [Fact]
    public void A_call_for_calm_in_a_city_has_the_city_as_place_and_no_target()
    {
        var run = Coded.Run("The UN envoy called for calm in Baghdad on Monday.", Today);
        var call = run.Single(PloverType.Request);
        call.Actors.ShouldNotContain(a => a.Role == ActorRole.Target);
        call.Place?.Country.ShouldBe("IQ");
    }

    [Fact]
    public void A_condemnation_of_killings_in_a_city_is_not_aimed_at_the_city()
    {
        var run = Coded.Run("Amnesty International condemned the killings in Homs.", Today);
        var condemnation = run.Single(PloverType.Accuse);
        condemnation.Actors.ShouldNotContain(a => a.Role == ActorRole.Target && a.Country == "SY");
        condemnation.Place?.Country.ShouldBe("SY");
    }

    [Fact]
    public void A_state_called_on_stays_the_target_of_a_request_with_a_place_after_it()
    {
        var run = Coded.Run("France called on Iraq to hold elections in Baghdad.", Today);
        run.Single(PloverType.Request).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "IQ");
    }
}
