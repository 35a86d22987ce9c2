namespace Chronicle.Events.Tests;

public sealed class SeizuresSession27Tests
{
    [Fact]
    public void A_bomb_seized_by_police_is_a_seizure_by_the_police()
    {
        var run = Coded.Run("Police seized a bomb in a garage in Limerick on Tuesday.", new DateOnly(1998, 3, 22));
        var seizure = run.Events.Single(e => e.Type == PloverType.Coerce && e.Mode == "seize");
        seizure.Texts(ActorRole.Source, run.Text).ShouldBe(["Police"]);
    }

    [Fact]
    public void A_rifle_seized_by_troops_is_a_seizure()
    {
        var run = Coded.Run("Troops seized a rifle at a farm near Newry.", new DateOnly(1998, 3, 22));
        run.Events.ShouldContain(e => e.Type == PloverType.Coerce && e.Mode == "seize");
    }

    [Fact]
    public void A_car_bomb_seized_by_police_is_a_seizure()
    {
        var run = Coded.Run("Police seized a car bomb in a yard near Omagh on Friday.", new DateOnly(1998, 3, 22));
        run.Events.ShouldContain(e => e.Type == PloverType.Coerce && e.Mode == "seize");
    }

    [Fact]
    public void A_chance_seized_is_still_no_seizure()
    {
        var run = Coded.Run("The minister seized the opportunity to speak in Galway.", new DateOnly(1998, 3, 22));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }
}
