namespace Chronicle.Events.Tests;

/// <summary>
/// Issue #7 (session 27): a car bomb that exploded or a bomb that went off is an attack with explosives by unidentified
/// attackers of the place, though the weapon's noun names the act before the verb does; an alarm that went off is none.
/// An explosion or a blast is a bomb's when the sentence next to it says so, unless its own tells of gas, a mine or a works.
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

    [Fact]
    public void People_killed_in_an_explosion_whose_bomb_the_next_sentence_tells_were_attacked()
    {
        var run = Coded.Run(
            "At least four people were killed in an explosion near the embassy in Quito. Police said the bomb had been hidden in a parked car.",
            In1998);
        var attack = run.Single(PloverType.Assault);
        attack.Mode.ShouldBe("explosives");
        attack.Counts.ShouldContain(c => c.Kind == CountKind.Killed && c.Quantity.Value == 4);
    }

    [Fact]
    public void The_toll_of_an_explosion_whose_bomb_is_told_after_belongs_to_the_attack()
    {
        var run = Coded.Run("The explosion killed 11 people and wounded 70 in Lima on Monday. Police said the bomb had been left in a van.", In1998);
        var attack = run.Single(PloverType.Assault);
        attack.Mode.ShouldBe("explosives");
        attack.Counts.ShouldContain(c => c.Kind == CountKind.Killed && c.Quantity.Value == 11);
        attack.Counts.ShouldContain(c => c.Kind == CountKind.Injured && c.Quantity.Value == 70);
    }

    [Theory]
    [InlineData("Twelve miners died in a blast at a coal mine in Shanxi. Police said it was not a bomb.")]
    [InlineData("Four workers were killed in an explosion at a chemical plant near Tianjin. Police ruled out a bomb.")]
    [InlineData("Four people were killed in an explosion near the harbour in Valparaiso on Sunday.")]
    public void An_explosion_at_a_mine_or_a_works_or_with_no_bomb_told_is_no_attack(string text)
    {
        var run = Coded.Run(text, In1998);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }
}
