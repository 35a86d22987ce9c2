namespace Chronicle.Events.Tests;

/// <summary>Actors the clause names in less common shapes, and support or states that are no act of anyone.</summary>
public sealed class ClauseActorTests
{
    [Fact]
    public void A_delegation_of_councils_is_the_visitor()
    {
        var run = Coded.Run("On Monday, a delegation of northern city councils visited the minister Ann Cole in Leeds.");
        run.Single(PloverType.Consult).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("councils"));
    }

    [Fact]
    public void Which_after_a_thing_for_an_actor_stands_for_the_thing()
    {
        var run = Coded.Run("\"This is a fair settlement for local government, which will allow the councils to plan,\" Ms Ann Cole said.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("local government")));
    }

    [Fact]
    public void Police_reporting_an_arrest_with_no_arrester_made_it()
    {
        var run = Coded.Run("Police said two men, who were arrested on Friday, were still being questioned.");
        run.Single(PloverType.Coerce).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Police"));
    }

    [Fact]
    public void Support_found_among_others_is_no_act_of_the_finder()
    {
        var run = Coded.Run("In its report, the commission said it had found wide support among judges for an end to the rule.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void Support_nobody_gives_is_a_measure_of_opinion()
    {
        var run = Coded.Run("A second poll found that support for all the main parties remained unchanged after the row.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void The_object_of_a_purpose_after_support_is_no_target()
    {
        var run = Coded.Run("The bill would have to be passed with cross-party support to allow the government to collect taxes.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Canonical.Contains("government")));
    }

    [Fact]
    public void A_participle_after_became_is_a_state_of_mind()
    {
        var run = Coded.Run("Many voters in the north became disheartened with the two main parties last year.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void A_verbal_act_of_an_unnamed_they_is_no_row()
    {
        var run = Coded.Run("The campaigners were so angry that they threatened to stand against the Green party.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Threaten && !e.Actors.Any(a => a.Role == ActorRole.Source));
    }

    [Fact]
    public void A_relative_clause_verb_after_but_keeps_its_thing_subject()
    {
        var run = Coded.Run("Mr Tom Hartley was briefed on the vote, which is planned for May but is threatened by a campaign of violence.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Canonical.Contains("Hartley")));
    }
    [Fact]
    public void A_pledge_of_money_is_economic_aid()
    {
        var run = Coded.Run("Japan pledged 20 million dollars to help rebuild the schools of the province.");
        run.Single(PloverType.Aid).Mode.ShouldBe("economic");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_thing_bent_and_abused_is_no_assault_and_the_speaker_no_party()
    {
        var run = Coded.Run("The opposition said the rules had been bent and abused by the government.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void After_talks_with_a_union_the_hospital_is_the_party()
    {
        var run = Coded.Run("After talks with the union, the hospital called off the strike.");
        run.Single(PloverType.Consult).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("hospital"));
    }

    [Fact]
    public void Its_support_reiterated_is_the_subjects()
    {
        var run = Coded.Run("The teachers' union has reiterated its support for the government's school plans.");
        run.Single(PloverType.Support).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("union"));
    }

    [Fact]
    public void A_visit_to_no_party_or_place_is_campaigning()
    {
        var run = Coded.Run("The minister Tom Hartley spoke in Leeds on Monday. Later, he visited marginal constituencies.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }
}
