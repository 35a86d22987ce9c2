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

    [Fact]
    public void A_faith_community_takes_no_country_from_the_places_of_the_article()
    {
        var run = Coded.Run("The group, which opposed the war in Iraq, urged Muslims to boycott the inquiry.", new DateOnly(2005, 3, 1));
        var e = run.Single(PloverType.Request);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Span.Of(run) == "Muslims" && a.Country == null);
    }

    [Fact]
    public void A_faith_community_qualified_by_a_demonym_takes_its_country()
    {
        var run = Coded.Run("The council urged British Muslims to join the inquiry in Bradford.", new DateOnly(2005, 3, 1));
        var e = run.Single(PloverType.Request);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Span.Of(run) == "British Muslims" && a.Country == "GB");
    }

    [Fact]
    public void A_demonym_in_apposition_gives_the_person_country()
    {
        var run = Coded.Run("Last May Karl Brandt, a Dutch national who ran a sham agency in Leeds, was jailed for two years.", new DateOnly(2005, 3, 1));
        var e = run.Single(PloverType.Coerce);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("Brandt") && a.Country == "NL");
    }

    [Fact]
    public void A_leader_of_a_named_state_keeps_that_state_in_later_mentions()
    {
        var run = Coded.Run("President Almaric of Paraguay visited London on Monday. Gen Almaric met Prime Minister Tony Blair at Downing Street.",
            new DateOnly(2005, 3, 1));
        run.Events.ShouldContain(e => e.Type == PloverType.Consult && e.Trigger.Of(run) == "met"
            && e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run) == "Gen Almaric" && a.Country == "PY"));
    }

    [Fact]
    public void A_place_run_into_a_titled_name_gives_the_person_no_country_and_no_shared_phrase()
    {
        var run = Coded.Run("Chancellor Alan Pryce said Britain would pay. On top of the deal with Ghana Mr Pryce said the UK would make similar offers. "
            + "Mr Pryce has signed a debt relief deal with Ghana.", new DateOnly(2005, 3, 1));
        run.Events.ShouldContain(e => e.Type == PloverType.Agree && e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("Pryce")));
        run.Events.SelectMany(e => e.Actors).ShouldNotContain(a => a.Canonical.Contains("Pryce") && a.Country == "GH");
        run.Events.SelectMany(e => e.Actors).ShouldNotContain(a => a.Span.Of(run).Contains("Ghana Mr"));
    }

    [Fact]
    public void An_unnamed_post_holder_does_not_take_the_country_of_the_place_or_the_target()
    {
        var run = Coded.Run("The ambassador criticised Israel for its raids on Gaza.");
        var accusation = run.Single(PloverType.Accuse);
        accusation.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "The ambassador" && a.Country == null);
    }

    [Fact]
    public void A_post_holder_of_a_named_state_keeps_its_country()
    {
        var run = Coded.Run("On Monday, Mr Lambert offered to negotiate with the president of Armenia.", new DateOnly(2005, 6, 1));
        run.Events.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Country == "AM"));
    }

    [Fact]
    public void Rights_groups_are_of_no_country_the_target_or_place_gives()
    {
        var run = Coded.Run("Rights groups condemned the Egyptian government over the arrests.");
        var accusation = run.Single(PloverType.Accuse);
        accusation.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Rights groups") && a.Country == null);
    }

    [Fact]
    public void Leaders_named_by_a_word_above_states_take_no_guessed_country()
    {
        var run = Coded.Run("Mr Lambert is urging European leaders to act on climate change.");
        run.Single(PloverType.Request).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Span.Of(run.Text) == "leaders" && a.Country == null);
    }

    [Fact]
    public void An_unknown_person_in_a_story_of_two_countries_takes_no_guessed_country()
    {
        var run = Coded.Run("Labour and the Conservatives clashed in the Commons over the trip. Ministers visited Texas, Ohio and Florida last week. "
            + "In Texas, Mr Dalby criticised the governor.");
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Dalby") && a.Country == null);
    }
}
