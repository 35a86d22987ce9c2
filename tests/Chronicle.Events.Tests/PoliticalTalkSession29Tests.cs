namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a second reading of unseen American campaign news (session 29): a polling threshold not met read
/// as a meeting; a poll's share of voters read as a party agreeing; refugees accepted read as an agreement; a candidate's
/// campaign rally read as a protest; a pledge to ban a group read as an agreement; a headline's `Says` read into the
/// speaker's name; and, from the end reading, a cost estimate not supplied read as aid, a chant of `don't shoot` read as
/// shooting, people killing themselves read as an assault, a candidate `supported by 42 percent` read as support, and
/// the verb after a quotation (`Vitter demanded.`) read as a request.
/// </summary>
public sealed class PoliticalTalkSession29Tests
{
    private static readonly DateOnly In2016 = new(2016, 9, 20);

    [Theory]
    [InlineData("Senator Dana Whitlock did not meet the commission's 15 percent polling threshold.")]
    [InlineData("Senator Dana Whitlock met the party's eligibility criteria in March.")]
    public void A_threshold_met_or_not_is_no_meeting(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void A_meeting_between_people_stays_one()
    {
        var run = Coded.Run("Senator Dana Whitlock met Governor Ross Pell in Denver on Monday.", In2016);
        run.Events.ShouldContain(e => e.Type == PloverType.Consult);
    }

    [Theory]
    [InlineData("Only 52 percent of registered voters agreed that Governor Ross Pell is fit to serve.")]
    [InlineData("Nearly 60 percent of voters agreed with the senator's plan.")]
    public void A_polls_share_of_voters_is_no_party_to_an_event(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree || e.Type == PloverType.Support);
    }

    [Fact]
    public void Refugees_accepted_are_given_refuge()
    {
        var run = Coded.Run("Canada accepted 25,000 Syrian refugees last year.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        var e = run.Single(PloverType.Aid);
        e.Texts(ActorRole.Source, run.Text).Single().ShouldBe("Canada");
        e.Texts(ActorRole.Target, run.Text).Single().ShouldContain("refugees");
    }

    [Fact]
    public void A_proposal_on_refugees_accepted_is_still_an_agreement()
    {
        var run = Coded.Run("Germany accepted the Greek proposal on refugees.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Aid);
    }

    [Theory]
    [InlineData("Senator Dana Whitlock held a rally in Denver on Tuesday.")]
    [InlineData("At a rally in Denver, Senator Dana Whitlock attacked the governor's tax plan.")]
    public void A_candidates_rally_is_no_protest(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Theory]
    [InlineData("Opposition leader Marta Ilves led a rally against the government in Tallinn.")]
    [InlineData("Thousands of teachers held a rally in Denver on Tuesday.")]
    public void A_rally_of_a_crowd_or_against_someone_is_a_protest(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Events.ShouldContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void A_pledge_to_ban_a_group_threatens_it()
    {
        var run = Coded.Run("Governor Ross Pell has pledged to ban all Muslims from entering the country.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        var e = run.Single(PloverType.Threaten);
        e.Texts(ActorRole.Target, run.Text).Single().ShouldContain("Muslims");
    }

    [Fact]
    public void A_headlines_says_is_no_part_of_the_speakers_name()
    {
        var run = Coded.Run(
            "Clean Energy Could Win Votes, Dana Whitlock Says.\n\nSenator Dana Whitlock urged Republicans to back a carbon tax on Thursday.",
            In2016);
        var e = run.Single(PloverType.Request);
        e.Actors.Where(a => a.Role == ActorRole.Source).ShouldAllBe(a => !a.Canonical.Contains("Says"));
    }

    [Fact]
    public void Information_not_supplied_is_no_aid()
    {
        var run = Coded.Run("Governor Ross Pell did not supply a cost estimate for his plans.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Aid);
    }

    [Fact]
    public void Weapons_supplied_are_still_aid()
    {
        var run = Coded.Run("The United States supplied weapons to the rebels in Syria.", In2016);
        run.Events.ShouldContain(e => e.Type == PloverType.Aid);
    }

    [Fact]
    public void A_chant_of_dont_shoot_is_no_shooting()
    {
        var run = Coded.Run("Protesters marched in Denver while chanting, \"Hands up, don't shoot.\"", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
        run.Events.ShouldContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void Soldiers_who_did_not_shoot_are_still_told_with_negation()
    {
        var run = Coded.Run("Soldiers did not shoot at the crowd in Denver.", In2016);
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void People_killing_themselves_is_no_assault()
    {
        var run = Coded.Run("Veterans were killing themselves at three times the rate of civilians.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_candidate_supported_by_a_share_of_those_polled_is_no_event()
    {
        var run = Coded.Run("Governor Ross Pell was supported by 42 percent of those responding.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void The_verb_after_a_quotation_asks_nothing()
    {
        var run = Coded.Run("\"Why is this bank not too big to fail?\" Senator Dana Whitlock demanded.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Request);
    }

    [Fact]
    public void A_demand_with_an_object_is_still_a_request()
    {
        var run = Coded.Run("Senator Dana Whitlock demanded the resignation of the bank's chief.", In2016);
        run.Events.ShouldContain(e => e.Type == PloverType.Request);
    }

    [Fact]
    public void An_ad_released_frees_no_one()
    {
        var run = Coded.Run(
            "Governor Ross Pell spoke in Denver. The Whitlock campaign released an ad this week showing Pell making remarks about veterans.",
            In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void Hostages_released_are_still_freed()
    {
        var run = Coded.Run("The rebels released the hostages in Mali on Monday.", In2016);
        run.Events.ShouldContain(e => e.Type == PloverType.Retreat);
    }
}
