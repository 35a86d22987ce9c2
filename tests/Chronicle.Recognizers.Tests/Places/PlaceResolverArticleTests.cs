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
}
