namespace Chronicle.Events.Tests;

/// <summary>Figures of speech, denied acts, things given, agents that are things or parts of a group, unnamed speakers.</summary>
public sealed class FigureAndRoleTests
{
    [Fact]
    public void A_mocking_welcome_is_no_support()
    {
        var run = Coded.Run("The opposition leader was mockingly welcoming the prime minister's new policy.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void Troops_offered_are_no_target()
    {
        var run = Coded.Run("The minister said 200 soldiers had been offered to the peacekeeping force.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("soldiers")));
    }

    [Fact]
    public void Concessions_offered_by_a_government_keep_it_the_source()
    {
        var run = Coded.Run("The union leader said some concessions had been offered by the government during the talks.");
        var e = run.Single(PloverType.Agree);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("government");
        e.Texts(ActorRole.Target, run.Text).ShouldBeEmpty();
    }

    [Fact]
    public void A_name_modifying_the_agent_thing_is_no_agent()
    {
        var run = Coded.Run("The new rules were backed by Oslo guidelines on privacy.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "Oslo"));
    }

    [Fact]
    public void Many_in_a_party_criticise_for_it()
    {
        var run = Coded.Run("Mr Ray Dobbs has since been criticised by many in his own party.");
        var e = run.Single(PloverType.Accuse);
        e.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("party"));
    }

    [Fact]
    public void A_denied_gerund_is_denied()
    {
        var run = Coded.Run("The general denied ordering the attack on the village in March.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void The_possessor_of_an_involvement_is_the_source()
    {
        var run = Coded.Run("The council condemned Norway's alleged involvement in the killing of the former mayor.");
        var e = run.Single(PloverType.Assault);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("Norway");
    }

    [Fact]
    public void An_unnamed_we_is_no_actor()
    {
        var run = Coded.Run("The three men were charged in May. \"We are prosecuted for a public order offence.\"");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Canonical == "We"));
    }

    [Fact]
    public void The_actor_before_a_list_of_places_is_the_subject()
    {
        var run = Coded.Run("The top Catholic in Spain and Portugal backed the party leader Anne Wood on Sunday.");
        var e = run.Single(PloverType.Support);
        e.Texts(ActorRole.Source, run.Text).ShouldNotContain("Portugal");
    }

    [Fact]
    public void One_events_target_acting_later_is_another_event()
    {
        var run = Coded.Run("The cardinal Paul Ames backed Jane Hollis's stance. He said the policy supported by Mrs Hollis was one to commend.");
        var backed = run.Events.Single(e => e.Trigger.Of(run.Text) == "backed");
        backed.Texts(ActorRole.Source, run.Text).ShouldNotContain(s => s.Contains("Hollis"));
        backed.Texts(ActorRole.Target, run.Text).ShouldContain(s => s.Contains("Hollis"));
    }

    [Fact]
    public void A_coordinated_participle_with_its_own_by_is_passive()
    {
        var run = Coded.Run("Both schemes are run by the marketing board and backed by Oslo directives on privacy.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Span.Of(run.Text) == "Oslo"));
    }
}
