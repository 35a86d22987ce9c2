using Chronicle.Recognizers.Places;

namespace Chronicle.Recognizers.Tests.Places;

[Collection(SharedGazetteer.Name)]
public sealed class PlaceResolverTests(GazetteerFixture fixture)
{
    private readonly PlaceResolver resolver = new(fixture.Gazetteer);

    private Place? Resolve(string text, string name, int occurrence = 0)
    {
        var spans = Spans(text, name);
        return resolver.Resolve(text, spans)[occurrence];
    }

    private static List<TextSpan> Spans(string text, params string[] names)
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
        return spans;
    }

    [Fact]
    public void A_capital_in_an_article_about_its_country_is_that_capital()
    {
        var place = Resolve("Iranian police detained students in Tehran on Monday.", "Tehran");
        place.ShouldNotBeNull();
        place.GeonameId.ShouldBe(112931);
        place.Country.ShouldBe("IR");
        place.Precision.ShouldBe(GeoPrecision.City);
    }

    [Fact]
    public void A_state_after_a_comma_picks_the_town_in_that_state()
    {
        var place = Resolve("The fair opened in Springfield, Illinois, on Friday.", "Springfield");
        place.ShouldNotBeNull();
        (place.Country, place.Admin1).ShouldBe(("US", "IL"));
    }

    [Fact]
    public void A_later_mention_of_a_qualified_name_keeps_its_state()
    {
        var text = "The fair opened in Springfield, Illinois, on Friday. Crowds left Springfield at dusk.";
        var place = Resolve(text, "Springfield", occurrence: 1);
        place.ShouldNotBeNull();
        (place.Country, place.Admin1).ShouldBe(("US", "IL"));
    }

    [Fact]
    public void A_state_abbreviation_after_a_comma_counts_too()
    {
        var place = Resolve("He grew up in Springfield, Mass., before the war.", "Springfield");
        place.ShouldNotBeNull();
        (place.Country, place.Admin1).ShouldBe(("US", "MA"));
    }

    [Fact]
    public void A_country_name_is_a_country()
    {
        var place = Resolve("Talks between Norway and Chile resumed.", "Norway");
        place.ShouldNotBeNull();
        place.Country.ShouldBe("NO");
        place.Precision.ShouldBe(GeoPrecision.Country);
    }

    [Fact]
    public void A_city_word_after_the_name_still_finds_the_city()
    {
        var text = "Strikes were reported in Iran, where shops in Kermanshah city closed.";
        var place = resolver.Resolve(text, Spans(text, "Iran", "Kermanshah city"))[1];
        place.ShouldNotBeNull();
        place.Country.ShouldBe("IR");
        place.Precision.ShouldBe(GeoPrecision.City);
    }

    [Fact]
    public void A_site_the_gazetteer_lacks_takes_the_place_around_it()
    {
        var text = "Residents of Baghdad said guards at Camp Nowhereville fired shots.";
        var places = resolver.Resolve(text, Spans(text, "Baghdad", "Camp Nowhereville"));
        var site = places[1];
        site.ShouldNotBeNull();
        site.GeonameId.ShouldBeNull();
        site.Country.ShouldBe("IQ");
        site.Precision.ShouldBe(GeoPrecision.Site);
    }

    [Fact]
    public void Towns_near_the_other_places_named_win_over_larger_namesakes()
    {
        var text = "Deputies from Alexandria and Pineville searched the area near Natchitoches, Louisiana.";
        var place = resolver.Resolve(text, Spans(text, "Alexandria", "Pineville", "Natchitoches", "Louisiana"))[0];
        place.ShouldNotBeNull();
        (place.Country, place.Admin1).ShouldBe(("US", "LA"));
    }

    [Fact]
    public void A_county_resolves_to_the_county_in_the_state_of_the_article()
    {
        var text = "Deputies in Washington County, Iowa, searched a farm near Ainsworth. Washington County officials said little.";
        var place = Resolve(text, "Washington County", 1);
        place.ShouldNotBeNull();
        place.Country.ShouldBe("US");
        place.Admin1.ShouldBe("IA");
    }

    [Fact]
    public void A_country_uses_the_GeoNames_country_point()
    {
        var place = Resolve("Officials in the United States said the talks would go on.", "United States");
        place.ShouldNotBeNull();
        place.Latitude.ShouldBe(39.76);
        place.Longitude.ShouldBe(-98.5);
    }

    [Fact]
    public void A_country_name_is_not_taken_for_a_capital_that_bears_it_as_an_alternate()
    {
        var text = "Exports from Mexico rose. Mexico said the rise would last. Mexico and its partners met.";
        var place = Resolve(text, "Mexico", 2);
        place.ShouldNotBeNull();
        place.Precision.ShouldBe(GeoPrecision.Country);
    }

    [Fact]
    public void Demonyms_name_their_country()
    {
        fixture.Gazetteer.CountryOfDemonym("Iranian").ShouldBe("IR");
        fixture.Gazetteer.CountryOfDemonym("Norwegians").ShouldBe("NO");
        fixture.Gazetteer.CountryOfDemonym("American").ShouldBe("US");
    }

    [Fact]
    public void Resolving_is_deterministic_and_never_throws_on_odd_spans()
    {
        var text = "In , the ' and Paris's own 's";
        var spans = new List<TextSpan> { new(0, 2), new(3, 4), new(10, 11), new(16, 23), new(28, 30) };
        var first = resolver.Resolve(text, spans);
        resolver.Resolve(text, spans).ShouldBe(first);
        first[^1].ShouldBeNull();
    }
}
