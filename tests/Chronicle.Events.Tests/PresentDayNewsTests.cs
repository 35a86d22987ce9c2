namespace Chronicle.Events.Tests;

/// <summary>
/// Present-day news (wire, broadcaster, live blog): office holders and armed groups of the 2020s that the 2014-16
/// actor dictionaries lack, acts condemned or welcomed by a noun that names them again, shootings with a people as
/// victims, arms sent or sold, military drills, and mediators as parties to talks.
/// </summary>
public sealed class PresentDayNewsTests
{
    private static readonly DateOnly Today = new(2025, 6, 4);

    private static string? Country(CodedEvent e, ActorRole role) => e.Actors.FirstOrDefault(a => a.Role == role)?.Country;

    [Fact]
    public void A_secretary_of_state_of_the_2020s_is_of_his_country()
    {
        var run = Coded.Run("US Secretary of State Marco Rubio urged Iran to halt uranium enrichment on Tuesday.", Today);
        Country(run.Single(PloverType.Request), ActorRole.Source).ShouldBe("US");
    }

    [Fact]
    public void A_president_named_without_his_country_keeps_it()
    {
        var run = Coded.Run("President Volodymyr Zelensky urged Poland to send more air defence systems.", Today);
        Country(run.Single(PloverType.Request), ActorRole.Source).ShouldBe("UA");
    }

    [Fact]
    public void Armed_groups_of_the_2020s_are_of_their_country()
    {
        var houthis = Coded.Run("The Houthis fired missiles at Israel on Monday.", Today);
        Country(houthis.Single(PloverType.Assault), ActorRole.Source).ShouldBe("YE");
        var rsf = Coded.Run("The Rapid Support Forces shelled Omdurman on Sunday.", Today);
        Country(rsf.Single(PloverType.Assault), ActorRole.Source).ShouldBe("SD");
    }

    [Fact]
    public void A_condemned_act_told_before_makes_its_doer_the_target()
    {
        var run = Coded.Run("Norway imposed sanctions on Belarus on Tuesday. Belarus condemned the sanctions as illegal.", Today);
        var condemned = run.Single(PloverType.Accuse);
        condemned.Texts(ActorRole.Source, run.Text).ShouldContain("Belarus");
        condemned.Texts(ActorRole.Target, run.Text).ShouldContain("Norway");
    }

    [Fact]
    public void Strikes_condemned_are_the_attack_from_the_air_told_before()
    {
        var run = Coded.Run("Syrian air strikes hit the town of Idlib on Monday. The Turkish president condemned the strikes.", Today);
        var condemned = run.Single(PloverType.Accuse);
        Country(condemned, ActorRole.Target).ShouldBe("SY");
    }

