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
        // (`asking for troops to be pulled out` asks for a retreat that is not done: PoliticalPrecisionTests.)
        var run = Coded.Run("Dutch troops were pulled out of Iraq last year, the video showed.");
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

    [Fact]
    public void The_subject_of_a_dismissed_claim_is_no_target()
    {
        var run = Coded.Run("Mr Grant also dismissed claims government plans to get half of young people into university would devalue degrees.");
        run.Single(PloverType.Reject).Texts(ActorRole.Target, run.Text).ShouldBeEmpty();
    }

    [Fact]
    public void The_claimant_named_by_by_stays_the_target()
    {
        var run = Coded.Run("Ms Lee rejected claims by the Greens that the plan would fail.");
        run.Single(PloverType.Reject).Texts(ActorRole.Target, run.Text).ShouldContain(s => s.Contains("Greens"));
    }

    [Fact]
    public void Companions_are_neither_source_nor_target()
    {
        var run = Coded.Run("Police arrested the activist with eight other men.");
        run.Single(PloverType.Coerce).Texts(ActorRole.Target, run.Text).ShouldNotContain(s => s.Contains("men"));
    }

    [Fact]
    public void Shooting_a_fox_is_no_assault()
    {
        var run = Coded.Run("Mr Grant has attempted to shoot that fox first, the Liberals said.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }
}
