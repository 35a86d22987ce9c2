namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds of wrong event a reader of political news meets: a choice left open read as made, the ones refused read as
/// refusing, readiness to veto read as agreement, a pact broken read as a retreat, a pulse read as a beating, a denial
/// of one's own deed read as a refusal of its target; and the sides a sentence gives but the reading left out.
/// </summary>
public sealed class FreshPoliticsTests
{
    [Fact]
    public void A_choice_left_up_to_someone_is_not_made()
    {
        var run = Coded.Run("It would be up to each minister to accept or reject the offer.");
        run.Events.ShouldBeEmpty();
    }

    [Fact]
    public void A_choice_made_is_still_an_act()
    {
        var run = Coded.Run("Each minister decided to reject the offer from Ruritania.");
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldContain("Each minister");
    }

    [Fact]
    public void People_refused_entry_are_not_the_ones_refusing()
    {
        var run = Coded.Run("The charity took up the case of four Kurdish students refused entry to Canada last year.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject && e.Actors.Any(a => a.Role == ActorRole.Source));
    }

    [Fact]
    public void A_state_refusing_entry_still_refuses()
    {
        var run = Coded.Run("Britain refused entry to the six Roma.");
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldContain("Britain");
    }

    [Fact]
    public void Readiness_to_veto_is_a_refusal()
    {
        var run = Coded.Run("The foreign secretary said Britain was prepared to veto any attempt to cut the grant.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldContain("Britain");
    }

    [Fact]
    public void Readiness_to_talk_stays_an_agreement()
    {
        var run = Coded.Run("The president said Ruritania was ready to meet the rebels.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void A_ceasefire_broken_is_no_retreat()
    {
        var run = Coded.Run("The rebels broke a two-year ceasefire with the army on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void A_ceasefire_declared_is_still_a_retreat()
    {
        var run = Coded.Run("The rebels declared a ceasefire with the army on Monday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void A_heart_that_beats_beats_no_one()
    {
        var run = Coded.Run("The warm heart of Britain beats as strong as ever.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Police_who_beat_protesters_assault_them()
    {
        var run = Coded.Run("Police beat the protesters with batons.");
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).ShouldContain("protesters");
    }

    [Fact]
    public void Denying_ones_own_accusation_refuses_no_one_and_the_accusation_is_the_deniers()
    {
        var run = Coded.Run("The senator denied accusing France of breaking the treaty.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
        var e = run.Single(PloverType.Accuse);
        e.Modality.ShouldBe(Modality.Denied);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("The senator");
        e.Texts(ActorRole.Target, run.Text).ShouldContain("France");
    }

    [Fact]
    public void A_party_suspending_its_member_sanctions_him()
    {
        var run = Coded.Run("The party has suspended the candidate over the remarks.");
        var e = run.Single(PloverType.Sanction);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("The party");
        e.Texts(ActorRole.Target, run.Text).ShouldContain("candidate");
    }

    [Fact]
    public void Suspending_talks_is_no_sanction_of_a_member()
    {
        var run = Coded.Run("The union has suspended the talks over the weekend.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Sanction);
    }

    [Fact]
    public void The_deed_one_is_suspended_for_is_ones_own()
    {
        var run = Coded.Run("Mr Smith has suspended the local Labour association for refusing to drop its candidate.");
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldContain("the local Labour association");
    }

    [Fact]
    public void The_attack_a_speech_opens_with_is_the_speakers()
    {
        var run = Coded.Run("The governor opened the conference with an attack on the unions.");
        run.Events.ShouldHaveSingleItem().Texts(ActorRole.Source, run.Text).ShouldContain("The governor");
    }

    [Fact]
    public void What_one_is_met_with_is_not_ones_own()
    {
        var run = Coded.Run("The minister was met with a protest by farmers.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "The minister"));
    }

    [Fact]
    public void A_pledge_in_a_fronted_as_well_as_is_the_main_subjects()
    {
        var run = Coded.Run("As well as pledging £10m to the fund, Norway urged other donors to give more.");
        run.Single(PloverType.Aid).Texts(ActorRole.Source, run.Text).ShouldContain("Norway");
    }

    [Fact]
    public void What_a_bill_outlaws_as_well_as_allowing_is_not_done_by_those_it_allows()
    {
        var run = Coded.Run("The bill would allow inspectors to intervene as well as outlawing the sale of arms to Ruritania.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "inspectors"));
    }

    [Fact]
    public void Up_to_a_number_of_people_is_a_count_not_a_choice()
    {
        var run = Coded.Run("The union expects up to 4,000 members to demonstrate against the ban.");
        run.Single(PloverType.Protest).Texts(ActorRole.Source, run.Text).ShouldContain("4,000 members");
    }

    [Fact]
    public void Those_who_back_someone_and_meet_another_are_the_ones_meeting()
    {
        var run = Coded.Run("Two councillors who back Mr Flight met Mr Tanguay in Arundel.");
        var e = run.Single(PloverType.Consult);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("Two councillors");
        e.Texts(ActorRole.Source, run.Text).ShouldNotContain("Mr Flight");
    }

    [Fact]
    public void Aid_given_to_help_people_goes_to_them()
    {
        var run = Coded.Run("Norway is to give a £4m grant to help women survivors of the war.");
        run.Single(PloverType.Aid).Texts(ActorRole.Target, run.Text).ShouldContain("women survivors");
    }

    [Fact]
    public void A_report_released_sets_no_one_free()
    {
        var run = Coded.Run("The Bank's latest inflation report, released last week, noted weaker spending.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void Hostages_released_are_set_free()
    {
        var run = Coded.Run("The rebels released two hostages on Friday.");
        run.Single(PloverType.Retreat).Texts(ActorRole.Target, run.Text).ShouldContain("hostages");
    }

    [Fact]
    public void A_ban_that_threatens_to_reignite_tensions_is_a_risk_not_a_threat()
    {
        var run = Coded.Run("The ban threatens to reignite tensions between the regulator and the firm.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
    }

    [Fact]
    public void Rebels_who_threaten_to_kill_hostages_threaten_them()
    {
        var run = Coded.Run("The rebels threatened to kill the hostages.");
        run.Single(PloverType.Threaten).Texts(ActorRole.Source, run.Text).ShouldContain("The rebels");
    }

    [Fact]
    public void A_named_network_that_threatens_to_strike_still_threatens()
    {
        var run = Coded.Run("The al-Qaeda terror network has threatened to deliver devastating blows to Ruritania.");
        run.Events.ShouldContain(e => e.Type == PloverType.Threaten);
    }
}
