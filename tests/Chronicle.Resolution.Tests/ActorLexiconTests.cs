using Chronicle.Resolution.Actors;
using Chronicle.Testing;

namespace Chronicle.Resolution.Tests;

public sealed class ActorLexiconTests
{
    private static readonly Lazy<ActorLexicon> Shipped = new(() =>
        ActorLexicon.Load(Path.Combine(RepositoryPaths.Root, "data", "actors", "actors.tsv.gz")));

    [Theory]
    [InlineData("Vladimir Putin")]
    [InlineData("Putin")]
    [InlineData("President Putin")]
    public void Every_name_of_a_listed_leader_finds_one_actor(string name) =>
        Shipped.Value.Find(name, new DateOnly(2022, 3, 1), partialNames: true)?.Key.ShouldBe("VLADIMIR PUTIN");

    [Fact]
    public void An_initial_written_without_its_dot_finds_the_listed_name() =>
        Shipped.Value.Find("George W Bush", new DateOnly(2004, 3, 1), partialNames: false)?.Key.ShouldBe("GEORGE W. BUSH");

    [Fact]
    public void A_full_name_matches_an_actor_whose_names_hold_all_its_words() =>
        Shipped.Value.Find("Ali Khamenei", new DateOnly(2022, 3, 1), partialNames: true)!.Names.ShouldContain("KHAMENEI");

    [Fact]
    public void A_different_given_name_with_a_listed_surname_is_not_that_actor() =>
        Shipped.Value.Find("Mojtaba Khamenei", new DateOnly(2022, 3, 1), partialNames: true).ShouldBeNull();

    [Fact]
    public void Partial_names_are_only_for_people() =>
        Shipped.Value.Find("Ali Khamenei", new DateOnly(2022, 3, 1), partialNames: false).ShouldBeNull();

    [Theory]
    [InlineData("Tony Blair", "TONY BLAIR", "GORDON BROWN")]
    [InlineData("Gordon Brown", "GORDON BROWN", "TONY BLAIR")]
    [InlineData("John Major", "JOHN MAJOR", "MARGARET THATCHER")]
    [InlineData("Margaret Thatcher", "MARGARET THATCHER", "JOHN MAJOR")]
    public void People_listed_one_after_another_are_different_actors(string name, string key, string neighbour)
    {
        var actor = Shipped.Value.Find(name, new DateOnly(2005, 3, 1), partialNames: true)!;

        actor.Key.ShouldBe(key);
        actor.Names.ShouldNotContain(neighbour);
    }

    [Fact]
    public void Names_listed_before_their_shared_codes_are_one_actor() =>
        Shipped.Value.Find("President Josipovic", new DateOnly(2013, 1, 1), partialNames: true)?.Key.ShouldBe("IVO JOSIPOVIC");

    [Fact]
    public void A_role_holds_only_within_its_dates()
    {
        var putin = Shipped.Value.Find("Putin", null, partialNames: true)!;

        putin.RoleOn(new DateOnly(2022, 3, 1))!.Sector.ShouldBe("government");
        putin.RoleOn(new DateOnly(2022, 3, 1))!.Country.ShouldBe("RU");
        putin.RoleOn(new DateOnly(1995, 1, 1))!.Sector.ShouldBe("elite");
    }

    [Theory]
    [InlineData("police", "police")]
    [InlineData("protesters", "opposition")]
    [InlineData("farmers", "agriculture")]
    public void Generic_agents_have_a_sector(string phrase, string sector) =>
        Shipped.Value.SectorOfAgent(phrase).ShouldBe(sector);

    [Fact]
    public void Two_actors_of_one_name_and_one_country_give_that_country()
    {
        var day = new DateOnly(1990, 6, 1);
        Shipped.Value.CountryOf("President Bush", day, partialNames: true).ShouldBe("US");
        Shipped.Value.CountryOf("Putin", new DateOnly(2000, 1, 1), partialNames: true).ShouldBe("RU");
    }

    [Fact]
    public void An_unknown_name_has_no_country() =>
        Shipped.Value.CountryOf("Zzyzx Quornbury", new DateOnly(2000, 1, 1), partialNames: true).ShouldBeNull();
}
