namespace Chronicle.Events.Tests;

/// <summary>
/// Conflict and protest news, third round: fire and prisoners exchanged between two sides, protests held at a place,
/// offices that speak, what is fired beside tear gas, crowds that set fire, and prisoners who refuse food.
/// </summary>
public sealed class ConflictNewsTests3
{
    [Theory]
    [InlineData("Soldiers and rebel fighters exchanged fire near the village of Tawila on Monday.", "Soldiers", "rebel fighters")]
    [InlineData("India and Pakistan traded strikes across the border overnight.", "India", "Pakistan")]
    [InlineData("The navy exchanged gunfire with pirates off the coast of Somalia.", "The navy", "pirates")]
    public void Fire_exchanged_is_one_attack_each_way(string sentence, string one, string other)
    {
        var run = Coded.Run(sentence);
        var attacks = run.Events.Where(e => e.Type == PloverType.Assault).ToList();
        attacks.Count.ShouldBe(2);
        attacks.ShouldContain(e => e.Texts(ActorRole.Source, run.Text).Single() == one && e.Texts(ActorRole.Target, run.Text).Single() == other);
        attacks.ShouldContain(e => e.Texts(ActorRole.Source, run.Text).Single() == other && e.Texts(ActorRole.Target, run.Text).Single() == one);
    }

    [Fact]
    public void Fire_exchanged_by_one_group_of_both_sides_is_one_attack()
    {
        var run = Coded.Run("Rival militias exchanged fire in the city centre on Friday.");
        run.Events.Count(e => e.Type == PloverType.Assault).ShouldBe(1);
    }

    [Fact]
    public void The_toll_of_fire_exchanged_is_counted_once()
    {
        var run = Coded.Run("Soldiers and rebel fighters exchanged fire in the market, killing four people.");
        run.Events.Where(e => e.Type == PloverType.Assault).SelectMany(e => e.Counts).Count(c => c.Kind == CountKind.Killed).ShouldBe(1);
    }

    [Theory]
    [InlineData("Hundreds of nurses protested outside the parliament in Nairobi on Monday.")]
    [InlineData("Farmers demonstrated near the port of Mombasa on Friday.")]
    public void A_town_a_protest_is_held_in_is_where_not_whom(string sentence)
    {
        var run = Coded.Run(sentence);
        run.Single(PloverType.Protest).Actors.ShouldNotContain(a => a.Role == ActorRole.Target);
    }

    [Fact]
    public void A_protest_against_a_state_still_names_it()
    {
        var run = Coded.Run("Thousands of students protested against China in Taipei on Sunday.");
        run.Single(PloverType.Protest).Texts(ActorRole.Target, run.Text).ShouldContain("China");
    }

    [Theory]
    [InlineData("The UN human rights office urged the authorities to free the journalists.", PloverType.Request)]
    [InlineData("The prime minister's office condemned the attack on the convoy.", PloverType.Accuse)]
    public void An_office_that_speaks_is_an_actor(string sentence, PloverType type)
    {
        var run = Coded.Run(sentence);
        run.Single(type).Texts(ActorRole.Source, run.Text).ShouldContain(t => t.EndsWith("office", StringComparison.Ordinal));
    }

    [Fact]
    public void An_office_raided_is_a_building()
    {
        var run = Coded.Run("Police raided the office of the newspaper on Tuesday.");
        run.Events.SelectMany(e => e.Texts(ActorRole.Target, run.Text)).ShouldNotContain(t => t.Contains("office", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Soldiers fired tear gas and live rounds at mourners leaving the cemetery.", "mourners")]
    [InlineData("Police fired tear gas and live ammunition at the protesters.", "protesters")]
    public void Those_fired_at_past_live_rounds_are_the_target(string sentence, string target)
    {
        var run = Coded.Run(sentence);
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).ShouldContain(target);
    }

    [Fact]
    public void Relatives_who_gather_protest()
    {
        var run = Coded.Run("Relatives gathered outside the military prison on Monday.");
        run.Single(PloverType.Protest).Texts(ActorRole.Source, run.Text).ShouldContain(t => t.StartsWith("Relatives", StringComparison.Ordinal));
    }

    [Fact]
    public void A_protest_in_a_town_with_no_site_is_against_its_state()
    {
        var run = Coded.Run("Demonstrators protested against the election results in Monrovia on Monday.");
        run.Single(PloverType.Protest).Texts(ActorRole.Target, run.Text).ShouldContain("Monrovia");
    }

    [Fact]
    public void A_crowd_that_sets_fire_to_cars_riots()
    {
        var run = Coded.Run("Protesters set fire to three police cars in the city centre.");
        var riot = run.Single(PloverType.Protest);
        riot.Mode.ShouldBe("riot");
        riot.Texts(ActorRole.Source, run.Text).ShouldContain("Protesters");
    }

    [Fact]
    public void Soldiers_who_set_fire_to_homes_do_not_riot()
    {
        Coded.Run("Soldiers set fire to dozens of homes in the village.").Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void Prisoners_who_refuse_food_are_on_hunger_strike()
    {
        var run = Coded.Run("The prisoners have refused food for two weeks to protest against their detention.");
        var strike = run.Events.Single(e => e.Mode == "hunger");
        strike.Texts(ActorRole.Source, run.Text).ShouldContain("The prisoners");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Theory]
    [InlineData("Armenia and Azerbaijan exchanged 30 prisoners on Friday.", "Armenia", "Azerbaijan")]
    [InlineData("The rebels swapped prisoners with the army under a deal brokered by Qatar.", "The rebels", "army")]
    public void A_prisoner_swap_is_one_release_each_way(string sentence, string one, string other)
    {
        var run = Coded.Run(sentence);
        var releases = run.Events.Where(e => e.Type == PloverType.Retreat).ToList();
        releases.Count.ShouldBe(2);
        releases.ShouldContain(e => e.Texts(ActorRole.Source, run.Text).Single() == one && e.Texts(ActorRole.Target, run.Text).Single() == other);
        releases.ShouldContain(e => e.Texts(ActorRole.Source, run.Text).Single() == other && e.Texts(ActorRole.Target, run.Text).Single() == one);
    }
}
