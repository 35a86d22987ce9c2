namespace Chronicle.Events.Tests;

/// <summary>
/// An event's own place (issue #7): seas and straits, a town qualified by its country, the place a visit goes to, names
/// that are no places, and a target's home that is not where a word was said; on sentences written for these tests.
/// </summary>
public sealed class EventPlaceTests2
{
    [Fact]
    public void An_attack_at_sea_is_placed_in_the_sea()
    {
        var run = Coded.Run("Iranian gunboats attacked a Kuwaiti tanker in the Gulf on Thursday.");
        var place = run.Single(PloverType.Assault).Place.ShouldNotBeNull();
        place.Name.ShouldBe("Persian Gulf");
        place.Country.ShouldBeNull();
    }

    [Fact]
    public void An_attack_in_a_strait_is_placed_in_the_strait()
    {
        var run = Coded.Run("Rebel speedboats fired on a cargo ship in the Strait of Hormuz.");
        run.Single(PloverType.Assault).Place.ShouldNotBeNull().Name.ShouldBe("Strait of Hormuz");
    }

    [Fact]
    public void A_sea_of_an_earlier_sentence_places_a_later_attack()
    {
        var run = Coded.Run("Two destroyers sailed into the Red Sea. On Tuesday they shelled a rebel camp.");
        run.Single(PloverType.Assault).Place.ShouldNotBeNull().Name.ShouldBe("Red Sea");
    }

    [Fact]
    public void A_town_qualified_by_its_country_places_the_event_at_the_town()
    {
        var run = Coded.Run("Police in Bonn, West Germany, arrested two bankers on Friday.");
        var place = run.Single(PloverType.Coerce).Place.ShouldNotBeNull();
        place.Name.ShouldBe("Bonn");
        place.Precision.ShouldBe(GeoPrecision.City);
    }

    [Fact]
    public void A_town_qualified_by_its_county_places_the_event_at_the_town()
    {
        var run = Coded.Run("Hundreds of farmers protested in Hexham, Northumberland, on Saturday.");
        run.Single(PloverType.Protest).Place.ShouldNotBeNull().Name.ShouldBe("Hexham");
    }

    [Fact]
    public void A_visit_named_by_a_noun_is_placed_where_it_goes()
    {
        var run = Coded.Run("President Jorge Sampaio, who returns from a visit to Chile on Sunday, faces a difficult choice.");
        run.Single(PloverType.Consult).Place.ShouldNotBeNull().Country.ShouldBe("CL");
    }

    [Theory]
    [InlineData("The party leader accused the minister of Islamophobia.")]
    [InlineData("He said ministers had compared him to Shylock and rejected his proposal.")]
    public void A_word_the_gazetteer_does_not_know_is_no_place(string sentence)
    {
        var run = Coded.Run(sentence);
        run.Events.ShouldNotBeEmpty();
        run.Events.ShouldAllBe(e => e.Place == null || e.Place.GeonameId != null || e.Place.Name == "United Kingdom");
    }

    [Fact]
    public void A_place_the_gazetteer_lacks_after_in_is_still_a_place()
    {
        var run = Coded.Run("Farmers across Northern Ireland are angry. Several hundred villagers protested in Ballykinler on Saturday.");
        run.Single(PloverType.Protest).Place.ShouldNotBeNull().Name.ShouldBe("Ballykinler");
    }

    [Fact]
    public void A_measure_is_not_placed_in_its_targets_home_named_before()
    {
        var run = Coded.Run(
            "WASHINGTON, March 15 - Exports of machine parts to Iran rose sharply last year. President Reagan banned arms sales to Tehran in November.");
        run.Single(PloverType.Sanction).Place.ShouldNotBeNull().Country.ShouldBe("US");
    }

    [Fact]
    public void An_attack_is_still_placed_in_its_targets_country_named_before()
    {
        var run = Coded.Run("Fighting spread across northern Iraq. Iranian troops attacked Iraqi positions on Monday.");
        run.Single(PloverType.Assault).Place.ShouldNotBeNull().Country.ShouldBe("IQ");
    }

