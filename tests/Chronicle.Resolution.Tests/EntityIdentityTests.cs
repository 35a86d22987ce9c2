using Chronicle.Recognizers.Places;
using Chronicle.Resolution.Actors;
using Chronicle.Testing;

namespace Chronicle.Resolution.Tests;

public sealed class EntityIdentityTests
{
    private static readonly Lazy<EntityIdentity> Shipped = new(() => new EntityIdentity(
        ActorLexicon.Load(Path.Combine(RepositoryPaths.Root, "data", "actors", "actors.tsv.gz")),
        Gazetteer.Load(Path.Combine(RepositoryPaths.Root, "data", "gazetteer", "places.bin.gz"))));

    [Fact]
    public void Names_that_differ_only_by_a_particle_share_an_id() =>
        EntityIdentity.IdOf(EntityType.Person, "Hafez al-Asad").ShouldBe(EntityIdentity.IdOf(EntityType.Person, "Hafez Asad"));

    [Fact]
    public void A_place_read_as_a_state_or_a_location_is_one_entity() =>
        EntityIdentity.IdOf(EntityType.Gpe, "Lyon").ShouldBe(EntityIdentity.IdOf(EntityType.Loc, "Lyon"));

    [Fact]
    public void A_person_and_a_place_with_one_name_stay_apart() =>
        EntityIdentity.IdOf(EntityType.Person, "Georgia").ShouldNotBe(EntityIdentity.IdOf(EntityType.Gpe, "Georgia"));

    [Fact]
    public void People_who_share_only_a_surname_stay_apart() =>
        EntityIdentity.IdOf(EntityType.Person, "Anna Lindqvist").ShouldNotBe(EntityIdentity.IdOf(EntityType.Person, "Erik Lindqvist"));

    [Fact]
    public void The_same_name_in_two_articles_gets_the_same_id()
    {
        var stage = Shipped.Value;
        Annotations In(string text, string canonical) => stage.Run(
            new Document("x", null, null, text),
            Annotations.Empty with { Entities = [new EntityMention(new TextSpan(0, 5), EntityType.Person, canonical)] });

        var first = In("Ruiz spoke.", "Marta Ruiz").Entities[0].EntityId;
        var second = In("Ruiz left town.", "Marta Ruiz").Entities[0].EntityId;

        first.ShouldNotBeNull();
        first.ShouldBe(second);
        first.ShouldStartWith("E");
    }

    [Fact]
    public void A_country_by_its_short_and_its_official_name_is_one_entity()
    {
        var country = new Place("Portugal", null, "PT", null, 39.5, -8.0, GeoPrecision.Country);
        const string text = "Portuguese Republic said. Portugal agreed.";
        var found = Annotations.Empty with
        {
            Entities = [new EntityMention(new TextSpan(0, 19), EntityType.Gpe, "Portuguese Republic"), new EntityMention(new TextSpan(26, 34), EntityType.Gpe, "Portugal")],
            Places = [new PlaceMention(new TextSpan(0, 19), country), new PlaceMention(new TextSpan(26, 34), country)],
        };

        var ids = Shipped.Value.Run(new Document("x", null, null, text), found).Entities.Select(e => e.EntityId).Distinct();

        ids.Count().ShouldBe(1);
    }

    [Fact]
    public void A_name_the_gazetteer_lacks_placed_in_the_article_country_is_not_that_country()
    {
        var country = new Place("Portugal", null, "PT", null, 39.5, -8.0, GeoPrecision.Country);
        const string text = "Portugal said. Zorbland Hall agreed.";
        var found = Annotations.Empty with
        {
            Entities = [new EntityMention(new TextSpan(0, 8), EntityType.Gpe, "Portugal"), new EntityMention(new TextSpan(15, 28), EntityType.Loc, "Zorbland Hall")],
            Places = [new PlaceMention(new TextSpan(0, 8), country), new PlaceMention(new TextSpan(15, 28), country with { Name = "Zorbland Hall" })],
        };

        var ids = Shipped.Value.Run(new Document("x", null, null, text), found).Entities.Select(e => e.EntityId).Distinct();

        ids.Count().ShouldBe(2);
    }

    [Theory]
    [InlineData("Putin", "Vladimir Putin")]
    [InlineData("President Putin", "Putin")]
    public void A_known_leader_has_one_id_under_each_name(string one, string other) =>
        IdIn(one, EntityType.Person, new DateOnly(2022, 3, 1)).ShouldBe(IdIn(other, EntityType.Person, new DateOnly(2022, 3, 1)));

    [Fact]
    public void A_nationality_and_a_country_derived_word_take_the_country_id()
    {
        const string text = "Iranians marched. Iran-backed groups. Iranian officials.";
        var found = Annotations.Empty with
        {
            Entities =
            [
                Mention(text, "Iranians", EntityType.Norp),
                Mention(text, "Iran-backed", EntityType.Misc),
                Mention(text, "Iranian officials", EntityType.Norp, length: "Iranian".Length),
            ],
        };

        var ids = Shipped.Value.Run(new Document("x", null, null, text), found).Entities.Select(e => e.EntityId).ToList();

        ids.Distinct().ShouldHaveSingleItem();
        ids[0].ShouldBe(Shipped.Value.Run(new Document("y", null, null, "Iran"),
            Annotations.Empty with
            {
                Entities = [new EntityMention(new TextSpan(0, 4), EntityType.Gpe, "Iran")],
                Places = [new PlaceMention(new TextSpan(0, 4), new Place("Iran", null, "IR", null, 32, 53, GeoPrecision.Country))],
            }).Entities[0].EntityId);
    }

    [Fact]
    public void A_hyphenated_word_that_is_not_a_country_keeps_its_own_id() =>
        IdIn("Nobel-winning", EntityType.Misc, null).ShouldBe(EntityIdentity.IdOf(EntityType.Misc, "Nobel-winning"));

    private static EntityMention Mention(string text, string words, EntityType type, int? length = null)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        return new EntityMention(new TextSpan(start, start + (length ?? words.Length)), type, words[..(length ?? words.Length)]);
    }

    private static string? IdIn(string name, EntityType type, DateOnly? published) => Shipped.Value.Run(
        new Document("x", null, published, name),
        Annotations.Empty with { Entities = [new EntityMention(new TextSpan(0, name.Length), type, name)] }).Entities[0].EntityId;
}
