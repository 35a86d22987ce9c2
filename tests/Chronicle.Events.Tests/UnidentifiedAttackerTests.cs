namespace Chronicle.Events.Tests;

public sealed class UnidentifiedAttackerTests
{
    [Fact]
    public void A_killing_with_no_attacker_named_has_unidentified_attackers_of_the_place()
    {
        var run = Coded.Run("Two soldiers were killed by a roadside bomb near Kandahar on Sunday.");
        var e = run.Single(PloverType.Assault);
        var source = e.Actors.Single(a => a.Role == ActorRole.Source);
        source.Canonical.ShouldBe(EventCoder.UnidentifiedAttackers);
        source.EntityId.ShouldBeNull();
        source.Country.ShouldBe("AF");
    }

    [Fact]
    public void A_named_attacker_is_not_replaced()
    {
        var run = Coded.Run("Rebels killed two soldiers near Kandahar on Sunday.");
        var e = run.Single(PloverType.Assault);
        e.Actors.ShouldNotContain(a => a.Canonical == EventCoder.UnidentifiedAttackers);
    }
}
