namespace Chronicle.Events.Tests;

/// <summary>
/// Labour strikes: the groups that strike (nurses, civil servants, dockers), `on strike` as a protest whoever is on it,
/// `strike action` as labour's, and another group's strike told in a sentence of its own as another event.
/// </summary>
public sealed class StrikeTests
{
    [Theory]
    [InlineData("Nurses went on strike over pay.", "Nurses")]
    [InlineData("Civil servants staged a one-day strike on Monday.", "Civil servants")]
    [InlineData("The dockers remained on strike for a third week.", "The dockers")]
    public void A_trade_that_strikes_is_the_protest_s_source(string sentence, string source)
    {
        var run = Coded.Run(sentence);
        var strike = run.Single(PloverType.Protest);
        strike.Texts(ActorRole.Source, run.Text).ShouldBe([source]);
    }

    [Fact]
    public void Those_who_are_on_strike_strike_with_no_labour_word_near()
    {
        var run = Coded.Run("Thousands of civil servants were on strike across the country on Friday.");
        var strike = run.Single(PloverType.Protest);
        strike.Texts(ActorRole.Source, run.Text).ShouldBe(["civil servants"]);
        strike.Counts.ShouldContain(c => c.Kind == CountKind.Participants && c.Quantity.Span.Of(run.Text) == "Thousands of civil servants");
    }

    [Fact]
    public void A_strike_by_jets_is_no_labour_protest()
    {
        var run = Coded.Run("The jets carried out a strike on the base near the border.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void Another_group_s_strike_in_a_sentence_of_its_own_is_another_event()
    {
        var run = Coded.Run("Teachers staged a strike in Bradford. Dockers went on strike on Tuesday.");
        var strikes = run.Events.Where(e => e.Type == PloverType.Protest).ToList();
        strikes.Count.ShouldBe(2);
        strikes.Select(e => e.Texts(ActorRole.Source, run.Text).Single()).ShouldBe(["Teachers", "Dockers"]);
    }

    [Fact]
    public void A_group_that_joins_the_protest_joins_the_same_event()
    {
        var run = Coded.Run("Thousands of students marched in Cairo on Friday. Workers joined the protest.");
        var protest = run.Single(PloverType.Protest);
        protest.Texts(ActorRole.Source, run.Text).ShouldBe(["students", "Workers"], ignoreOrder: true);
    }
}
