namespace Chronicle.Events.Tests;

public sealed class ActorCountriesSession26Tests
{
    [Fact]
    public void A_UN_council_named_with_dotted_initials_is_of_no_state_in_an_article_about_one_country()
    {
        var run = Coded.Run("Iraq rejected new demands on Monday. The U.N. Security Council said it will not lift the sanctions on Iraq. "
            + "Baghdad accused the council of bias.", new DateOnly(1998, 3, 6));
        run.Events.ShouldContain(e => e.Actors.Any(a => a.Canonical.Contains("Security Council")));
        run.Events.SelectMany(e => e.Actors).Where(a => a.Canonical.Contains("Security Council")).ShouldAllBe(a => a.Country == null);
    }

    [Fact]
    public void A_UN_council_alone_in_a_sentence_is_of_no_state()
    {
        var run = Coded.Run("The U.N. Security Council condemned Iraq on Monday.", new DateOnly(1998, 3, 6));
        run.Events.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("Security Council") && a.Country == null));
    }
}