    [Fact]
    public void A_state_gone_since_keeps_its_own_code_as_an_actor()
    {
        var run = Coded.Run("The United States accused the Soviet Union of violating the treaty.", new DateOnly(1987, 6, 1));
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "SU");
    }

    [Fact]
    public void A_sea_before_a_noun_after_in_is_still_where_the_attacks_are()
    {
        var run = Coded.Run("Shipowners fear more Iranian missile attacks in the Gulf war zone.");
        run.Single(PloverType.Assault).Place.ShouldNotBeNull().Name.ShouldBe("Persian Gulf");
    }

    [Fact]
    public void A_statement_is_placed_in_its_sources_country_not_in_a_third_country_named_before()
    {
        var run = Coded.Run(
            "Tankers bound for Japan crossed the Arabian Sea last week. Kenya had earlier declined an offer of naval escorts, officials said.");
        run.Single(PloverType.Reject).Place.ShouldNotBeNull().Country.ShouldBe("KE");
    }

    [Fact]
    public void A_statement_keeps_an_earlier_place_of_its_sources_country()
    {
        var run = Coded.Run("The prime minister spoke in Leeds on Monday. He accused the opposition of scaremongering.");
        run.Single(PloverType.Accuse).Place.ShouldNotBeNull().Name.ShouldBe("Leeds");
    }

    [Fact]
    public void An_act_done_recently_is_not_dated_on_the_day_of_the_article()
    {
        var run = Coded.Run("The miners' union recently rejected a call for a national strike.");
        run.Single(PloverType.Reject).Date.ShouldBeNull();
    }

    [Fact]
    public void A_town_before_a_site_in_it_is_where_the_site_is()
    {
        var run = Coded.Run("Guerrillas shelled Kandahar airport on Monday, killing two guards.");
        var place = run.Single(PloverType.Assault).Place.ShouldNotBeNull();
        place.Country.ShouldBe("AF");
        place.Precision.ShouldBe(GeoPrecision.City);
    }

    [Fact]
    public void A_statement_in_an_article_with_no_place_is_placed_in_its_sources_country()
    {
        var run = Coded.Run("Labour leader Keir Starmer has rejected a Conservative offer on the pensions bill.");
        run.Single(PloverType.Reject).Place.ShouldNotBeNull().Country.ShouldBe("GB");
    }

    [Fact]
    public void A_deed_in_an_article_with_no_place_is_not_placed_by_its_source()
    {
        var run = Coded.Run("Labour leader Keir Starmer met union leaders on Monday.");
        run.Events.ShouldAllBe(e => e.Place == null);
    }

    [Fact]
    public void A_statement_is_placed_in_its_sources_country_not_in_the_country_the_article_is_about()
    {
        var run = Coded.Run(
            "The US election ended with a clear result. The US Senate and the US House stay as they were. "
            + "The British prime minister also urged Europe and the US to build a new alliance.");
        run.Single(PloverType.Request).Place.ShouldNotBeNull().Country.ShouldBe("GB");
    }

    [Fact]
    public void A_place_inside_an_actors_own_words_is_no_place_of_the_statement()
    {
        var run = Coded.Run("The Archbishop of Canterbury urged the parties to keep to the facts.");
        run.Single(PloverType.Request).Place?.Name.ShouldNotBe("Canterbury");
    }

    [Fact]
    public void A_town_named_sentences_before_a_statement_gives_it_only_its_country()
    {
        var run = Coded.Run(
            "The party's deputy leader resigned at a rally in Harrogate last month. Members were divided. "
            + "Polls showed support falling. A party spokesman called on the deputy leader to quit the council.");
        var place = run.Single(PloverType.Request).Place.ShouldNotBeNull();
        place.Country.ShouldBe("GB");
        place.Precision.ShouldBe(GeoPrecision.Country);
    }

    [Fact]
    public void An_investigation_keeps_the_town_named_sentences_before()
    {
        var run = Coded.Run(
            "A teenager was found dead at a house in Derby on Friday. Neighbours were shocked. "
            + "The family asked for privacy. Police are investigating the boy's stepfather.");
        var e = run.Events.Single(x => x.Type == PloverType.Accuse);
        e.Place.ShouldNotBeNull().Name.ShouldBe("Derby");
    }
}
