namespace Chronicle.Events.Tests;

/// <summary>
/// Decisions, sanctions and capacities that read like acts between actors: a body agreeing to a course of its own, talks
/// planned, a party withdrawing the whip, a resignation accepted, an arms ban, a power or a readiness that is not used,
/// and a fronted phrase of talks before the clause's subject.
/// </summary>
public sealed class DecisionAndSanctionTests
{
    [Fact]
    public void A_cabinet_agreeing_to_a_policy_of_its_own_agrees_with_no_one()
    {
        var run = Coded.Run("The cabinet agreed to raise the tax on fuel at its meeting.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_state_agreeing_to_open_its_border_to_a_neighbour_still_agrees()
    {
        var run = Coded.Run("Ethiopia agreed to reopen its border with Eritrea.");
        run.Single(PloverType.Agree).Texts(ActorRole.Source, run.Text).ShouldContain("Ethiopia");
    }

    [Fact]
    public void A_coalition_agreeing_to_postpone_a_march_in_a_named_city_still_agrees()
    {
        var run = Coded.Run("Leaders of the opposition coalition agreed to postpone the march in Baku until November.");
        run.Events.ShouldContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Talks_planned_are_talks_and_their_city_is_no_party()
    {
        var run = Coded.Run("The two leaders will hold talks in Paris next week.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        run.Single(PloverType.Consult).Texts(ActorRole.Target, run.Text).ShouldBeEmpty();
    }

    [Fact]
    public void A_party_withdrawing_the_whip_sanctions_its_member()
    {
        var run = Coded.Run("The Conservatives withdrew the whip from Mr Jones last year.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
        var e = run.Single(PloverType.Sanction);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("The Conservatives");
        e.Texts(ActorRole.Target, run.Text).ShouldContain("Mr Jones");
    }

    [Fact]
    public void The_member_who_loses_the_whip_is_the_target_not_the_constituency()
    {
        var run = Coded.Run("The Labour Party has withdrawn the whip from the MP for Stockton.");
        var e = run.Single(PloverType.Sanction);
        e.Texts(ActorRole.Target, run.Text).ShouldContain("MP");
        e.Texts(ActorRole.Target, run.Text).ShouldNotContain("Stockton");
    }

    [Fact]
    public void A_resignation_accepted_targets_the_one_who_resigned()
    {
        var run = Coded.Run("Health minister John Smith resigned on Friday. The prime minister accepted his resignation.");
        var e = run.Single(PloverType.Agree);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("Smith"));
        e.Actors.ShouldNotContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("prime minister"));
    }

    [Fact]
    public void An_arms_ban_is_one_sanction_not_a_coercion()
    {
        var run = Coded.Run("The EU imposed an arms ban on Burma in 1990.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
        run.Single(PloverType.Sanction).Texts(ActorRole.Target, run.Text).ShouldContain("Burma");
    }

    [Fact]
    public void An_arms_code_under_review_is_no_aid()
    {
        var run = Coded.Run("Ministers will look again at the terms of the EU arms code for exports.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Aid);
    }

    [Fact]
    public void A_state_arming_rebels_still_gives_military_aid()
    {
        var run = Coded.Run("The report says Russia arms the rebels in the east.");
        run.Events.ShouldContain(e => e.Type == PloverType.Aid);
    }

    [Fact]
    public void What_police_cannot_do_is_no_arrest()
    {
        var run = Coded.Run("Under the new rules police can't arrest anyone for wearing a hood.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void Not_being_ready_to_publish_a_report_rejects_no_one()
    {
        var run = Coded.Run("The government is not ready to publish the report.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void Not_being_ready_to_negotiate_with_rebels_still_rejects_them()
    {
        var run = Coded.Run("The government is not ready to negotiate with the rebels.");
        run.Single(PloverType.Reject).Texts(ActorRole.Target, run.Text).ShouldContain("rebels");
    }

    [Fact]
    public void After_talks_with_a_state_the_subject_agreeing_is_the_source()
    {
        var run = Coded.Run("After talks with France the minister agreed a deal on the tariffs.");
        var e = run.Single(PloverType.Agree);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("the minister");
        e.Texts(ActorRole.Target, run.Text).ShouldNotContain("the minister");
    }

    [Fact]
    public void A_military_offensive_launched_against_rebels_is_an_assault()
    {
        var run = Coded.Run("The army launched a military offensive against the rebels in the north.");
        var e = run.Single(PloverType.Assault);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("The army");
        e.Texts(ActorRole.Target, run.Text).ShouldContain("rebels");
    }

    [Fact]
    public void A_charm_offensive_is_no_assault()
    {
        var run = Coded.Run("The prime minister launched a charm offensive against his critics in the party.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Talks_in_a_phrase_opened_by_following_are_the_main_subjects()
    {
        var run = Coded.Run("At a press conference following talks with Mr Brown, Mr Ahern said the meeting had been useful.");
        var e = run.Single(PloverType.Consult);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("Mr Ahern");
        e.Texts(ActorRole.Target, run.Text).ShouldContain("Mr Brown");
    }

    [Fact]
    public void What_talks_are_about_is_no_party_to_them()
    {
        var run = Coded.Run("Finance ministers held a summit on Africa in London.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text) == "Africa"));
    }

    [Fact]
    public void An_attack_on_a_partys_plans_targets_the_party()
    {
        var run = Coded.Run("The chancellor launched a fierce attack on Conservative spending plans.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).ShouldContain("Conservative");
    }

    [Fact]
    public void Rejecting_a_partys_idea_targets_the_party()
    {
        var run = Coded.Run("The minister has rejected the Tory idea of quotas on migrants.");
        run.Single(PloverType.Reject).Texts(ActorRole.Target, run.Text).ShouldContain("Tory");
    }

    [Fact]
    public void A_point_conceded_in_argument_is_no_concession()
    {
        var run = Coded.Run("He conceded his remarks may have been unwise but said he would not apologise.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Concede);
    }

    [Fact]
    public void A_failure_told_of_no_one_is_no_rejection()
    {
        var run = Coded.Run("A failure to provide funding for treatment would condemn thousands of patients.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void What_police_could_refuse_is_no_refusal()
    {
        var run = Coded.Run("Police could refuse the request if the complaint was frivolous.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void A_deal_referred_back_to_in_a_fronted_phrase_is_not_coded_again()
    {
        var run = Coded.Run("The EU signed a deal with Turkey on Monday. Under the agreement, Turkey must issue a statement.");
        run.Events.Count(e => e.Type == PloverType.Agree).ShouldBe(1);
    }

    [Fact]
    public void Support_for_the_home_secretary_targets_the_secretary()
    {
        var run = Coded.Run("Downing Street stressed the prime minister's support for the home secretary.");
        run.Single(PloverType.Support).Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("secretary"));
    }

    [Fact]
    public void One_visiting_with_a_minister_does_not_visit_the_minister()
    {
        var run = Coded.Run("The prime minister toured the harbour while on a visit with the transport secretary to promote ferry links.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void Meeting_people_no_one_names_is_no_meeting_between_parties()
    {
        var run = Coded.Run("The candidate later spoke about schools when he met parents in the area.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }
}
