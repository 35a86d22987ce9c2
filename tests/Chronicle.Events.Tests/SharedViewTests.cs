namespace Chronicle.Events.Tests;

/// <summary>Shared views are no agreements; those withdrawn retreat; a purpose after a destination is the mover's.</summary>
public sealed class SharedViewTests
{
    [Fact]
    public void Agreeing_with_a_view_is_no_agreement()
    {
        var run = Coded.Run("No doubt the chancellor will agree with this. A spokesman said the office agreed with the auditors' assessment of fraud.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Being_agreed_on_a_point_is_no_agreement()
    {
        var run = Coded.Run("Opposition to the plan is one thing all the unions are agreed on.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Troops_pulled_out_of_a_country_retreat_from_it()
    {
        var run = Coded.Run("The video showed the hostage asking for Dutch troops to be pulled out of Iraq.");
        var retreat = run.Single(PloverType.Retreat);
        retreat.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("Dutch troops"));
        retreat.Texts(ActorRole.Target, run.Text).ShouldContain(s => s.Contains("Iraq"));
    }

    [Fact]
    public void A_purpose_after_a_destination_is_not_the_place_s()
    {
        var run = Coded.Run("At least 9,000 children have arrived in Spain to seek asylum.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text).Contains("Spain")));
    }
}
