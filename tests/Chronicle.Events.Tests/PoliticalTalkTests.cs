namespace Chronicle.Events.Tests;

/// <summary>Ordinary political talk that trigger verbs also name: offers of agendas, visits to towns, election defeats.</summary>
public sealed class PoliticalTalkTests
{
    [Fact]
    public void An_offer_of_an_abstract_thing_is_no_agreement()
    {
        var run = Coded.Run("The Greens offered costed alternatives to the spending plans. The poll result offered the Greens a great opportunity. "
            + "The Liberals offered a \"soft left agenda\", the mayor said.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void An_offer_of_talks_stays_an_agreement()
    {
        var run = Coded.Run("The rebels offered talks to the government.");
        run.Single(PloverType.Agree).Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("rebels"));
    }

    [Fact]
    public void A_quoted_promise_of_a_policy_is_no_agreement()
    {
        var run = Coded.Run("Mr Smith promised a \"tough but fair\" policy on housing.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Moods_and_welcomes_are_no_intents()
    {
        var run = Coded.Run("Mr Jones said he will be ready to put his doubts aside. The party would welcome genuine skilled workers, the leader said.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_visit_to_places_or_a_temple_meets_nobody()
    {
        var run = Coded.Run("The minister will visit places such as the coast next week. She visited slums in the capital on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree || e.Type == PloverType.Consult);
    }

    [Fact]
    public void Declining_to_give_a_view_is_no_rejection()
    {
        var run = Coded.Run("The minister declined to give her view on the dispute.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void Refusing_jobs_is_no_rejection()
    {
        var run = Coded.Run("He said he would refuse key cabinet jobs under a new leader.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void Demonstrating_to_people_that_is_no_protest()
    {
        var run = Coded.Run("The vote will demonstrate to people that the party has changed.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void Election_rivalry_is_no_assault_or_threat()
    {
        var run = Coded.Run("The Greens hope to defeat the government in the by-election. The Greens are the real threat to Labour in the north.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault || e.Type == PloverType.Threaten);
    }

    [Fact]
    public void A_general_statement_has_no_supporter()
    {
        var run = Coded.Run("It is important to support head teachers, the report said.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void Armed_attacks_and_threats_stay()
    {
        var run = Coded.Run("Police attacked the protesters with batons. The army threatened the rebels with air strikes.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
        run.Events.ShouldContain(e => e.Type == PloverType.Threaten);
    }
}
