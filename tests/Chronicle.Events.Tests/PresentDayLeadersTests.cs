using Chronicle.Resolution.Actors;
using Chronicle.Testing;

namespace Chronicle.Events.Tests;

/// <summary>
/// Present-day heads of state and government the 2014-16 actor dictionaries lack (issue #7): each keeps the country
/// of the office it held on the article's date, even in a story whose places are all in another country, and a
/// predecessor who shares a name with an older entry is told apart by date.
/// </summary>
public sealed class PresentDayLeadersTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static readonly Lazy<ActorLexicon> Shipped = new(() =>
        ActorLexicon.Load(Path.Combine(RepositoryPaths.Root, "data", "actors", "actors.tsv.gz")));

    private static string? Country(CodedEvent e, ActorRole role) => e.Actors.FirstOrDefault(a => a.Role == role)?.Country;

    [Fact]
    public void A_central_asian_president_met_abroad_keeps_his_country()
    {
        var run = Coded.Run("Kassym-Jomart Tokayev met Japanese officials in Tokyo on Monday.", Today);
        Country(run.Single(PloverType.Consult), ActorRole.Source).ShouldBe("KZ");
    }

    [Fact]
    public void A_european_president_met_in_another_capital_keeps_her_country()
    {
        var run = Coded.Run("Anthony Albanese met Maia Sandu in Canberra.", Today);
        var consult = run.Single(PloverType.Consult);
        Country(consult, ActorRole.Source).ShouldBe("AU");
        Country(consult, ActorRole.Target).ShouldBe("MD");
    }

    [Fact]
    public void An_asian_president_visiting_keeps_his_country()
    {
        var run = Coded.Run("Anthony Albanese met Prabowo Subianto in Canberra.", Today);
        Country(run.Single(PloverType.Consult), ActorRole.Target).ShouldBe("ID");
    }

    [Fact]
    public void A_latin_american_president_met_abroad_keeps_his_country()
    {
        var run = Coded.Run("Claudia Sheinbaum met Bernardo Arevalo in Mexico City.", Today);
        var consult = run.Single(PloverType.Consult);
        Country(consult, ActorRole.Source).ShouldBe("MX");
        Country(consult, ActorRole.Target).ShouldBe("GT");
    }

    [Fact]
    public void An_african_junta_leader_is_of_his_country()
    {
        var run = Coded.Run("Ibrahim Traore accused France of backing militants in Paris.", Today);
        var accuse = run.Single(PloverType.Accuse);
        Country(accuse, ActorRole.Source).ShouldBe("BF");
        Country(accuse, ActorRole.Target).ShouldBe("FR");
    }

    [Fact]
    public void A_president_of_2019_on_is_told_from_an_older_namesake_entry_by_date()
    {
        // Salome Zourabichvili: Georgia's foreign minister of 2004-05 in the old dictionary, its president from 2018 to
        // 2024, when Mikheil Kavelashvili followed her.
        var president = Shipped.Value.Find("Salome Zourabichvili", new DateOnly(2022, 3, 1), partialNames: false)!;
        president.RoleOn(new DateOnly(2022, 3, 1))!.Code.ShouldBe("GEOGOV");
        president.RoleOn(new DateOnly(2025, 3, 1))!.Code.ShouldBe("GEOELI");
        Shipped.Value.Find("Mikheil Kavelashvili", Today, partialNames: false)!.RoleOn(Today)!.Code.ShouldBe("GEOGOV");
    }

    [Fact]
    public void A_predecessor_is_of_her_country_after_leaving_office()
    {
        var run = Coded.Run("Jacinda Ardern criticised Australia over its deportation policy in Sydney.", Today);
        Country(run.Single(PloverType.Accuse), ActorRole.Source).ShouldBe("NZ");
    }

    [Fact]
    public void Prime_ministers_of_2020_keep_their_countries_after_office()
    {
        var run = Coded.Run("Jean Castex met Giuseppe Conte in Rome.", new DateOnly(2023, 2, 1));
        var consult = run.Single(PloverType.Consult);
        Country(consult, ActorRole.Source).ShouldBe("FR");
        Country(consult, ActorRole.Target).ShouldBe("IT");
    }
}
