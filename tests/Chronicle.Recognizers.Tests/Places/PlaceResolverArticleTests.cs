using Chronicle.Recognizers.Places;

namespace Chronicle.Recognizers.Tests.Places;

/// <summary>Rules that read the whole article: division names against towns named after them, and names placed together.</summary>
[Collection(SharedGazetteer.Name)]
public sealed class PlaceResolverArticleTests(GazetteerFixture fixture)
{
    private readonly PlaceResolver resolver = new(fixture.Gazetteer);

    private Place?[] Resolve(string text, params string[] names)
    {
        var spans = new List<TextSpan>();
        foreach (var name in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                spans.Add(new TextSpan(at, at + name.Length));
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. resolver.Resolve(text, spans)];
    }

    [Fact]
    public void States_in_a_list_are_states_not_the_small_towns_named_after_them()
    {
        var places = Resolve(
            "The recall covers stores in Missouri, California, Nevada, Oregon and Wyoming, the company said.",
            "Missouri", "California", "Nevada", "Oregon", "Wyoming");
        places.ShouldAllBe(p => p != null && p.Country == "US" && p.Precision == GeoPrecision.Admin1);
        places.Select(p => p!.Admin1).ShouldBe(["MO", "CA", "NV", "OR", "WY"]);
    }

    [Fact]
    public void A_great_capital_beats_a_village_of_the_articles_country()
    {
        var places = Resolve("Washington accused Brussels of paying illegal subsidies to its aircraft makers.", "Washington", "Brussels");
        places[1].ShouldNotBeNull();
        places[1]!.Country.ShouldBe("BE");
    }

    [Fact]
    public void Moscow_beside_Washington_is_the_russian_capital()
    {
        var places = Resolve("Moscow accused Washington of spying on its embassy.", "Moscow", "Washington");
        places[0].ShouldNotBeNull();
        places[0]!.Country.ShouldBe("RU");
    }

    [Fact]
    public void A_village_in_a_division_the_article_names_still_beats_the_capital()
    {
        var places = Resolve("Farmers near Green Bay, Wisconsin, met in Brussels town hall on Monday.", "Green Bay", "Wisconsin", "Brussels");
        places[2].ShouldNotBeNull();
        (places[2]!.Country, places[2]!.Admin1).ShouldBe(("US", "WI"));
    }

    [Fact]
    public void A_town_abroad_named_like_a_division_stays_a_candidate()
    {
        // Swansea, South Carolina is no namesake of the Welsh division: the state named beside it decides.
        var places = Resolve("Police in Swansea said the road near Columbia, South Carolina, reopened.", "Swansea", "South Carolina");
        places[0].ShouldNotBeNull();
        (places[0]!.Country, places[0]!.Admin1).ShouldBe(("US", "SC"));
    }

    [Fact]
    public void A_town_and_a_county_named_together_are_the_pair_that_lie_together()
    {
        var places = Resolve(
            "The Paris council and Henry County commissioners agreed on Monday to share the cost of the new library.",
            "Paris", "Henry County");
        places[0].ShouldNotBeNull();
        (places[0]!.Country, places[0]!.Admin1).ShouldBe(("US", "TN"));
        places[1].ShouldNotBeNull();
        (places[1]!.Country, places[1]!.Admin1).ShouldBe(("US", "TN"));
    }

    [Fact]
    public void Towns_named_together_pick_the_namesakes_near_each_other()
    {
        var places = Resolve(
            "Volunteers from New London, Mount Pleasant and Winfield cleaned the county fairground on Saturday.",
            "New London", "Mount Pleasant", "Winfield");
        places.ShouldAllBe(p => p != null && p.Country == "US" && p.Admin1 == "IA");
    }

    [Fact]
    public void A_small_town_named_many_times_does_not_outvote_a_division_named_once()
    {
        // Highlands is only ever a small US town in the gazetteer: a weak guess, which counts once however
        // often it is said, and must not turn Scotland into the Pennsylvania village of that name.
        var places = Resolve(
            "Hotels in the Highlands are full, and the Highlands council says Scotland needs more trains to the Highlands.",
            "Highlands", "Scotland");
        var scotland = places[2];
        scotland.ShouldNotBeNull();
        (scotland!.Country, scotland.Precision).ShouldBe(("GB", GeoPrecision.Admin1));
    }

    [Fact]
    public void A_compass_name_is_no_foreign_region_when_the_article_names_no_such_country()
    {
        var places = Resolve(
            "Ballot papers for the North East went missing in Darlington and Sunderland, the council said.",
            "North East", "Darlington", "Sunderland");
        places[0].ShouldNotBeNull();
        places[0]!.Country.ShouldBe("GB");
        places[0]!.Precision.ShouldNotBe(GeoPrecision.Admin1);
    }

    [Fact]
    public void A_compass_name_is_the_region_of_the_country_the_article_is_about()
    {
        var places = Resolve("In Ghana, voters in the North East queued for hours on Tuesday.", "Ghana", "North East");
        places[1].ShouldNotBeNull();
        (places[1]!.Country, places[1]!.Precision).ShouldBe(("GH", GeoPrecision.Admin1));
    }

    [Fact]
    public void A_place_s_own_qualifier_wins_over_the_country_of_the_other_places()
    {
        var places = Resolve(
            "Ministers in London and Manchester met navy officers from Norfolk, Virginia, on Friday.",
            "London", "Manchester", "Norfolk");
        places[2].ShouldNotBeNull();
        (places[2]!.Country, places[2]!.Admin1).ShouldBe(("US", "VA"));
    }

