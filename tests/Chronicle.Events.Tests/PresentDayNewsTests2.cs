namespace Chronicle.Events.Tests;

/// <summary>
/// Present-day news, second round (issue #7): troops deployed by an order, talks and deals brokered by a third party,
/// partnerships suspended and entry bans as sanctions, riot police as no riot, and the armed and exiled groups of the
/// 2020s (Myanmar's National Unity Government and Arakan Army, the Pakistani Taliban) as actors of their country.
/// </summary>
public sealed class PresentDayNewsTests2
{
    private static readonly DateOnly Today = new(2025, 6, 4);

    private static string? Country(CodedEvent e, ActorRole role) => e.Actors.FirstOrDefault(a => a.Role == role)?.Country;

    [Fact]
    public void An_ordered_deployment_of_troops_mobilises()
    {
        var run = Coded.Run("Ghana's president ordered the deployment of troops to the northern border on Tuesday.", Today);
        var mobilised = run.Single(PloverType.Mobilize);
        Country(mobilised, ActorRole.Source).ShouldBe("GH");
    }

    [Fact]
    public void A_deployment_of_no_forces_mobilises_nothing()
    {
        var run = Coded.Run("The company announced the deployment of new software across its offices.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Mobilize);
    }

    [Fact]
    public void A_third_party_that_brokers_talks_mediates_between_the_sides()
    {
        var run = Coded.Run("Qatar brokered a prisoner exchange between Armenia and Azerbaijan.", Today);
        var mediated = run.Events.Single(e => e.Type == PloverType.Consult && e.Mode == "mediate");
        Country(mediated, ActorRole.Source).ShouldBe("QA");
        mediated.Actors.Where(a => a.Role == ActorRole.Target).Select(a => a.Country).ShouldBe(["AM", "AZ"], ignoreOrder: true);
    }

    [Fact]
    public void A_suspended_partnership_is_a_sanction()
    {
        var run = Coded.Run("The European Union suspended its partnership with Niger after the coup.", Today);
        var sanction = run.Single(PloverType.Sanction);
        Country(sanction, ActorRole.Target).ShouldBe("NE");
    }

    [Fact]
    public void An_entry_ban_on_officials_is_a_sanction()
    {
        var noun = Coded.Run("Latvia imposed an entry ban on twelve Belarusian officials.", Today);
        Country(noun.Single(PloverType.Sanction), ActorRole.Target).ShouldBe("BY");
        noun.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
        var verb = Coded.Run("Poland banned the entry of Russian diplomats on Friday.", Today);
        Country(verb.Single(PloverType.Sanction), ActorRole.Target).ShouldBe("RU");
    }

    [Fact]
    public void Riot_police_are_no_riot()
    {
        var run = Coded.Run("Riot police blocked the main road to parliament in Tbilisi.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest && e.Mode == "riot");
    }

    [Fact]
    public void Groups_of_the_2020s_without_a_state_are_of_their_country()
    {
        var arakan = Coded.Run("The Arakan Army seized a town in Rakhine state.", Today);
        Country(arakan.Single(PloverType.Coerce), ActorRole.Source).ShouldBe("MM");
        var ttp = Coded.Run("The TTP attacked a police post in Khyber Pakhtunkhwa.", Today);
        Country(ttp.Single(PloverType.Assault), ActorRole.Source).ShouldBe("PK");
        var nug = Coded.Run("The National Unity Government called on Asean to isolate the junta.", Today);
        Country(nug.Single(PloverType.Request), ActorRole.Source).ShouldBe("MM");
    }

    [Fact]
    public void A_state_named_in_a_water_is_no_target()
    {
        var run = Coded.Run("Estonia seized a tanker in the Gulf of Finland last month.", Today);
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Country == "FI"));
    }

    [Fact]
    public void The_group_is_the_armed_group_named_before_it()
    {
        var run = Coded.Run(
            "Iran on Monday denied arming the Houthis in Yemen. Tehran said a day after the group fired a missile at a Greek ship "
            + "that Iran had sent no weapons.", Today);
        var attack = run.Single(PloverType.Assault);
        Country(attack, ActorRole.Source).ShouldBe("YE");
    }

    [Fact]
    public void A_Saudi_counterpart_is_Saudi()
    {
        var run = Coded.Run("Egyptian Foreign Minister Sameh Shoukry spoke by phone with his Saudi counterpart about the crisis.", Today);
        Country(run.Single(PloverType.Consult), ActorRole.Target).ShouldBe("SA");
        var met = Coded.Run("Jordan's foreign minister met Saudi officials in Amman.", Today);
        Country(met.Single(PloverType.Consult), ActorRole.Target).ShouldBe("SA");
    }
}
