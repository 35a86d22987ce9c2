namespace Chronicle.Events.Tests;

/// <summary>Campaign talk and local business: appeals to voters, words rained on a minister, deals with a town council.</summary>
public sealed class CampaignTalkTests
{
    [Fact]
    public void Slamming_and_hitting_back_at_a_party_is_an_accusation()
    {
        var run = Coded.Run("The Greens slammed the Liberals over their record on housing. The Liberals hit back at the Greens on Monday.");
        var accusations = run.Events.Where(e => e.Type == PloverType.Accuse).ToList();
        accusations.Count.ShouldBe(2);
        accusations.ShouldAllBe(e => e.Actors.Any(a => a.Role == ActorRole.Source) && e.Actors.Any(a => a.Role == ActorRole.Target));
    }

    [Fact]
    public void An_appeal_to_voters_is_no_request_and_their_votes_no_support()
    {
        var run = Coded.Run("The health secretary urged voters to back the Liberals.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Request || e.Type == PloverType.Support);
    }

    [Fact]
    public void Questions_rained_on_a_minister_are_no_assault()
    {
        var run = Coded.Run("Backbenchers bombarded the transport minister with a barrage of questions about the report.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_deal_with_a_town_council_is_a_local_contract()
    {
        var run = Coded.Run("The building firm signed a deal with Leeds council to repair the roads.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree || e.Type == PloverType.Support);
    }

    [Fact]
    public void A_deal_with_a_government_stays_an_agreement()
    {
        var run = Coded.Run("Kenya signed a trade deal with the Ugandan government on Friday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Agree || e.Type == PloverType.Support);
    }

    [Fact]
    public void A_forecast_in_a_warning_is_no_threat()
    {
        var run = Coded.Run("The teachers' union warned that schools would face a long struggle to keep staff.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
    }

    [Fact]
    public void A_warning_of_what_one_will_do_stays_a_threat()
    {
        var run = Coded.Run("The army warned that it would attack the rebel camps.");
        run.Events.ShouldContain(e => e.Type == PloverType.Threaten);
    }
}
