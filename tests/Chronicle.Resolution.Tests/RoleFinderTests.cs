using Chronicle.Recognizers.Names;
using Chronicle.Recognizers.Places;
using Chronicle.Resolution.Actors;
using Chronicle.Resolution.Roles;
using Chronicle.Testing;
using Chronicle.Text;
using Chronicle.Text.Pos;

namespace Chronicle.Resolution.Tests;

public sealed class RoleFinderTests
{
    private static readonly Lazy<Pipeline> Stages = new(() =>
    {
        var data = Path.Combine(RepositoryPaths.Root, "data");
        var gazetteer = Gazetteer.Load(Path.Combine(data, "gazetteer", "places.bin.gz"));
        var actors = ActorLexicon.Load(Path.Combine(data, "actors", "actors.tsv.gz"));
        return Pipeline.Of(
            new TokenizerStage(new Tokenizer(), new SentenceSplitter()),
            new PosTaggerStage(PosModel.Load(Path.Combine(data, "pos", "pos.bin.gz"))),
            new NameRecognizer(NameModelFile.Load(Path.Combine(data, "ner", "ner-model.bin.gz")), OrganisationNames.Load(Path.Combine(data, "ner", "platforms.txt"))),
            new PlaceRecognizer(gazetteer),
            new EntityIdentity(actors, gazetteer),
            new RoleFinder(actors, gazetteer));
    });

    [Fact]
    public void A_title_before_a_name_gives_role_affiliation_country_and_sector()
    {
        var (role, actor) = Single("France's president Jean Dupont said the talks were over.");

        actor.ShouldBe("Jean Dupont");
        role.Role.ShouldBe("president");
        role.Affiliation.ShouldBe("France");
        role.Country.ShouldBe("FR");
        role.Sector.ShouldBe("government");
    }

    [Fact]
    public void An_apposition_after_a_name_gives_the_role_and_the_nationality()
    {
        var (role, actor) = Single("Maria Lopez, a prominent Chilean journalist, wrote that the vote was delayed.");

        actor.ShouldBe("Maria Lopez");
        role.Role.ShouldBe("journalist");
        role.Country.ShouldBe("CL");
        role.Sector.ShouldBe("media");
    }

    [Fact]
    public void A_two_word_title_is_kept_whole()
    {
        var (role, _) = Single("Italy's foreign minister Paolo Rossi arrived in Cairo.");

        role.Role.ShouldBe("foreign minister");
        role.Country.ShouldBe("IT");
    }

    [Theory]
    [InlineData("On Monday Anna Berg said the talks were over.")]
    [InlineData("Anna Berg, who arrived on Monday, said the talks were over.")]
    [InlineData("Despite the ban on marches against Anna Berg, the group of students declared a strike.")]
    public void Words_before_or_after_a_name_that_are_no_role_give_none(string text) =>
        Run(text).Roles.ShouldBeEmpty();

    private static (RoleMention Role, string Actor) Single(string text)
    {
        var found = Run(text);
        var role = found.Roles.ShouldHaveSingleItem();
        return (role, found.Entities[role.Entity].Canonical);
    }

    private static Annotations Run(string text) => Stages.Value.Run(new Document("test", null, new DateOnly(2024, 5, 1), text)).Annotations;
}
