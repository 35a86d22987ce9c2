namespace Chronicle.Events.Tests;

/// <summary>Words of political news read in their everyday sense: dinners, votes, counted promises, visits with companions.</summary>
public sealed class PoliticalReadingTests
{
    [Fact]
    public void A_dinner_hosted_by_a_minister_is_no_meeting()
    {
        var run = Coded.Run("The book says that at a dinner hosted by Foreign Secretary Anna Park he told the governor of his plans.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void A_summit_hosted_by_a_minister_is_a_meeting()
    {
        var run = Coded.Run("A summit hosted by Foreign Secretary Anna Park ended on Friday without a deal.");
        run.Events.ShouldContain(e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void Support_at_an_election_is_a_vote_not_an_event()
    {
        var run = Coded.Run("Opposition leader Peter Hale said voters would not support a divided government at the next election.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void Counted_pledges_are_nouns()
    {
        var run = Coded.Run("The minister said the four election pledges unveiled by Mr Jones last week would cost little.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_nameless_meeting_with_other_people_is_not_merged_into_a_named_visit()
    {
        var run = Coded.Run("Prime Minister Mark Olsen visited Leeds with Trade Secretary Jane Abbot on Monday. "
            + "Later, parents were met in the town hall by officials.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult
            && e.Actors.Any(a => a.Span.Of(run.Text).Contains("Olsen")) && e.Actors.Any(a => a.Span.Of(run.Text).Contains("parents")));
    }
}
