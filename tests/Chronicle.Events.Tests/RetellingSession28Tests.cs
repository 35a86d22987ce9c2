namespace Chronicle.Events.Tests;

/// <summary>
/// One event told several times (session 28): a participle clause of consequence (<c>, killing 41</c>) after an act in a
/// sentence naming two places is the toll of that act, not a second act at the other place; a later definite retelling
/// (<c>the embassy bombings</c>, <c>the attack was carried out by X</c>) with no time of its own is the act told before; told in the past with no earlier act, it takes no article date.
/// </summary>
public sealed class RetellingSession28Tests
{
    private static readonly DateOnly In1998 = new(1998, 8, 20);

    [Theory]
    [InlineData("A car bomb exploded outside the police headquarters in Karachi and Quetta on Aug. 7, killing 41 people.")]
    [InlineData("Bombs exploded in Karachi on Monday and in Quetta on Tuesday, killing 41 people.")]
    public void A_toll_after_a_comma_is_of_the_act_before_it(string sentence)
    {
        var run = Coded.Run(sentence, In1998);
        var e = run.Single(PloverType.Assault);
        e.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("people"));
        e.Place!.Name.ShouldBe("Karachi");
    }

    [Fact]
    public void Two_acts_of_two_sides_stay_two()
    {
        var run = Coded.Run("Gunmen attacked a bus in Karachi and police fired on protesters in Quetta, killing 12 people.", In1998);
        run.Events.Count(e => e.Type == PloverType.Assault).ShouldBe(2);
    }

    [Theory]
    [InlineData("Car bombs exploded outside the embassy in Karachi on Aug. 7, killing 41 people. The army said Monday that two suspects had been arrested. The embassy bombings killed 41 people.")]
    [InlineData("Car bombs exploded outside the embassy in Karachi on Aug. 7, killing 41 people. The army said Monday that two suspects had been arrested. The attack was carried out by a group linked to an exiled cleric.")]
    public void A_definite_retelling_is_the_act_told_before(string article)
    {
        var run = Coded.Run(article, In1998);
        var e = run.Single(PloverType.Assault);
        e.Date!.Value.ShouldBe("1998-08-07");
        e.Place!.Name.ShouldBe("Karachi");
    }

    [Fact]
    public void A_second_attack_on_another_day_stays_apart()
    {
        var run = Coded.Run("Gunmen attacked a bus in Kabul on Monday, killing 12 people. Police said a second attack on Tuesday killed four soldiers in Herat.", In1998);
        run.Events.Count(e => e.Type == PloverType.Assault).ShouldBe(2);
    }

    [Fact]
    public void A_definite_act_told_in_the_past_takes_no_article_date()
    {
        var run = Coded.Run("Investigators believe the bombings were carried out by a group linked to an exiled cleric in Karachi.", In1998);
        run.Single(PloverType.Assault).Date.ShouldBeNull();
    }
}
