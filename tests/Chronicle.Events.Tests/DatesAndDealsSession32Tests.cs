namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen American news (session 32): a year an event came before read as its date; a
/// perfect dated by a simple past in another clause; `a good deal of` read as a bargain; advisers read as no actor;
/// talks one was in a place for held by no one; lauding and commending read as nothing.
/// </summary>
public sealed class DatesAndDealsSession32Tests
{
    private static readonly DateOnly In2016 = new(2016, 9, 30);

    [Theory]
    [InlineData("Police arrested the mayor before 2009.")]
    [InlineData("Police arrested the mayor prior to 2009.")]
    public void A_year_the_event_came_before_is_no_date_of_it(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Single(PloverType.Coerce).Date?.Value.ShouldNotStartWith("2009");
    }

    [Fact]
    public void A_year_the_event_came_in_is_still_its_date()
    {
        var run = Coded.Run("Police arrested the mayor in 2009.", In2016);
        run.Single(PloverType.Coerce).Date!.Value.ShouldBe("2009");
    }

    [Theory]
    [InlineData("Lena Marsh, who ran the party from 1995 to 1997, has backed Senator Dana Whitlock since her first campaign.")]
    [InlineData("Lena Marsh resigned in 2003 and has backed Senator Dana Whitlock.")]
    public void A_perfect_takes_no_time_of_a_simple_past_beside_it(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        var backing = run.Single(PloverType.Support);
        backing.Date?.Value.ShouldNotStartWith("199");
        backing.Date?.Value.ShouldNotStartWith("2003");
    }

    [Fact]
    public void A_perfect_keeps_its_own_year()
    {
        var run = Coded.Run("Lena Marsh has backed Senator Dana Whitlock since 2008.", In2016);
        run.Single(PloverType.Support).Date!.Value.ShouldBe("2008");
    }

    [Theory]
    [InlineData("The mayor said the contractor has already completed a good deal of work on the bridge.")]
    [InlineData("The new rules give the governor a great deal more power.")]
    public void A_good_deal_of_something_is_no_agreement(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_good_deal_struck_is_still_an_agreement()
    {
        var run = Coded.Run("The union said it had struck a good deal with the state government.", In2016);
        run.Events.ShouldContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Advisers_are_actors()
    {
        var run = Coded.Run("The company's executives and advisers met Governor Ross Pell in May.", In2016);
        run.Single(PloverType.Consult).Texts(ActorRole.Source, run.Text).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("Governor Ross Pell said he happened to be in Richmond for a meeting with state officials.")]
    [InlineData("Governor Ross Pell was in Berlin for talks with Chancellor Angela Merkel.")]
    public void Being_in_a_place_for_talks_holds_them(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Single(PloverType.Consult).Texts(ActorRole.Source, run.Text).Single().ShouldContain("Pell");
    }

    [Theory]
    [InlineData("Governor Ross Pell lauded the mayor in his annual address.")]
    [InlineData("The president congratulated the new prime minister on his victory.")]
    [InlineData("The council commended the police for their restraint.")]
    public void Lauding_and_commending_support(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Single(PloverType.Support).Texts(ActorRole.Target, run.Text).ShouldNotBeEmpty();
    }
}
