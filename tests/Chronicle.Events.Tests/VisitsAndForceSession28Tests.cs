namespace Chronicle.Events.Tests;

/// <summary>
/// Force, session 28 (issue #7): force used (or military force) against a party is an attack on it, as weapons used
/// are; force that would be used if the other side refused is a threat (the conditional promise rule).
/// </summary>
public sealed class VisitsAndForceSession28Tests
{
    private static readonly DateOnly Today = new(1998, 8, 20);

    [Fact]
    public void Force_used_against_a_state_is_an_attack_on_it()
    {
        var run = Coded.Run("Turkey used force against Syria on Monday.", Today);
        var attack = run.Single(PloverType.Assault);
        attack.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "TR");
        attack.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "SY");
    }

    [Fact]
    public void Military_force_used_is_an_attack()
    {
        var run = Coded.Run("Russia used military force against Georgia.", Today);
        run.Single(PloverType.Assault).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "GE");
    }

    [Fact]
    public void Force_that_would_be_used_on_a_condition_is_a_threat()
    {
        var run = Coded.Run("Greece would use force if Turkey refused to withdraw its ships.", Today);
        run.Events.ShouldContain(e => e.Type == PloverType.Threaten);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }
}