    [Fact]
    public void A_condemnation_of_nothing_told_before_is_still_no_event()
    {
        var run = Coded.Run("The minister condemned the measures.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void Shot_dead_is_an_attack_on_the_people_shot()
    {
        var run = Coded.Run("Israeli troops shot dead two Palestinians during a raid in Hebron on Monday.", Today);
        var attack = run.Single(PloverType.Assault);
        attack.Mode.ShouldBe("firearms");
        attack.Texts(ActorRole.Target, run.Text).ShouldContain("Palestinians");
    }

    [Fact]
    public void A_people_shot_is_no_thing_shot_even_before_a_day()
    {
        var run = Coded.Run("Police shot two Ethiopians near the border on Saturday.", Today);
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).ShouldContain("Ethiopians");
    }

    [Fact]
    public void Arms_sent_to_a_state_are_military_aid()
    {
        var run = Coded.Run("Germany sent Ukraine two more Patriot systems last week.", Today);
        var aid = run.Single(PloverType.Aid);
        aid.Mode.ShouldBe("military");
        aid.Texts(ActorRole.Source, run.Text).ShouldContain("Germany");
        aid.Texts(ActorRole.Target, run.Text).ShouldContain("Ukraine");
    }

    [Fact]
    public void A_sale_of_arms_approved_is_the_approver_s_aid()
    {
        var run = Coded.Run("Washington approved the sale of missiles to the Philippines on Wednesday.", Today);
        var aid = run.Single(PloverType.Aid);
        aid.Texts(ActorRole.Source, run.Text).ShouldContain("Washington");
        aid.Texts(ActorRole.Target, run.Text).ShouldContain("Philippines");
    }

    [Fact]
    public void Military_drills_are_a_show_of_force()
    {
        var run = Coded.Run("China launched military drills near the Philippines on Friday.", Today);
        run.Single(PloverType.Mobilize).Texts(ActorRole.Source, run.Text).ShouldContain("China");
    }

    [Fact]
    public void Mediators_are_parties_to_the_talks_they_hold()
    {
        var run = Coded.Run("Egyptian mediators held talks with a Hamas delegation in Cairo on Monday.", Today);
        Country(run.Single(PloverType.Consult), ActorRole.Source).ShouldBe("EG");
    }

    [Fact]
    public void Protesters_smashing_windows_riot()
    {
        var run = Coded.Run("A group of masked protesters smashed shop windows in central Lyon on Thursday.", Today);
        var riot = run.Single(PloverType.Protest);
        riot.Mode.ShouldBe("riot");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Students_blockading_a_university_obstruct_it()
    {
        var run = Coded.Run("Students blockaded the University of Lisbon on Tuesday.", Today);
        run.Single(PloverType.Protest).Mode.ShouldBe("obstruct");
    }

    [Fact]
    public void A_navy_blockading_a_port_still_coerces()
    {
        var run = Coded.Run("The navy blockaded the port of Odesa.", Today);
        run.Single(PloverType.Coerce).Texts(ActorRole.Source, run.Text).ShouldContain(t => t.Contains("navy"));
    }

    [Fact]
    public void Smashing_gangs_is_still_no_riot()
    {
        var run = Coded.Run("\"We can smash the criminal gangs,\" the minister said.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest || e.Type == PloverType.Assault);
    }

    [Fact]
    public void Congo_in_news_from_Goma_is_the_democratic_republic()
    {
        var run = Coded.Run("Rebels seized the airport in Goma on Monday. Congo accused Rwanda of backing the rebels.", Today);
        Country(run.Single(PloverType.Accuse), ActorRole.Source).ShouldBe("CD");
    }

    [Fact]
    public void Congo_in_news_from_Brazzaville_is_the_republic()
    {
        var run = Coded.Run("Police in Brazzaville arrested four opposition leaders. Congo accused France of backing the opposition.", Today);
        Country(run.Single(PloverType.Accuse), ActorRole.Source).ShouldBe("CG");
    }

    [Fact]
    public void Denying_targeting_civilians_denies_an_attack()
    {
        var run = Coded.Run("The army denied targeting civilians in Khartoum on Sunday.", Today);
        run.Single(PloverType.Assault).Modality.ShouldBe(Modality.Denied);
    }

    [Fact]
    public void A_tax_targeting_the_rich_is_no_attack()
    {
        var run = Coded.Run("The new tax targets the rich.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Arms_supplied_are_not_the_one_helped()
    {
        var run = Coded.Run("Iran supplied drones to Russia.", Today);
        run.Single(PloverType.Aid).Texts(ActorRole.Target, run.Text).ShouldBe(["Russia"]);
    }

    [Fact]
    public void People_detained_in_a_town_with_no_one_named_are_detained_by_its_police()
    {
        var run = Coded.Run("At least 27 people were detained in Tbilisi on Monday night.", Today);
        var source = run.Single(PloverType.Coerce).Actors.Single(a => a.Role == ActorRole.Source);
        source.Canonical.ShouldBe(EventCoder.UnnamedPolice);
        source.Country.ShouldBe("GE");
    }

    [Fact]
    public void People_jailed_are_not_said_to_be_jailed_by_the_police()
    {
        var run = Coded.Run("Three activists were jailed in Minsk on Monday.", Today);
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Canonical == EventCoder.UnnamedPolice));
    }
}
