namespace Chronicle.Events.Tests;

/// <summary>
/// Conflict and protest news, second round: wire datelines, calls on both sides, condemned coups, sanctions by
/// blocs (assets frozen, support halted), forces ordered out, and heads of churches who mediate.
/// </summary>
public sealed class ConflictNewsTests2
{
    [Fact]
    public void A_wire_dateline_is_no_actor()
    {
        var run = Coded.Run("NAIROBI, May 4 (Reuters) - Police fired tear gas at protesters on Monday, killing two people.");
        run.Events.ShouldNotBeEmpty();
        run.Events.SelectMany(e => e.Texts(ActorRole.Source, run.Text)).ShouldNotContain("NAIROBI");
    }

    [Fact]
    public void A_capitalised_opening_with_no_dateline_still_acts()
    {
        var run = Coded.Run("NATO troops attacked the rebels on Monday - the first raid this year.");
        run.Single(PloverType.Assault).Texts(ActorRole.Source, run.Text).ShouldContain(t => t.Contains("troops", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_sides_called_on_are_the_requests_target_of_no_one_state()
    {
        var run = Coded.Run("Kenya urged both sides to show restraint on Tuesday.");
        var request = run.Single(PloverType.Request);
        request.Texts(ActorRole.Source, run.Text).ShouldContain("Kenya");
        var target = request.Actors.Single(a => a.Role == ActorRole.Target);
        target.Span.Of(run.Text).ShouldEndWith("sides");
        target.Country.ShouldBeNull();

        var countries = Coded.Run("The Pope called on the two countries to return to talks.");
        countries.Single(PloverType.Request).Texts(ActorRole.Target, countries.Text).ShouldContain(t => t.EndsWith("countries", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_sides_of_a_conflict_are_its_parties_and_both_sides_of_a_border_a_place()
    {
        var conflict = Coded.Run("Kenya urged both sides of the conflict to show restraint.");
        conflict.Single(PloverType.Request).Texts(ActorRole.Target, conflict.Text).ShouldContain(t => t.EndsWith("sides", StringComparison.Ordinal));

        var border = Coded.Run("Kenya sent aid to both sides of the border.");
        border.Single(PloverType.Aid).Texts(ActorRole.Target, border.Text).ShouldNotContain(t => t.Contains("sides", StringComparison.Ordinal));
    }

    [Fact]
    public void Condemning_a_coup_accuses_though_no_one_is_named()
    {
        var run = Coded.Run("Ghana condemned the coup on Wednesday.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).ShouldContain("Ghana");
    }

    [Fact]
    public void A_bloc_freezing_assets_sanctions_and_is_of_no_one_state()
    {
        var run = Coded.Run("Rebels seized power in Chad. The bloc has frozen the assets of three generals.");
        var sanction = run.Single(PloverType.Sanction);
        var source = sanction.Actors.Single(a => a.Role == ActorRole.Source);
        source.Span.Of(run.Text).ShouldBe("The bloc");
        source.Country.ShouldBeNull();
        sanction.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("generals", StringComparison.Ordinal));
    }

    [Fact]
    public void Halting_support_to_a_government_sanctions_it()
    {
        var run = Coded.Run("Norway said it was halting its budget support to the government of Malawi.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
        run.Single(PloverType.Sanction).Texts(ActorRole.Source, run.Text).ShouldContain("Norway");
    }

    [Fact]
    public void Ordering_the_army_out_to_help_the_police_mobilises_it_and_is_no_support()
    {
        var run = Coded.Run("The president ordered the armed forces to support the police in clearing the roads.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
        var mobilisation = run.Single(PloverType.Mobilize);
        mobilisation.Texts(ActorRole.Source, run.Text).ShouldContain("The president");
    }

    [Fact]
    public void The_nationality_of_troops_sent_is_no_target_and_a_state_given_arms_is()
    {
        var troops = Coded.Run("The minister sent British troops to Basra.");
        var mobilisation = troops.Single(PloverType.Mobilize);
        mobilisation.Texts(ActorRole.Target, troops.Text).ShouldNotContain("British");

        var arms = Coded.Run("The United States sent Ukraine arms in March.");
        arms.Single(PloverType.Aid).Texts(ActorRole.Target, arms.Text).ShouldContain("Ukraine");
    }

    [Fact]
    public void Ordering_a_report_mobilises_no_one()
    {
        var run = Coded.Run("The president ordered a report on the forces of the police.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Mobilize);
    }

    [Fact]
    public void A_head_of_a_church_named_by_a_citys_possessive_is_the_actor_not_the_city()
    {
        var run = Coded.Run("Quito's archbishop met leaders of the strikers on Monday.");
        var meeting = run.Single(PloverType.Consult);
        meeting.Texts(ActorRole.Source, run.Text).ShouldContain("Quito's archbishop");
    }

    [Fact]
    public void Attackers_and_assailants_named_by_their_act_are_its_source()
    {
        var run = Coded.Run("The assailants raided a police post and the attackers fired on villagers as they fled.");
        var attacks = run.Events.Where(e => e.Type == PloverType.Assault).ToList();
        attacks.SelectMany(e => e.Texts(ActorRole.Source, run.Text)).ShouldContain("The assailants");
        attacks.SelectMany(e => e.Texts(ActorRole.Source, run.Text)).ShouldContain("the attackers");
    }

    [Fact]
    public void Fighters_armed_with_guns_are_given_nothing_and_rebels_armed_by_a_state_are()
    {
        var carried = Coded.Run("Gunmen armed with rifles attacked a police station in Kano on Sunday.");
        carried.Events.ShouldNotContain(e => e.Type == PloverType.Aid);
        carried.Single(PloverType.Assault);

        var given = Coded.Run("Iran armed the rebels with rockets last year.");
        given.Single(PloverType.Aid).Texts(ActorRole.Target, given.Text).ShouldContain(t => t.EndsWith("rebels", StringComparison.Ordinal));
    }

    [Fact]
    public void Protesters_throwing_stones_at_police_riot_against_them()
    {
        var run = Coded.Run("Some protesters threw stones at the police on Friday.");
        var riot = run.Single(PloverType.Protest);
        riot.Mode.ShouldBe("riot");
        riot.Texts(ActorRole.Source, run.Text).ShouldContain("Some protesters");
        riot.Texts(ActorRole.Target, run.Text).ShouldContain("police");
    }

    [Fact]
    public void A_call_for_restraint_or_an_investigation_is_a_request_with_no_one_named()
    {
        var restraint = Coded.Run("The African Union urged restraint on Sunday.");
        restraint.Single(PloverType.Request).Texts(ActorRole.Source, restraint.Text).ShouldContain("The African Union");

        var inquiry = Coded.Run("Amnesty International called for an independent investigation into the deaths.");
        inquiry.Single(PloverType.Request).Texts(ActorRole.Source, inquiry.Text).ShouldContain("Amnesty International");
    }

    [Fact]
    public void A_call_for_a_report_is_no_request()
    {
        Coded.Run("The minister called for a report on the deaths.").Events.ShouldNotContain(e => e.Type == PloverType.Request);
    }

    [Theory]
    [InlineData("Police fired tear gas at the protesters outside the ministry.", "protesters")]
    [InlineData("Soldiers fired tear gas at villagers near the border.", "villagers")]
    public void Those_tear_gas_is_fired_at_are_its_target(string sentence, string target)
    {
        var run = Coded.Run(sentence);
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).ShouldContain(target);
    }

    [Fact]
    public void A_building_tear_gas_is_fired_at_is_where_not_whom()
    {
        var run = Coded.Run("Troops fired tear gas at the university on Monday.");
        run.Single(PloverType.Assault).Actors.ShouldNotContain(a => a.Role == ActorRole.Target);
    }
}
