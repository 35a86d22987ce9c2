namespace Chronicle.Events.Tests;

/// <summary>
/// Words of events used for things that are no act between actors: problems beaten, fires that destroy, money promised
/// to voters, people let into a country, views agreed with, records defended, support that rises and falls; and a deal
/// signed with a partner, which is one agreement between the signer and the partner.
/// </summary>
public sealed class StanceAndPolicyTests
{
    [Fact]
    public void An_article_that_opens_on_a_deal_word_is_coded_without_failing()
    {
        // The first word of the text has nothing before it: the look back for `sought`, `secure` must stop at the start.
        var run = Coded.Run("Deals are being sought to let the ministry return suspects to their countries. The minister said so.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Defeating_a_problem_is_no_assault()
    {
        var run = Coded.Run("\"We have not defeated this problem by any means, but we have shown what can be done,\" the mayor said.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_fire_that_destroyed_buildings_is_no_assault()
    {
        var run = Coded.Run("The old papers were lost in the fire which destroyed most of the City Hall buildings in 1911.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Gunmen_who_destroyed_buildings_still_assault()
    {
        var run = Coded.Run("Police hunted the rebels who destroyed the police station in Kandahar on Monday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Tax_cuts_promised_to_voters_are_no_aid()
    {
        var run = Coded.Run("The Liberals have promised $3bn in tax cuts but have yet to say who will gain.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Aid);
    }

    [Fact]
    public void Extra_spending_pledged_by_a_party_is_no_aid()
    {
        var run = Coded.Run("The party pledged £2bn of extra spending on schools.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Aid);
    }

    [Fact]
    public void Money_pledged_to_another_country_is_still_aid()
    {
        var run = Coded.Run("Japan pledged $500m to Indonesia on Monday.");
        run.Single(PloverType.Aid).Texts(ActorRole.Target, run.Text).ShouldContain("Indonesia");
    }

    [Fact]
    public void People_allowed_into_a_country_under_a_policy_win_no_concession()
    {
        var run = Coded.Run("The minister set out a visa scheme, with only nurses and doctors allowed into the country from abroad.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Concede);
    }

    [Fact]
    public void Signing_a_deal_with_a_partner_is_one_agreement_from_the_signer_to_the_partner()
    {
        var run = Coded.Run("Chancellor Angela Merkel has signed a debt relief deal with Kenya on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
        var deal = run.Single(PloverType.Agree);
        deal.Texts(ActorRole.Source, run.Text).ShouldContain("Chancellor Angela Merkel");
        deal.Texts(ActorRole.Target, run.Text).ShouldContain("Kenya");
    }

    [Fact]
    public void Two_signers_of_a_treaty_without_a_partner_stay_plover_support()
    {
        var run = Coded.Run("Poland and Chile signed a treaty of friendship on Monday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void Agreeing_that_a_law_past_its_relative_clause_is_unfair_is_an_opinion()
    {
        var run = Coded.Run("The Prime Minister, Mr Dalton, agreed the 1832 Reform Act, which set the franchise, was unfair but said its effects were small.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Accepting_what_experts_said_is_no_agreement()
    {
        var run = Coded.Run("The report said the council should act, but accepted many experts said it would be an expensive system.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Accepting_a_recommendation_that_something_should_happen_is_still_read()
    {
        var run = Coded.Run("The government has accepted the commission's recommendation that young workers should be paid more.");
        run.Events.ShouldContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void An_agreement_still_to_be_secured_is_none()
    {
        var run = Coded.Run("The senator said the plan would be sufficient to secure the agreement of the Senate.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Defending_a_countrys_history_supports_no_one()
    {
        var run = Coded.Run("The mayor has rarely been so outspoken in defending France's colonial history.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void A_partys_support_that_falls_among_voters_is_no_event()
    {
        var run = Coded.Run("Recent research has suggested Tory support has been falling among young voters.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void A_gerund_opening_a_list_item_is_no_actor()
    {
        var run = Coded.Run("The plan includes:\n - Creating a new border agency to destroy the smuggling gangs \n - Hiring 5,000 extra police officers");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Span.Of(run.Text).StartsWith("Creating", StringComparison.Ordinal)));
    }

    [Fact]
    public void Attacking_the_party_one_once_led_is_criticism()
    {
        var run = Coded.Run("Party officials say Mr Wardlow has not been honest in attacking the party he once wanted to lead.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).ShouldContain("party");
    }

    [Fact]
    public void Gunmen_attacking_the_government_forces_still_assault()
    {
        var run = Coded.Run("Gunmen attacking the government forces killed three soldiers near Mosul on Monday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Agreeing_something_is_of_concern_is_an_opinion_whatever_the_next_clause_says()
    {
        var run = Coded.Run("The Speaker, Jane Smithson, agreed it was \"of concern\" but said nothing could be done immediately.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Accepting_peoples_frustration_is_no_agreement_with_them()
    {
        var run = Coded.Run("The senator, Jane Smithson, accepted people's frustration but said there should be targets.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }
}
