namespace Chronicle.Events.Tests;

/// <summary>
/// Issue #7 (session 27): a car bomb that exploded or a bomb that went off is an attack with explosives by unidentified
/// attackers of the place, though the weapon's noun names the act before the verb does; an alarm that went off is none.
/// </summary>
public sealed class ExplosionsSession27Tests
{
    private static readonly DateOnly In1998 = new(1998, 8, 8);

    [Theory]
    [InlineData("A car bomb exploded outside the courthouse in Bogota on Tuesday.", "CO")]
    [InlineData("A car bomb went off near the central market in Lahore.", "PK")]
    [InlineData("A roadside bomb exploded near a police checkpoint outside Kandahar.", "AF")]
    public void A_car_bomb_that_exploded_is_an_attack_by_unidentified_attackers_of_the_place(string sentence, string country)
    {
        var run = Coded.Run(sentence, In1998);
        var attack = run.Single(PloverType.Assault);
        attack.Mode.ShouldBe("explosives");
        attack.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical == EventCoder.UnidentifiedAttackers && a.Country == country);
    }

    [Fact]
    public void A_bomb_that_went_off_is_an_attack_with_explosives_and_its_toll()
    {
        var run = Coded.Run("A bomb went off outside a hotel in Quito, killing six people.", In1998);
        var attack = run.Single(PloverType.Assault);
        attack.Mode.ShouldBe("explosives");
        attack.Trigger.Of(run).ShouldBe("went off");
        attack.Counts.ShouldContain(c => c.Kind == CountKind.Killed && c.Quantity.Value == 6);
    }

    [Theory]
    [InlineData("The fire alarm went off in the parliament building in Lima.")]
    [InlineData("The lights went off across Bogota on Monday night.")]
    public void Something_else_that_went_off_is_no_attack(string sentence)
    {
        var run = Coded.Run(sentence, In1998);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }
}
