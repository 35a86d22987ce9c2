using Chronicle.Recognizers.Names;

namespace Chronicle.Recognizers.Tests.Names;

public sealed class TypeRulesTests(ModelFixture fixture) : IClassFixture<ModelFixture>
{
    private EntityTypeMapper Mapper => new(fixture.Model.Features.Lexicon);

    [Theory]
    [InlineData("Camp", "Ashford")]
    [InlineData("Fort", "Edward", "Hale")]
    [InlineData("Lindholm", "Airport")]
    [InlineData("Unity", "Square")]
    public void A_camp_fort_airport_or_square_tagged_as_organisation_is_a_place(params string[] words) =>
        Mapper.Map(NameClass.Org, words).ShouldBe(EntityType.Loc);

    [Theory]
    [InlineData("Blue", "House")]
    [InlineData("Elysee", "Palace")]
    public void A_seat_of_government_tagged_as_location_is_an_organisation(params string[] words) =>
        Mapper.Map(NameClass.Loc, words).ShouldBe(EntityType.Org);

    [Fact]
    public void A_dictionary_militant_group_tagged_misc_is_an_organisation() =>
        Mapper.Map(NameClass.Misc, ["Boko", "Haram"]).ShouldBe(EntityType.Org);

    [Fact]
    public void A_nationality_tagged_misc_stays_a_group() =>
        Mapper.Map(NameClass.Misc, ["French"]).ShouldBe(EntityType.Norp);

    [Fact]
    public void An_apposition_with_an_organisation_head_makes_the_name_an_organisation()
    {
        var found = fixture.Find("Marten Ekdahl, a Sweden-based rights group reported on Monday that Marten Ekdahl had counted 40 arrests.");

        found.Where(f => f.Text.Contains("Ekdahl", StringComparison.Ordinal)).ShouldNotBeEmpty();
        found.Where(f => f.Text.Contains("Ekdahl", StringComparison.Ordinal)).ShouldAllBe(f => f.Type == EntityType.Org);
    }

    [Theory]
    [InlineData("Marten Ekdahl, a member of the ruling party, said on Monday that talks had failed.")]
    [InlineData("Marten Ekdahl, a rights group founder, said on Monday that talks had failed.")]
    public void An_apposition_about_a_person_leaves_the_person(string text) =>
        fixture.Find(text).ShouldContain(f => f.Text == "Marten Ekdahl" && f.Type == EntityType.Person);

    [Fact]
    public void A_listed_platform_is_an_organisation_whatever_the_tagger_says()
    {
        var platforms = OrganisationNames.Load(Path.Combine(ModelFixture.RepositoryRoot(), "data", "ner", "platforms.txt"));
        var mapper = new EntityTypeMapper(fixture.Model.Features.Lexicon, platforms);

        mapper.Map(NameClass.Per, ["YouTube"]).ShouldBe(EntityType.Org);
        mapper.Map(NameClass.Misc, ["Instagram"]).ShouldBe(EntityType.Org);
        mapper.Map(NameClass.Per, ["Anna", "Lindqvist"]).ShouldBe(EntityType.Person);
    }

    [Fact]
    public void Organisation_names_match_whole_names_case_folded()
    {
        var names = new OrganisationNames(["Example Wire"]);

        names.Contains(["example", "WIRE"]).ShouldBeTrue();
        names.Contains(["Example"]).ShouldBeFalse();
        OrganisationNames.Empty.Contains(["Example", "Wire"]).ShouldBeFalse();
    }
}
