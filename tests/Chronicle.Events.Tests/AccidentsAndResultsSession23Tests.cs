namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen entertainment and sport news (session 23): the result of a game read as an
/// assault by the winner on the loser, deaths in a crash, a fire or a disaster read as an attack, a lawsuit for
/// damages against someone losing its target, a body after a possessive country read as the country, and a composer
/// after `by` geocoded as a village of his name.
/// </summary>
public sealed class AccidentsAndResultsSession23Tests
{
    private static readonly DateOnly In2024 = new(2024, 5, 1);

    [Theory]
    [InlineData("Arsenal beat Chelsea 2-1 at Stamford Bridge on Sunday.")]
    [InlineData("Celtic thrashed Rangers 4-0 in Glasgow.")]
    [InlineData("Serena Williams beat the world champion in the final in Paris.")]
    [InlineData("Rafael Nadal defeated Roger Federer in straight sets in Madrid.")]
    public void A_game_won_is_no_assault(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Theory]
    [InlineData("Police beat protesters in Tehran on Friday.")]
    [InlineData("Police beat fans with batons after the match in Marseille.")]
    public void A_beating_is_still_an_assault(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        run.Single(PloverType.Assault).Texts(ActorRole.Source, run.Text).Single().ShouldBe("Police");
    }

    [Theory]
    [InlineData("Twelve pilgrims were killed when the bus overturned in Punjab.")]
    [InlineData("Three engineers were killed in a helicopter crash in Mali.")]
    [InlineData("Nine workers were killed in a fire at a factory in Dhaka.")]
    public void Deaths_by_accident_are_no_assault(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Theory]
    [InlineData("Two soldiers were killed when their helicopter was shot down in Mali.")]
    [InlineData("Nine villagers were killed in an arson attack in Borno.")]
    [InlineData("Rebels killed ten villagers in Kivu.")]
    public void Deaths_in_an_attack_are_still_an_assault(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Theory]
    [InlineData("Madonna filed a lawsuit for damages against Sony Music in Los Angeles.")]
    [InlineData("Madonna filed a lawsuit on Monday against Sony Music.")]
    [InlineData("Madonna filed a lawsuit for breach of contract against Sony Music.")]
    public void A_lawsuit_for_something_against_someone_accuses_them(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        var suit = run.Single(PloverType.Accuse);
        suit.Texts(ActorRole.Target, run.Text).ShouldBe(["Sony Music"]);
        suit.Texts(ActorRole.Source, run.Text).ShouldBe(["Madonna"]);
    }

    [Theory]
    [InlineData("The club was banned by Spain's anti-violence commission at a hearing in London.", "anti-violence commission")]
    [InlineData("The club was banned by Spain's interior ministry.", "interior ministry")]
    public void A_body_after_a_possessive_country_is_the_agent_of_that_country(string sentence, string body)
    {
        var run = Coded.Run(sentence, In2024);
        var ban = run.Single(PloverType.Coerce);
        ban.Texts(ActorRole.Source, run.Text).ShouldBe([body]);
        ban.Actors.Single(a => a.Role == ActorRole.Source).Country.ShouldBe("ES");
    }

    [Fact]
    public void A_composer_after_by_is_no_place()
    {
        // GeoNames has a small place named Chopin (Brazil).
        var run = Coded.Run("Police arrested two protesters at a concert of music by Chopin on Friday.", In2024);
        run.Single(PloverType.Coerce).Place.ShouldBeNull();
    }

    [Fact]
    public void A_capital_after_by_is_still_a_place()
    {
        var run = Coded.Run("The plan was rejected by Moscow on Friday.", In2024);
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldBe(["Moscow"]);
    }
}
