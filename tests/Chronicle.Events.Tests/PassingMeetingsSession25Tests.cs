namespace Chronicle.Events.Tests;

/// <summary>
/// Meetings told in passing, session 25 (issue #7): talks after which a passive clause's act was done are held by the
/// passive's `by` agent, as they are by an active clause's subject.
/// </summary>
public sealed class PassingMeetingsSession25Tests
{
    private static readonly DateOnly Today = new(2024, 5, 1);

    [Fact]
    public void Talks_after_a_passive_act_are_held_by_its_by_agent()
    {
        var run = Coded.Run("The budget was approved by the Kenyan parliament after talks with the IMF.", Today);
        var talks = run.Single(PloverType.Consult);
        talks.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "KE");
        talks.Actors.ShouldContain(a => a.Role == ActorRole.Target);
    }

    [Fact]
    public void Talks_after_an_active_act_stay_the_subjects()
    {
        var run = Coded.Run("The Kenyan parliament approved the budget after talks with the IMF.", Today);
        run.Single(PloverType.Consult).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "KE");
    }

    [Fact]
    public void A_passive_with_no_by_agent_gives_the_talks_no_source()
    {
        var run = Coded.Run("The budget was approved after talks with the IMF.", Today);
        run.Single(PloverType.Consult).Actors.ShouldNotContain(a => a.Role == ActorRole.Source);
    }
}
