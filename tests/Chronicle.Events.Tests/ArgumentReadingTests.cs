namespace Chronicle.Events.Tests;

/// <summary>Whose event it is: doers of participle clauses, agents of reduced passives, sides of actor nouns, countries of the unknown.</summary>
public sealed class ArgumentReadingTests
{
    [Fact]
    public void A_participle_after_a_time_subordinator_is_done_by_the_main_subject()
    {
        var run = Coded.Run("Union chief Tom Baker spoke on Monday. He said after meeting Prime Minister Mark Olsen he was hopeful.");
        run.Single(PloverType.Consult).Texts(ActorRole.Source, run.Text).ShouldBe(["He"]);
    }

    [Fact]
    public void The_agent_of_a_reduced_passive_is_the_source()
    {
        var run = Coded.Run("The plans drew fire from the unions, with claims of waste denied by the ministry.");
        var e = run.Single(PloverType.Reject);
        e.Texts(ActorRole.Source, run.Text).ShouldHaveSingleItem().ShouldContain("ministry");
        e.Texts(ActorRole.Target, run.Text).ShouldBeEmpty();
    }

    [Fact]
    public void Claims_denied_by_a_party_are_the_party_s_denial()
    {
        var run = Coded.Run("The posters drew accusations of racism, claims denied by the Green Party.");
        var e = run.Single(PloverType.Reject);
        e.Texts(ActorRole.Source, run.Text).ShouldHaveSingleItem().ShouldContain("Green Party");
        e.Texts(ActorRole.Target, run.Text).ShouldBeEmpty();
    }

    [Fact]
    public void What_is_denied_in_a_relative_clause_is_the_speaker_s_claim()
    {
        var run = Coded.Run("Finance Minister Mira Castell said the opposition plans would mean deep cuts in schools, which the Greens deny.");
        run.Single(PloverType.Reject).Texts(ActorRole.Target, run.Text).ShouldHaveSingleItem().ShouldContain("Mira Castell");
    }

    [Fact]
    public void A_candidate_for_a_party_is_the_candidate_not_the_party()
    {
        var run = Coded.Run("A regional candidate for the Green Party has resigned after a row over expenses.");
        run.Single(PloverType.Retreat).Actors.Single(a => a.Role == ActorRole.Source).Canonical.ShouldNotBe("Green Party");
    }

    [Fact]
    public void An_unknown_person_takes_no_country_from_elsewhere_in_the_story()
    {
        var run = Coded.Run("Talks in Washington on trade went on all week between American and Canadian officials. "
            + "Back home, local farmer Ed Grey was jailed for two years for fraud.");
        run.Single(PloverType.Coerce).Actors.Single(a => a.Role == ActorRole.Target).Country.ShouldBeNull();
    }

    [Fact]
    public void A_bare_title_takes_the_country_of_its_named_holder()
    {
        var run = Coded.Run("British Prime Minister Mark Olsen flew to Washington on Monday for talks with American officials in New York "
            + "and Washington. The prime minister urged the Americans to act on climate change.");
        run.Single(PloverType.Request).Actors.Single(a => a.Role == ActorRole.Source).Country.ShouldBe("GB");
    }
}
