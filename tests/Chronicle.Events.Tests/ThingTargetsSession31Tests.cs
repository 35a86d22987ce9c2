namespace Chronicle.Events.Tests;

/// <summary>
/// Condemnations of a thing, session 31 (issue #7): a condemnation whose object names an act takes the act's doer as its
/// target. `the launch`, `the launches` name a weapon fired or launched in the sentence before (`fired a missile`); a thing
/// that is no act (`the weather`), or an act with no doer told, leaves the condemnation without a target, and such a
/// condemnation is dropped as before rather than given an invented target. `insisted that X withdraw` (a bare verb of an act
/// asked for) is a demand of X; `insisted that X was innocent` is none.
/// </summary>
public sealed class ThingTargetsSession31Tests
{
    private static IEnumerable<string> Targets(CodedEvent e) => e.Actors.Where(a => a.Role == ActorRole.Target).Select(a => a.Canonical);

    [Fact]
    public void The_launch_condemned_targets_who_fired_the_missile_the_sentence_before()
    {
        var run = Coded.Run("North Korea fired a ballistic missile into the sea on Tuesday. Australia condemned the launch.");
        Targets(run.Single(PloverType.Accuse)).ShouldContain(t => t.Contains("Korea"));
    }

    [Fact]
    public void Launches_denounced_target_who_launched_the_rockets()
    {
        var run = Coded.Run("Syria launched rockets at the border post. Turkey denounced the launches.");
        Targets(run.Single(PloverType.Accuse)).ShouldContain("Syria");
    }

    [Fact]
    public void A_possessor_of_the_act_is_the_target()
    {
        var run = Coded.Run("Canada condemned Russia's missile test on Monday.");
        Targets(run.Single(PloverType.Accuse)).ShouldContain("Russia");
    }

    [Fact]
    public void A_thing_that_is_no_act_gives_no_target()
    {
        var run = Coded.Run("North Korea fired a missile into the sea. Australia condemned the weather.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse && e.Actors.Any(a => a.Role == ActorRole.Target));
    }

    [Fact]
    public void A_launch_with_no_doer_told_invents_no_target()
    {
        var run = Coded.Run("Australia condemned the launch.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse && e.Actors.Any(a => a.Role == ActorRole.Target));
    }

    [Fact]
    public void Insisting_that_a_party_withdraw_is_a_demand_of_that_party()
    {
        var run = Coded.Run("Germany insisted that Serbia withdraw its troops.");
        var demand = run.Single(PloverType.Request);
        demand.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical == "Germany");
        Targets(demand).ShouldContain("Serbia");
    }

    [Fact]
    public void Insisting_that_a_party_was_right_is_no_demand()
    {
        var run = Coded.Run("Serbia insisted that its police were innocent.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Request);
    }

    [Fact]
    public void Insisting_that_a_party_release_prisoners_is_a_demand_of_that_party()
    {
        var run = Coded.Run("Canada insisted that Belarus release the detained journalists.");
        Targets(run.Single(PloverType.Request)).ShouldContain("Belarus");
    }
}
