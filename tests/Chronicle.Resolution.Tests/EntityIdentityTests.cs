namespace Chronicle.Resolution.Tests;

public sealed class EntityIdentityTests
{
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
        var stage = new EntityIdentity();
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
        var country = new Place("Freedonia", null, "FD", null, 1.0, 2.0, GeoPrecision.Country);
        const string text = "Republic of Freedonia said. Freedonia agreed.";
        var found = Annotations.Empty with
        {
            Entities = [new EntityMention(new TextSpan(0, 21), EntityType.Gpe, "Republic of Freedonia"), new EntityMention(new TextSpan(28, 37), EntityType.Gpe, "Freedonia")],
            Places = [new PlaceMention(new TextSpan(0, 21), country), new PlaceMention(new TextSpan(28, 37), country)],
        };

        var ids = new EntityIdentity().Run(new Document("x", null, null, text), found).Entities.Select(e => e.EntityId).Distinct();

        ids.Count().ShouldBe(1);
    }
}
