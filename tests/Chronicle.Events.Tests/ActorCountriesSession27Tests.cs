namespace Chronicle.Events.Tests;

/// <summary>
/// Countries of foreigners (session 27, issue #7): a nationality word glued to a visitor's or a fugitive's noun is that
/// person's country, not the event's place; a visitor named without one is of no country the text gives; generic victims
/// (`passers-by`, `bystanders`, also when told in the sentence after the attack on a foreign embassy) are of the event's place.
/// </summary>
public sealed class ActorCountriesSession27Tests
{
    private static readonly DateOnly In1998 = new(1998, 8, 8);

    [Theory]
    [InlineData("A British tourist was kidnapped in Yemen on Monday.", "British tourist", "GB")]
    [InlineData("Gunmen kidnapped a British tourist in Yemen on Monday.", "British tourist", "GB")]
    [InlineData("A German engineer was kidnapped in Nigeria on Monday.", "German engineer", "DE")]
    public void A_nationality_word_before_a_victim_s_noun_is_the_victim_s_country(string sentence, string victim, string country)
    {
        var run = Coded.Run(sentence, In1998);
        var abduction = run.Single(PloverType.Assault);
        var target = abduction.Actors.Single(a => a.Role == ActorRole.Target);
        target.Span.Of(run).ShouldEndWith(victim);
        target.Country.ShouldBe(country);
    }

    [Fact]
    public void A_foreign_fugitive_arrested_abroad_keeps_his_country_and_the_police_theirs()
    {
        var run = Coded.Run("Police in Paris arrested an American fugitive on Monday.", In1998);
        var arrest = run.Single(PloverType.Coerce);
        var target = arrest.Actors.Single(a => a.Role == ActorRole.Target);
        target.Span.Of(run).ShouldEndWith("American fugitive");
        target.Country.ShouldBe("US");
        arrest.Actors.Single(a => a.Role == ActorRole.Source).Country.ShouldBe("FR");
    }

    [Fact]
    public void A_tourist_without_a_nationality_is_not_of_the_event_s_place()
    {
        var run = Coded.Run("A tourist was kidnapped in Yemen on Monday.", In1998);
        var target = run.Single(PloverType.Assault).Actors.Single(a => a.Role == ActorRole.Target);
        target.Span.Of(run).ShouldEndWith("tourist");
        target.Country.ShouldBeNull();
    }

    [Fact]
    public void A_visitor_s_noun_before_a_thing_s_noun_is_no_actor()
    {
        var run = Coded.Run("The government condemned the tourist attack in Cairo on Monday.", In1998);
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Span.Of(run) == "tourist"));
    }

    [Theory]
    [InlineData("A bomb killed three passers-by in Cairo on Monday.")]
    [InlineData("Three passers-by were killed in Cairo on Monday.")]
    public void Passers_by_are_victims_of_the_event_s_place(string sentence)
    {
        var run = Coded.Run(sentence, In1998);
        var target = run.Single(PloverType.Assault).Actors.Single(a => a.Role == ActorRole.Target);
        target.Span.Of(run).ShouldEndWith("passers-by");
        target.Country.ShouldBe("EG");
    }

    [Theory]
    [InlineData("The blast killed 12 people.", "people")]
    [InlineData("The blast killed 12 passers-by.", "passers-by")]
    public void Victims_told_in_the_next_sentence_of_an_embassy_bombing_are_of_the_place(string second, string victims)
    {
        var run = Coded.Run("A car bomb exploded outside the French embassy in Lima on Monday. " + second, In1998);
        var target = run.Single(PloverType.Assault).Actors.Single(a => a.Role == ActorRole.Target && a.Span.Of(run).EndsWith(victims));
        target.Country.ShouldBe("PE");
    }

    [Fact]
    public void Victims_whose_nationality_is_told_keep_it()
    {
        var run = Coded.Run("A car bomb exploded outside the French embassy in Lima on Monday. The blast killed 12 French diplomats.", In1998);
        var target = run.Single(PloverType.Assault).Actors.Single(a => a.Role == ActorRole.Target && a.Span.Of(run).EndsWith("diplomats"));
        target.Country.ShouldBe("FR");
    }

    [Fact]
    public void Generic_victims_stay_of_the_event_s_place()
    {
        var run = Coded.Run("A bomb killed three bystanders in Cairo on Monday.", In1998);
        run.Single(PloverType.Assault).Actors.Single(a => a.Role == ActorRole.Target).Country.ShouldBe("EG");
    }
}
