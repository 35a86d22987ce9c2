namespace Chronicle.Events.Tests;

/// <summary>
/// An official of a stated state who arrives in, flies to, lands in or travels to a place of another state visits it; a
/// return home, troops, refugees, tourists and storms arriving are no visit.
/// </summary>
public sealed class ArrivalsSession29Tests
{
    private static readonly DateOnly Published = new(1998, 8, 20);

    [Fact]
    public void A_secretary_of_state_arriving_in_a_foreign_capital_visits_its_state()
    {
        var run = Coded.Run("Secretary of State Madeleine Albright arrived in Nairobi on Tuesday.", Published);
        var visit = run.Single(PloverType.Consult);
        visit.Mode.ShouldBe("visit");
        visit.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "US");
        visit.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "KE");
    }

    [Fact]
    public void A_premier_flying_to_a_foreign_city_visits_its_state()
    {
        var run = Coded.Run("The Chinese premier flew to Paris on Monday.", Published);
        var visit = run.Single(PloverType.Consult);
        visit.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "CN");
        visit.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "FR");
    }

    [Fact]
    public void A_minister_landing_in_a_foreign_capital_visits_its_state()
    {
        var run = Coded.Run("The French foreign minister landed in Algiers on Friday.", Published);
        var visit = run.Single(PloverType.Consult);
        visit.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "DZ");
    }

    [Fact]
    public void A_prime_minister_travelling_to_a_foreign_capital_visits_its_state()
    {
        var run = Coded.Run("Prime Minister Tony Blair travelled to Moscow on Friday.", Published);
        var visit = run.Single(PloverType.Consult);
        visit.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GB");
        visit.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "RU");
    }

    [Theory]
    [InlineData("Prime Minister Tony Blair flew back to London on Friday.")]
    [InlineData("Prime Minister Tony Blair arrived in Manchester on Tuesday.")]
    [InlineData("Thousands of refugees arrived in Macedonia on Sunday.")]
    [InlineData("British troops arrived in Basra on Monday.")]
    [InlineData("Hundreds of British tourists arrived in Malaga on Sunday.")]
    [InlineData("Hurricane Mitch arrived in Honduras on Monday.")]
    [InlineData("Mr Dalby arrived in Sheffield on Tuesday.")]
    public void Arrivals_that_are_no_visit_code_nothing(string sentence)
    {
        var run = Coded.Run(sentence, Published);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }
}
