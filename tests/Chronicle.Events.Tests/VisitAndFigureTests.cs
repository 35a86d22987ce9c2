namespace Chronicle.Events.Tests;

/// <summary>
/// A planned visit is a visit, not an agreement; force named for what a policy or a promise would do, a hazard that
/// kills past its relative clause, a plan backed by a mandate and a result that lets a party win are no events between
/// actors.
/// </summary>
public sealed class VisitAndFigureTests
{
    [Fact]
    public void A_visit_that_will_happen_is_a_consult_visit_not_an_agreement()
    {
        var run = Coded.Run("The prime minister will visit Mr Chirac in Paris next week.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        var visit = run.Single(PloverType.Consult);
        visit.Mode.ShouldBe("visit");
        visit.Texts(ActorRole.Target, run.Text).ShouldContain("Mr Chirac");
    }

    [Fact]
    public void A_visit_that_will_not_happen_is_still_a_refusal()
    {
        var run = Coded.Run("The president will not visit China this year.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        run.Events.ShouldContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void A_planned_visit_to_a_town_is_campaigning()
    {
        var run = Coded.Run("On Tuesday Mr Dalby will visit Sheffield, where his party won the seat last year.");
        run.Events.ShouldBeEmpty();
    }

    [Fact]
    public void A_planned_visit_to_a_named_temple_meets_nobody()
    {
        var run = Coded.Run("The party leader will visit the Shri Grand Mandir Temple in Neasden, north west London.");
        run.Events.ShouldBeEmpty();
    }

    [Fact]
    public void A_visit_to_a_named_union_of_states_still_meets_it()
    {
        var run = Coded.Run("Mr Straw visited the European Union on Monday.");
        run.Single(PloverType.Consult).Texts(ActorRole.Target, run.Text).ShouldContain("European Union");
    }

    [Fact]
    public void Destroying_regiments_by_merging_them_is_no_assault()
    {
        var run = Coded.Run("The defence plans will destroy Wessex's regiments by moulding them into a single regiment.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Destroying_a_bridge_by_bombing_it_is_still_an_assault()
    {
        var run = Coded.Run("The rebels will destroy the bridge by bombing it, the army said.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_promise_to_smash_criminal_gangs_is_no_assault()
    {
        var run = Coded.Run("The shadow minister said: \"By breaking that link we can smash the criminal gangs behind the trade.\"");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_hazard_before_a_relative_clause_kills_nobody_by_assault()
    {
        var run = Coded.Run("An earthquake that destroyed the town killed 300 people.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_hazard_set_off_by_commas_before_its_verb_kills_nobody_by_assault()
    {
        var run = Coded.Run("Officials said the storm, which hit the coast on Monday, killed 12 people.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Soldiers_a_hazard_spared_still_assault()
    {
        var run = Coded.Run("The soldiers that the earthquake spared killed 3 people.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_plan_backed_by_an_authority_is_supported_by_no_one()
    {
        var run = Coded.Run("The plan includes:\n - Creating a new agency to fight fraud - backed by the United Nations' authority");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void A_mission_backed_by_a_mandate_is_supported_by_no_one()
    {
        var run = Coded.Run("The mission, backed by a UN mandate, began on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void Rebels_backed_by_an_army_are_still_supported()
    {
        var run = Coded.Run("The rebels, backed by the Rwandan army, attacked the town.");
        run.Single(PloverType.Support).Texts(ActorRole.Source, run.Text).ShouldContain("Rwandan army");
    }

    [Fact]
    public void A_switch_of_voters_that_allows_a_party_to_win_is_no_concession()
    {
        var run = Coded.Run("Labour fears that disillusioned supporters may switch to the Greens allowing the Tories to win some seats.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Concede || e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_swing_that_allowed_a_party_to_win_is_no_concession()
    {
        var run = Coded.Run("The swing to the Greens allowed the Tories to win the seat.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Concede);
    }

    [Fact]
    public void A_government_that_allows_refugees_to_return_concedes()
    {
        var run = Coded.Run("The government in Kabul allowed the refugees to return.");
        run.Events.ShouldContain(e => e.Type == PloverType.Concede);
    }
}
