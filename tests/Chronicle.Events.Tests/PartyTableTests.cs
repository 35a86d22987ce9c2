namespace Chronicle.Events.Tests;

/// <summary>The party table read from its file: names, countries in order, the longest name.</summary>
public sealed class PartyTableTests
{
    private static readonly PartyCountries Table = PartyCountries.Parse(["# comment", "Greens\tDE,AT", "Blue Union\tEE"]);

    [Fact]
    public void The_home_country_is_chosen_among_the_names_countries()
    {
        Table.Of("the Greens", "AT", null).ShouldBe("AT");
        Table.Of("Greens", "FR", "DE").ShouldBe("DE");
        Table.Of("Greens", "FR", null).ShouldBeNull();
    }

    [Fact]
    public void With_no_country_known_the_first_is_taken()
    {
        Table.Of("Blue Union Party", null, null).ShouldBe("EE");
        Table.MaxWords.ShouldBe(2);
        Table.Count.ShouldBe(2);
    }

    [Fact]
    public void The_repository_file_loads()
    {
        var path = Path.Combine(Chronicle.Testing.RepositoryPaths.Root, "data", "events", "parties.tsv");
        PartyCountries.Load(path).Of("Tories", null, null).ShouldBe("GB");
    }
}
