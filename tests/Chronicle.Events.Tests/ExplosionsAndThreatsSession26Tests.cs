namespace Chronicle.Events.Tests;

/// <summary>
/// Issue #7 (session 26): a bomb, grenade, device or rocket that exploded is an attack with explosives even when no
/// attacker is named; something else that exploded (gas, a boiler) is no attack.
/// </summary>
public sealed class ExplosionsAndThreatsSession26Tests
{
    private static readonly DateOnly In1998 = new(1998, 8, 8);

    [Theory]
    [InlineData("Two bombs exploded outside the Spanish consulate in Lima on Tuesday.")]
    [InlineData("A grenade exploded near a bus station in Kabul, wounding five people.")]
    [InlineData("A homemade device exploded at a checkpoint in Mosul.")]
    public void A_weapon_that_exploded_is_an_attack_with_explosives(string sentence)
    {
        var run = Coded.Run(sentence, In1998);
        var attack = run.Single(PloverType.Assault);
        attack.Mode.ShouldBe("explosives");
        attack.Trigger.Of(run).ShouldBe("exploded");
    }

    [Theory]
    [InlineData("A gas cylinder exploded in a restaurant in Quito.")]
    [InlineData("A boiler exploded at a textile factory near Lima.")]
    public void Something_else_that_exploded_is_no_attack(string sentence)
    {
        var run = Coded.Run(sentence, In1998);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }
}
