namespace Chronicle.Events.Tests;

/// <summary>
/// A visit to a town of another state than the visitor's meets that state; a visit to a town of the visitor's own state,
/// or by a visitor of no known state, is still touring, not a meeting.
/// </summary>
public sealed class VisitsSession29Tests
{
    private static readonly DateOnly Published = new(1998, 8, 20);

    [Fact]
    public void A_foreign_secretary_of_state_visiting_a_capital_meets_its_state()
    {
        var run = Coded.Run("Secretary of State Madeleine Albright visited Nairobi on Tuesday.", Published);
        var visit = run.Single(PloverType.Consult);
        visit.Mode.ShouldBe("visit");
        visit.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "US");
        visit.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "KE");
    }

    [Fact]
    public void A_foreign_premier_visiting_a_city_meets_its_state()
    {
        var run = Coded.Run("The Chinese premier visited Paris on Monday.", Published);
        var visit = run.Single(PloverType.Consult);
        visit.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "CN");
        visit.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "FR");
    }

    [Fact]
    public void A_leader_visiting_a_town_of_his_own_state_meets_nobody()
    {
        var run = Coded.Run("Prime Minister Tony Blair visited Manchester on Tuesday.", Published);
        run.Events.ShouldBeEmpty();
    }

    [Fact]
    public void A_premier_visiting_a_city_of_his_own_state_meets_nobody()
    {
        var run = Coded.Run("The Chinese premier visited Shanghai on Monday.", Published);
        run.Events.ShouldBeEmpty();
    }

    [Fact]
    public void A_visitor_of_no_known_state_visiting_a_town_meets_nobody()
    {
        var run = Coded.Run("Mr Dalby visited Sheffield on Tuesday.", Published);
        run.Events.ShouldBeEmpty();
    }
}
