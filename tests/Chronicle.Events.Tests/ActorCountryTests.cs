namespace Chronicle.Events.Tests;

public sealed class ActorCountryTests
{
    [Fact]
    public void A_title_and_surname_shared_by_two_leaders_of_one_country_take_that_country()
    {
        var run = Coded.Run("President Bush threatened new sanctions against Cuba on Monday.", new DateOnly(1990, 6, 1));
        var e = run.Single(PloverType.Threaten);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "US");
    }

    [Fact]
    public void A_known_leader_keeps_the_dictionary_country_when_another_country_is_named()
    {
        var run = Coded.Run("On Friday, Putin offered to mediate between the leaders of Armenia and Azerbaijan.", new DateOnly(2005, 6, 1));
        run.Events.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Country == "RU"));
    }

    [Fact]
    public void An_ethnic_group_is_of_the_country_it_lives_in()
    {
        var run = Coded.Run("Hundreds of ethnic Hungarians demonstrated in Romania on Sunday.");
        var e = run.Single(PloverType.Protest);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "RO");
    }

    [Fact]
    public void Police_without_a_country_are_of_the_place_of_the_event()
    {
        var run = Coded.Run("Ministers of Ghana and Togo met on Monday. Police arrested three students in Nairobi on Tuesday.");
        var e = run.Single(PloverType.Coerce);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "KE");
    }

    [Fact]
    public void A_faith_named_actor_is_of_the_article_country()
    {
        var run = Coded.Run("Kenyan police opened fire to disperse Muslim demonstrators in Mombasa on Friday.");
        var e = run.Single(PloverType.Assault);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "KE");
    }

    [Fact]
    public void A_country_naming_a_currency_does_not_make_the_article_its_own()
    {
        var run = Coded.Run("Ousted governor Juan Soto has been accused of stealing up to US $5 million in public funds in Ecuador.");
        run.Events.ShouldContain(e => e.Type == PloverType.Accuse && e.Actors.Any(a => a.Role == ActorRole.Target && a.Country == "EC"));
    }

    [Fact]
    public void An_unqualified_government_is_of_the_article_politics_not_its_places()
    {
        var run = Coded.Run("Tony Blair has defended the war in Iraq. Gordon Brown said Iraq and Syria were safer. Jack Straw agreed. "
            + "The bishop criticised the government over its case for war in Iraq.", new DateOnly(2004, 6, 1));
        run.Events.ShouldContain(e => e.Type == PloverType.Accuse && e.Actors.Any(a => a.Role == ActorRole.Target && a.Country == "GB"));
    }
}
