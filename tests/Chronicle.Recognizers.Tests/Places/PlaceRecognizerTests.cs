using System.Text.Json;
using Chronicle.Recognizers.Places;
using Chronicle.Testing;

namespace Chronicle.Recognizers.Tests.Places;

[Collection(SharedGazetteer.Name)]
public sealed class PlaceRecognizerTests(GazetteerFixture fixture)
{
    private readonly PlaceRecognizer recognizer = new(fixture.Gazetteer);

    private System.Collections.Immutable.ImmutableArray<PlaceMention> Places(string text) =>
        recognizer.Run(new Document("test", null, null, text), Annotations.Empty).Places;

    [Fact]
    public void Finds_and_resolves_places_without_the_names_stage()
    {
        var text = "Floods hit Bangladesh. In Dhaka, the army said roads were closed. Mr Dover spoke on Monday.";
        var places = Places(text);
        places.Select(p => text[p.Span.Start..p.Span.End]).ShouldBe(["Bangladesh", "Dhaka"]);
        places.ShouldAllBe(p => p.Place.Country == "BD");
    }

    [Fact]
    public void A_word_opening_a_sentence_is_a_place_alone_only_when_the_place_is_large()
    {
        var text = "Voters have rejected the plan. Paris was calm.";
        var places = Places(text);
        places.Select(p => text[p.Span.Start..p.Span.End]).ShouldBe(["Paris"]);
    }

    [Fact]
    public void A_word_opening_a_sentence_is_no_town_by_the_towns_other_name()
    {
        // `Human` is one of the names GeoNames gives Uman (Ukraine, about 90,000 people); `Bombay` is Mumbai's.
        var text = "Human rights groups were alarmed. Bombay was calm.";
        var places = Places(text);
        places.Select(p => text[p.Span.Start..p.Span.End]).ShouldBe(["Bombay"]);
    }

    [Fact]
    public void An_organisation_is_no_place_when_the_names_stage_found_none()
    {
        // GeoNames gives `Taliban` as another name of a Turkish village.
        var text = "The Taliban banned women from universities.";
        var entities = new EntityMention[] { new(new TextSpan(4, 11), EntityType.Org, "Taliban") };
        var found = recognizer.Run(new Document("test", null, null, text), Annotations.Empty with { Entities = [.. entities] });
        found.Places.ShouldBeEmpty();
    }

    [Fact]
    public void Uses_the_names_stage_when_it_found_places()
    {
        var text = "Crowds gathered in Ariana Square in Kabul.";
        var entities = new EntityMention[]
        {
            new(new TextSpan(19, 32), EntityType.Loc, "Ariana Square"),
            new(new TextSpan(36, 41), EntityType.Gpe, "Kabul"),
        };
        var found = recognizer.Run(new Document("test", null, null, text), Annotations.Empty with { Entities = [.. entities] });
        found.Places.Select(p => p.Span).ShouldBe([new TextSpan(19, 32), new TextSpan(36, 41)]);
        found.Places[0].Place.Precision.ShouldBe(GeoPrecision.Site);
        found.Places[0].Place.Country.ShouldBe("AF");
    }

    [Fact]
    public void A_person_the_names_stage_read_as_a_place_is_not_placed()
    {
        var text = "Lord Harwell spoke in Kabul. Later Lord Harwell left and Mary Quill said Mary Quill was tired.";
        var entities = new EntityMention[]
        {
            new(new TextSpan(22, 27), EntityType.Gpe, "Kabul"),
            new(new TextSpan(35, 47), EntityType.Loc, "Lord Harwell"),
            new(new TextSpan(57, 67), EntityType.Person, "Mary Quill"),
            new(new TextSpan(73, 83), EntityType.Loc, "Mary Quill"),
        };
        var found = recognizer.Run(new Document("test", null, null, text), Annotations.Empty with { Entities = [.. entities] });
        found.Places.Select(p => text[p.Span.Start..p.Span.End]).ShouldBe(["Kabul"]);
    }

    [Fact]
    public void Spans_slice_to_the_surface_text()
    {
        var text = "From Lagos to Nairobi, and then Cairo, Egypt; later Kent, England.";
        foreach (var p in Places(text))
        {
            p.Span.Start.ShouldBeGreaterThanOrEqualTo(0);
            p.Span.End.ShouldBeLessThanOrEqualTo(text.Length);
            text[p.Span.Start..p.Span.End].Trim().ShouldNotBeEmpty();
        }
    }

    [Fact]
    public void Seed_places_resolve_to_the_gold_entries()
    {
        var gold = RepositoryPaths.SharedOrSkip("gold", "seeds");
        var seeds = RepositoryPaths.SharedOrSkip("seeds");
        var failures = new List<string>();
        foreach (var file in Directory.GetFiles(gold, "0*.json"))
        {
            var text = File.ReadAllText(Path.Combine(seeds, Path.GetFileNameWithoutExtension(file) + ".txt"));
            var places = Places(text);
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            if (!json.RootElement.TryGetProperty("places", out var wanted))
            {
                continue;
            }

            foreach (var g in wanted.EnumerateArray())
            {
                var name = g.GetProperty("text").GetString()!;
                var country = g.GetProperty("country").GetString();
                long? id = g.TryGetProperty("geonameid", out var i) ? i.GetInt64() : null;
                var ok = places.Any(p => text[p.Span.Start..p.Span.End].Contains(name, StringComparison.OrdinalIgnoreCase)
                    && p.Place.Country == country && (id is null || p.Place.GeonameId == id));
                if (!ok)
                {
                    failures.Add($"{Path.GetFileName(file)} {name}");
                }
            }
        }

        failures.ShouldBeEmpty();
    }
}