    [Fact]
    public void A_place_called_City_of_X_bears_the_name_X_as_its_own()
    {
        // City of Westminster (GB) is no alternate-name match for `Westminster`: it outranks the smaller
        // Westminster of Colorado.
        var places = Resolve("MPs at Westminster voted late on Tuesday.", "Westminster");
        places[0].ShouldNotBeNull();
        (places[0]!.Country, places[0]!.Precision).ShouldBe(("GB", GeoPrecision.City));
    }

    [Fact]
    public void Two_villages_that_lie_together_do_not_outweigh_a_nation_named_by_its_own_name()
    {
        // Whitehall and England are both small US towns of one state, which lie together; England is still the nation.
        var places = Resolve("Civil servants in Whitehall said councils in England would get less next year.", "Whitehall", "England");
        places[1].ShouldNotBeNull();
        (places[1]!.Country, places[1]!.Precision).ShouldBe(("GB", GeoPrecision.Admin1));
    }

    [Fact]
    public void A_division_known_only_at_its_namesake_city_is_that_city()
    {
        // London the division (placed at the city, its own towns unknown) would hold Birmingham and outscore
        // the city it stands for.
        var places = Resolve(
            "The men were driven to a police station in London. Relatives travelled from Birmingham to London, "
            + "and officials in Washington said the UK had asked for them.",
            "London", "Birmingham", "Washington", "UK");
        places[0].ShouldNotBeNull();
        (places[0]!.Country, places[0]!.Precision, places[0]!.GeonameId).ShouldBe(("GB", GeoPrecision.City, (long?)2643743));
        places[2]!.Precision.ShouldBe(GeoPrecision.City);
    }

    [Fact]
    public void A_city_listed_with_divisions_is_still_the_city_that_stands_for_its_division()
    {
        var places = Resolve("Voters in Cardiff, Bristol and Devon go to the polls on Thursday.", "Cardiff", "Bristol", "Devon");
        places.Select(p => p!.Precision).ShouldBe([GeoPrecision.City, GeoPrecision.City, GeoPrecision.Admin1]);
        places.ShouldAllBe(p => p!.Country == "GB");
    }

    [Fact]
    public void A_street_the_gazetteer_lacks_is_not_put_in_a_country_the_article_only_names()
    {
        // Nothing inside Iraq is named: Iraq is what the officials talk about, not where Grimbleford Street lies.
        var places = Resolve(
            "Officials in Grimbleford Street said the talks on Iraq would go on, and that Iraq had agreed.",
            "Grimbleford Street", "Iraq");
        places[0].ShouldBeNull();
        places[1]!.Country.ShouldBe("IQ");
    }

    [Fact]
    public void A_street_the_gazetteer_lacks_takes_the_city_the_article_names()
    {
        var places = Resolve(
            "Officials in Grimbleford Street in Leeds said the talks on Iraq would go on, and that Iraq had agreed.",
            "Grimbleford Street", "Leeds", "Iraq");
        places[0].ShouldNotBeNull();
        (places[0]!.Country, places[0]!.Precision, places[0]!.GeonameId).ShouldBe(("GB", GeoPrecision.Site, (long?)null));
    }

    [Fact]
    public void A_region_the_gazetteer_lacks_still_takes_the_country_the_article_names()
    {
        var places = Resolve("Soldiers of Iraq crossed the Grimbleford Plain on Monday.", "Iraq", "Grimbleford Plain");
        places[1].ShouldNotBeNull();
        places[1]!.Country.ShouldBe("IQ");
    }

    [Theory]
    [InlineData("Grimbleford Street", true)]
    [InlineData("Matrix Chambers", true)]
    [InlineData("Belmarsh Prison", true)]
    [InlineData("Streetly", false)]
    [InlineData("Gaza Strip", false)]
    [InlineData("House", false)]
    public void Streets_and_buildings_are_told_by_their_last_word(string name, bool street) =>
        PlaceResolver.IsStreetOrBuilding(name).ShouldBe(street);

    [Fact]
    public void A_name_the_gazetteer_lacks_lies_in_the_country_its_qualifier_names()
    {
        var places = Resolve(
            "Guards at Camp Nowhereville, Iraq, fired shots, officials in Iran said; Iran denied it.",
            "Camp Nowhereville", "Iraq", "Iran");
        places[0].ShouldNotBeNull();
        (places[0]!.Country, places[0]!.GeonameId).ShouldBe(("IQ", (long?)null));
    }

    [Fact]
    public void A_compass_word_after_a_comma_is_no_qualifier()
    {
        // Lebanon has a division called South; a list of Grimbleford names after a comma is not in it.
        var places = Resolve(
            "Talks included North Grimbleford, South Grimbleford and Georgian envoys; Georgia agreed.",
            "North Grimbleford", "Georgia");
        places[0]?.Country.ShouldNotBe("LB");
    }

    [Theory]
    [InlineData("City of Westminster", "Westminster")]
    [InlineData("Town of Hempstead", "Hempstead")]
    [InlineData("Cityville", "Cityville")]
    [InlineData("City of ", "City of ")]
    public void A_place_s_own_name_drops_a_leading_kind_phrase(string name, string own) =>
        PlaceResolver.OwnName(name).ShouldBe(own);

    [Theory]
    [InlineData("North East", true)]
    [InlineData("North-West", true)]
    [InlineData("Upper West", true)]
    [InlineData("Northampton", false)]
    [InlineData("East Timor", false)]
    public void Compass_names_are_made_of_compass_and_position_words_only(string name, bool compass) =>
        PlaceResolver.IsCompassName(name).ShouldBe(compass);
}
