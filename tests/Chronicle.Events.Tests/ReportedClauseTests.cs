namespace Chronicle.Events.Tests;

/// <summary>Inside a reported clause the event's actors come from that clause, never from the speaker.</summary>
public sealed class ReportedClauseTests
{
    [Fact]
    public void Those_withdrawn_are_the_ones_who_retreat()
    {
        var run = Coded.Run("The defence minister said the withdrawal of Dutch troops would begin in the spring.");
        var retreat = run.Single(PloverType.Retreat);
        retreat.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("Dutch troops"));
        retreat.Texts(ActorRole.Source, run.Text).ShouldNotContain(s => s.Contains("minister"));
        retreat.Texts(ActorRole.Target, run.Text).ShouldBeEmpty();
    }

    [Fact]
    public void A_reduced_passive_after_an_adverb_keeps_the_agent_as_source()
    {
        var run = Coded.Run("A spokesman said a civilian allegedly killed by Dutch troops was unarmed.");
        var assault = run.Single(PloverType.Assault);
        assault.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("Dutch troops"));
        assault.Texts(ActorRole.Target, run.Text).ShouldNotContain(s => s.Contains("troops"));
    }

    [Fact]
    public void A_country_inside_what_is_protested_against_is_no_target()
    {
        var run = Coded.Run("Students demonstrated against plans for the Yemen war.");
        run.Single(PloverType.Protest).Texts(ActorRole.Target, run.Text).ShouldBeEmpty();
    }

    [Fact]
    public void A_measure_after_by_is_no_agent()
    {
        var run = Coded.Run("President Ruiz on Thursday shortened by one hour the nightly curfew imposed in Peru.");
        run.Events.ShouldContain(e => e.Type == PloverType.Concede && e.Actors.Any(a => a.Role == ActorRole.Source));
    }
}
