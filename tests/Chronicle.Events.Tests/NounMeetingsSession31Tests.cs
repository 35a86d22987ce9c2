namespace Chronicle.Events.Tests;

/// <summary>
/// A meeting or a lunch told as a noun with `with` right after it consults the one named after `with`, from its
/// possessor; violence against someone is an attack on them, with no source when none is named.
/// </summary>
public sealed class NounMeetingsSession31Tests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_possessor_s_meeting_with_a_leader_consults_that_leader()
    {
        var run = Coded.Run("After Merkel's meeting with Obama in Berlin, the two leaders spoke to reporters.", Published);
        var meeting = run.Single(PloverType.Consult);
        meeting.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "DE");
        meeting.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "US");
    }

    [Fact]
    public void A_meeting_of_a_body_is_no_noun_consultation()
    {
        var run = Coded.Run("The report was read at a meeting of the council in Vienna.", Published);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void Violence_against_a_people_is_an_attack_with_no_source()
    {
        var run = Coded.Run("The United Nations condemned violence against the Rohingya.", Published);
        var violence = run.Events.Single(e => e.Type == PloverType.Assault);
        violence.Texts(ActorRole.Target, run.Text).ShouldBe(["Rohingya"]);
        violence.Actors.ShouldNotContain(a => a.Role == ActorRole.Source);
    }

    [Fact]
    public void A_named_politician_s_trip_to_another_state_is_a_visit()
    {
        var run = Coded.Run("French President Emmanuel Macron made a trip to Berlin on Monday.", Published);
        var trip = run.Single(PloverType.Consult);
        trip.Mode.ShouldBe("visit");
        trip.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Macron"));
        trip.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "DE");
    }

    [Fact]
    public void A_trip_to_the_beach_is_no_visit()
    {
        var run = Coded.Run("The minister took a trip to the beach.", Published);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void A_trip_with_no_traveller_named_is_no_visit()
    {
        var run = Coded.Run("Police are searching for the man, who did not return after a trip to Glasgow on Monday.", Published);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }
}
