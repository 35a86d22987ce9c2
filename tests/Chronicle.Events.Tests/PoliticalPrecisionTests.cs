namespace Chronicle.Events.Tests;

/// <summary>
/// Political talk that trigger words also name: verbal attacks and election wins, disasters, policies promised to
/// voters, powers a law gives, acts asked for, things said as targets, a party defending its own posters.
/// </summary>
public sealed class PoliticalPrecisionTests
{
    [Fact]
    public void An_opposition_attacking_ministers_in_words_is_an_accusation()
    {
        var run = Coded.Run("The opposition has attacked ministers over the delays to the rail scheme.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
        var accusation = run.Single(PloverType.Accuse);
        accusation.Texts(ActorRole.Target, run.Text).ShouldContain("ministers");
    }

    [Fact]
    public void Attacking_a_partys_plans_to_do_something_is_criticism()
    {
        var run = Coded.Run("Tony Blair answered questions on Monday. He attacked Tory plans to process asylum claims abroad.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Ministers_attacked_for_their_handling_by_no_one_named_are_criticised()
    {
        var run = Coded.Run("Ministers were attacked for their handling of the flooding inquiry.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void An_attack_on_words_in_quotes_is_no_assault()
    {
        var run = Coded.Run("In her speech the senator attacked the \"nanny state\" on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_party_beating_another_at_a_vote_is_no_event()
    {
        var run = Coded.Run("The Greens beat the Liberals in the Ashford by-election. The Liberals have beaten Labour in two council seats. "
            + "The Green Party attacked Mr Jones as a liar.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Armed_attackers_stay_an_assault_among_politicians()
    {
        var run = Coded.Run("Gunmen attacked the office of the opposition leader in the capital, killing two guards.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_force_of_nature_kills_without_an_attacker()
    {
        var run = Coded.Run("The cyclone killed 300 people along the coast. Dozens more were killed by the landslide in the hills. "
            + "Thousands were killed when the tidal wave hit.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Soldiers_killing_villagers_stay_an_assault()
    {
        var run = Coded.Run("The storm had passed when soldiers killed 12 villagers near the border.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
        Coded.Run("Forty people were killed by a wave of bombings in the capital.").Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_policy_promised_to_the_public_is_no_agreement()
    {
        var run = Coded.Run("A Liberal government would allow parents to choose their children's school. The party will offer cheap loans to "
            + "first-time buyers. The chancellor promised that income tax would not rise. The Greens have promised to cut fees for students.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_promise_made_to_another_actor_stays_an_agreement()
    {
        var run = Coded.Run("Mr Smith promised Mr Jones he would step down before the election.");
        run.Events.ShouldContain(e => e.Type == PloverType.Agree && e.Texts(ActorRole.Target, run.Text).Contains("Mr Jones"));
    }

    [Fact]
    public void Accepting_another_side_s_proposal_stays_an_agreement()
    {
        var run = Coded.Run("France agreed to accept the proposal from Germany.");
        run.Events.ShouldContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Showing_that_something_is_so_is_no_protest()
    {
        var run = Coded.Run("The figures are demonstrating that the policy has failed.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void What_a_law_lets_the_police_do_to_people_is_no_event()
    {
        var run = Coded.Run("Police can now arrest people for hunting with hares. The law lets officers detain suspects for two weeks.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void An_arrest_made_stays_coercion()
    {
        var run = Coded.Run("Police arrested four men in Leeds on Sunday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void An_act_asked_for_is_not_done()
    {
        var run = Coded.Run("Backbenchers tabled a motion asking the speaker to withdraw from the contest. The union called on members to meet at the gates. "
            + "The video showed the hostage asking for Dutch troops to be pulled out of Iraq.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat || e.Type == PloverType.Consult);
    }

    [Fact]
    public void Asking_a_named_party_to_withdraw_is_a_request_to_it()
    {
        var run = Coded.Run("The Greens asked the Liberals to withdraw the leaflet.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
        var request = run.Single(PloverType.Request);
        request.Texts(ActorRole.Source, run.Text).ShouldContain(t => t.Contains("Greens"));
        request.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("Liberals"));
    }

    [Fact]
    public void Who_a_request_is_about_is_not_who_it_is_made_to()
    {
        var run = Coded.Run("The senator appealed for the jailed journalists to be freed. The committee called for the agency to be closed unless it improved.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Request && e.Actors.Any(a => a.Role == ActorRole.Target));
    }

    [Fact]
    public void One_called_on_to_act_is_the_target_of_the_request()
    {
        var run = Coded.Run("The UN called on Israel to withdraw from the town.");
        run.Single(PloverType.Request).Texts(ActorRole.Target, run.Text).ShouldContain("Israel");
    }

    [Fact]
    public void What_hangs_from_a_thing_condemned_is_no_target()
    {
        var run = Coded.Run("The senator condemned the insult to the memory of the soldiers.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target));
    }

    [Fact]
    public void A_party_defending_its_own_posters_supports_no_one()
    {
        var run = Coded.Run("The Liberals defended their posters after the Greens complained about them. The Greens defended the posters against Liberal criticism. "
            + "The Green Party has defended a poster showing Liberal leader John Smith as a magician.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void Defending_a_minister_against_claims_is_support()
    {
        var run = Coded.Run("The premier defended the finance minister against the claims.");
        run.Single(PloverType.Support).Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("minister"));
    }
}
