namespace Chronicle.Events.Tests;

/// <summary>
/// Goals and dates, session 25 (issue #7): a `by` deadline of an infinitive clause after the event is when that goal
/// falls due, no date of the event; a place inside a longer organisation's name is part of that name, no place.
/// </summary>
public sealed class GoalsAndPlacesSession25Tests
{
    private static readonly DateOnly Today = new(2024, 5, 1);

    [Fact]
    public void A_deadline_of_a_goal_after_the_event_does_not_date_it()
    {
        var run = Coded.Run("The goals agreed at the Lisbon summit of EU ministers in 2000 were meant to help Europe become the leading economy by 2010.", Today);
        run.Single(PloverType.Agree).Date?.Value.ShouldNotStartWith("2010");
    }

    [Fact]
    public void The_event_keeps_its_own_year_before_an_infinitive_with_a_deadline()
    {
        var run = Coded.Run("The EU agreed in 2000 to cut emissions by 2010.", Today);
        run.Single(PloverType.Agree).Date!.Value.ShouldBe("2000");
    }

    [Fact]
    public void A_place_inside_a_bank_name_is_no_place_of_the_event()
    {
        var run = Coded.Run("Barclays dropped its bid for Abbey, allowing it to merge with Royal Bank of Scotland.", Today);
        run.Single(PloverType.Concede).Place?.Name.ShouldNotBe("Scotland");
    }

    [Fact]
    public void A_place_standing_alone_stays_the_place()
    {
        var run = Coded.Run("Police arrested two men in Glasgow.", Today);
        run.Single(PloverType.Coerce).Place!.Name.ShouldBe("Glasgow");
    }
}
