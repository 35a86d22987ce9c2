using Chronicle.Recognizers.Places;

namespace Chronicle.Recognizers.Tests.Places;

/// <summary>Lists of names, kind words around a name, and what `X, Y` may qualify.</summary>
[Collection(SharedGazetteer.Name)]
public sealed class PlaceResolverListTests(GazetteerFixture fixture)
{
    private readonly PlaceResolver resolver = new(fixture.Gazetteer);

    private Place? Resolve(string text, string name, params string[] others)
    {
        var spans = new List<TextSpan>();
        foreach (var n in others.Prepend(name))
        {
            var at = text.IndexOf(n, StringComparison.Ordinal);
            spans.Add(new TextSpan(at, at + n.Length));
        }

        var order = spans.OrderBy(s => s.Start).ToList();
        return resolver.Resolve(text, order)[order.IndexOf(spans[0])];
    }

    [Fact]
    public void A_name_listed_among_provinces_is_the_province_not_a_larger_town()
    {
        var text = "Cases were reported in Texas and Arizona, and in Canada in Alberta, Manitoba, Ontario and Quebec.";
        var place = Resolve(text, "Ontario", "Texas", "Arizona", "Canada", "Alberta", "Manitoba", "Quebec");
        place.ShouldNotBeNull();
        (place.Country, place.Precision).ShouldBe(("CA", GeoPrecision.Admin1));
    }

    [Fact]
    public void A_division_followed_by_another_of_its_country_is_a_list_not_a_qualifier()
    {
        var text = "Farms in Alberta, Manitoba and Saskatchewan were closed.";
        var place = Resolve(text, "Manitoba", "Alberta", "Saskatchewan");
        place.ShouldNotBeNull();
        (place.Country, place.Precision).ShouldBe(("CA", GeoPrecision.Admin1));
        place.Name.ShouldBe("Manitoba");
    }

    [Fact]
    public void A_name_the_text_calls_a_state_is_the_state()
    {
        var text = "A cow at a Washington state farm tested positive, officials in Ottawa said.";
        var place = Resolve(text, "Washington", "Ottawa");
        place.ShouldNotBeNull();
        (place.Country, place.Admin1, place.Precision).ShouldBe(("US", "WA", GeoPrecision.Admin1));
    }

    [Fact]
    public void The_capital_qualified_by_its_district_stays_the_capital()
    {
        var place = Resolve("Talks resumed in Washington, D.C., on Monday.", "Washington");
        place.ShouldNotBeNull();
        (place.Country, place.Precision).ShouldBe(("US", GeoPrecision.City));
    }

    [Fact]
    public void A_region_split_by_compass_points_is_found_whole()
    {
        var place = Resolve("Aid convoys reached camps across Darfur this week.", "Darfur");
        place.ShouldNotBeNull();
        place.Country.ShouldBe("SD");
        place.Latitude!.Value.ShouldBeInRange(11.0, 16.0);
        place.Longitude!.Value.ShouldBeInRange(22.0, 27.0);
    }

    [Fact]
    public void A_British_region_split_by_compass_points_beats_a_foreign_village_in_a_British_story()
    {
        var text = "Nurses were on strike across Yorkshire, and hospitals in Leeds and Sheffield cancelled operations.";
        var place = Resolve(text, "Yorkshire", "Leeds", "Sheffield");
        place.ShouldNotBeNull();
        place.Country.ShouldBe("GB");
    }

    [Fact]
    public void Divisions_outside_North_America_have_points()
    {
        var place = Resolve("Flooding hit villages in Uttar Pradesh.", "Uttar Pradesh");
        place.ShouldNotBeNull();
        (place.Country, place.Precision).ShouldBe(("IN", GeoPrecision.Admin1));
        GeoMath.DistanceKm(place.Latitude!.Value, place.Longitude!.Value, 27, 80.5).ShouldBeLessThan(250);
    }
}
