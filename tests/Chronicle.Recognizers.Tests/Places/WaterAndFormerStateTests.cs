using Chronicle.Recognizers.Places;

namespace Chronicle.Recognizers.Tests.Places;

/// <summary>Seas, gulfs and straits, and states gone since, as the places stage resolves them (sentences written here).</summary>
[Collection(SharedGazetteer.Name)]
public sealed class WaterAndFormerStateTests(GazetteerFixture fixture)
{
    private readonly PlaceRecognizer recognizer = new(fixture.Gazetteer);

    // The names stage's GPE and LOC spans, given by hand.
    private List<(string Text, Place Place)> Places(string text, params string[] named)
    {
        var entities = named.Select(n => new EntityMention(new TextSpan(text.IndexOf(n, StringComparison.Ordinal), text.IndexOf(n, StringComparison.Ordinal) + n.Length), EntityType.Loc, n));
        var found = recognizer.Run(new Document("test", null, null, text), Annotations.Empty with { Entities = [.. entities] }).Places;
        return [.. found.Select(p => (text[p.Span.Start..p.Span.End], p.Place))];
    }

    [Fact]
    public void The_Gulf_is_the_Persian_Gulf_not_a_place_in_the_country_around_it()
    {
        var places = Places("Iraqi jets struck a tanker in the Gulf near Kuwait.", "Gulf", "Kuwait");
        var gulf = places[0].Place;
        gulf.Name.ShouldBe("Persian Gulf");
        gulf.Country.ShouldBeNull();
        gulf.Latitude!.Value.ShouldBe(26.8, 1.0);
        gulf.Longitude!.Value.ShouldBe(51.5, 1.5);
    }

    [Fact]
    public void A_strait_named_only_in_part_is_joined_whole()
    {
        var places = Places("Gunboats shadowed the convoy through the Strait of Hormuz on Sunday.", "Hormuz");
        places.Select(p => p.Text).ShouldBe(["Strait of Hormuz"]);
        fixture.Gazetteer.IsWater(places[0].Place.Name).ShouldBeTrue();
    }

    [Fact]
    public void A_gulf_and_the_country_named_after_of_are_one_sea()
    {
        var places = Places("The rig leaked oil into the Gulf of Mexico off Louisiana.", "Gulf", "Mexico", "Louisiana");
        places.Select(p => p.Text).ShouldBe(["Gulf of Mexico", "Louisiana"]);
        places[0].Place.Longitude!.Value.ShouldBeLessThan(-80);
    }

    [Fact]
    public void A_name_and_of_that_the_gazetteer_does_not_know_whole_stay_apart()
    {
        var places = Places("The University of Texas opened a campus in Austin.", "Texas", "Austin");
        places.Select(p => p.Text).ShouldBe(["Texas", "Austin"]);
    }

    [Fact]
    public void A_state_gone_since_is_placed_at_its_successor_and_keeps_the_towns_in_it_at_home()
    {
        var places = Places("Police in Hamelin, West Germany, searched offices in Frankfurt.", "Hamelin", "West Germany", "Frankfurt");
        places.Select(p => p.Place.Country).ShouldBe(["DE", "DE", "DE"]);
        places[1].Place.Precision.ShouldBe(GeoPrecision.Country);
    }

    [Theory]
    [InlineData("Soviet Union")]
    [InlineData("USSR")]
    [InlineData("Yugoslavia")]
    public void A_state_gone_since_is_a_country_of_the_gazetteer(string name)
    {
        var places = Places($"Trade with {name} fell last year.", name);
        places.Single().Place.Precision.ShouldBe(GeoPrecision.Country);
        places.Single().Place.Country.ShouldNotBeNull();
    }
}
