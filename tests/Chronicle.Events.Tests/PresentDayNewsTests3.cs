namespace Chronicle.Events.Tests;

/// <summary>
/// Present-day news, third round (issue #7): water cannon fired, the internet restricted, missions and borders closed,
/// a chargé d'affaires summoned, a state suspended from a bloc's institutions, a lower-case ministry read as a name,
/// coast guards, an appeal to one's own supporters to protest, and coercions or sanctions that are two acts, not one.
/// </summary>
public sealed class PresentDayNewsTests3
{
    private static readonly DateOnly Today = new(2025, 9, 10);

    private static string? Country(CodedEvent e, ActorRole role) => e.Actors.FirstOrDefault(a => a.Role == role)?.Country;

    [Fact]
    public void Water_cannon_fired_by_police_is_crowd_control_by_the_police()
    {
        var run = Coded.Run("Georgian riot police fired water cannon at students outside parliament in Tbilisi on Sunday.", Today);
        var assault = run.Single(PloverType.Assault);
        assault.Mode.ShouldBe("crowd-control");
        Country(assault, ActorRole.Source).ShouldBe("GE");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest && e.Mode == "riot");
    }

    [Fact]
    public void Internet_access_restricted_is_censorship()
    {
        var run = Coded.Run("The Tanzanian government restricted access to the internet ahead of the vote.", Today);
        var coerce = run.Single(PloverType.Coerce);
        coerce.Mode.ShouldBe("censor");
        Country(coerce, ActorRole.Source).ShouldBe("TZ");
    }

    [Fact]
    public void Restricting_other_things_is_no_censorship()
    {
        var run = Coded.Run("Vietnam restricted imports of Chinese steel last year.", Today);
        run.Events.ShouldNotContain(e => e.Mode == "censor");
    }

    [Fact]
    public void A_closed_consulate_is_a_sanction()
    {
        var run = Coded.Run("Lithuania closed the Chinese consulate in Vilnius on Monday.", Today);
        var sanction = run.Single(PloverType.Sanction);
        Country(sanction, ActorRole.Source).ShouldBe("LT");
        Country(sanction, ActorRole.Target).ShouldBe("CN");
    }

    [Fact]
    public void A_closed_border_crossing_restricts_movement()
    {
        var run = Coded.Run("Afghanistan closed its border crossings with Pakistan on Tuesday.", Today);
        var coerce = run.Single(PloverType.Coerce);
        coerce.Mode.ShouldBe("restrict");
        Country(coerce, ActorRole.Source).ShouldBe("AF");
        Country(coerce, ActorRole.Target).ShouldBe("PK");
    }

    [Fact]
    public void Closing_a_shop_is_no_event()
    {
        var run = Coded.Run("The baker closed his shop in Lyon early on Friday.", Today);
        run.Events.ShouldBeEmpty();
    }

    [Fact]
    public void A_summoned_charge_d_affaires_is_disapproval()
    {
        var run = Coded.Run("Algeria's foreign ministry summoned the Spanish chargé d'affaires on Thursday.", Today);
        var accuse = run.Single(PloverType.Accuse);
        Country(accuse, ActorRole.Source).ShouldBe("DZ");
        Country(accuse, ActorRole.Target).ShouldBe("ES");
    }

    [Fact]
    public void A_state_suspended_from_a_blocs_institutions_is_sanctioned()
    {
        var run = Coded.Run("The African Union suspended Madagascar from its institutions on Wednesday.", Today);
        var sanction = run.Single(PloverType.Sanction);
        Country(sanction, ActorRole.Target).ShouldBe("MG");
    }

    [Fact]
    public void A_lower_case_ministry_read_as_a_name_is_of_the_articles_country()
    {
        var run = Coded.Run("Peruvian police dispersed marchers in Lima. The interior ministry accused union leaders of planning riots.", Today);
        var accuse = run.Single(PloverType.Accuse);
        Country(accuse, ActorRole.Source).ShouldBe("PE");
    }

    [Fact]
    public void A_coast_guard_is_an_actor()
    {
        var run = Coded.Run("Spain's coast guard rejected the criticism on Saturday.", Today);
        Country(run.Single(PloverType.Reject), ActorRole.Source).ShouldBe("ES");
    }

    [Fact]
    public void An_appeal_to_ones_supporters_to_protest_is_a_request()
    {
        var run = Coded.Run("Georgia's opposition leader Nika Melia called on his supporters to join a general strike.", Today);
        var request = run.Single(PloverType.Request);
        request.Texts(ActorRole.Target, run.Text).ShouldContain("supporters");
    }

    [Fact]
    public void An_appeal_to_supporters_to_vote_stays_campaigning()
    {
        var run = Coded.Run("The Labour leader urged supporters to vote early on Thursday.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Request);
    }

    [Fact]
    public void Power_seized_and_a_president_detained_are_two_coercions()
    {
        var run = Coded.Run("Soldiers seized power in Conakry on Sunday and detained President Alpha Conde.", Today);
        var coerced = run.Events.Where(e => e.Type == PloverType.Coerce).ToList();
        coerced.Select(e => e.Mode).ShouldBe(["seize", "arrest"], ignoreOrder: true);
        coerced.Single(e => e.Mode == "arrest").Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("Alpha Conde", StringComparison.Ordinal));
        coerced.Single(e => e.Mode == "seize").Texts(ActorRole.Target, run.Text).ShouldNotContain(t => t.Contains("Alpha Conde", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_sides_sanctions_told_apart_are_two_events()
    {
        var run = Coded.Run(
            "Central African leaders imposed sanctions on Chad on Monday. The junta said it would hold elections. "
            + "It also said it would free detainees. Belgium suspended development aid to Chad.", Today);
        var sanctions = run.Events.Where(e => e.Type == PloverType.Sanction).ToList();
        sanctions.Count.ShouldBe(2);
        sanctions.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Country == "BE"));
        sanctions.ShouldNotContain(e => e.Actors.Count(a => a.Role == ActorRole.Source) > 1);
    }

    [Fact]
    public void A_person_in_a_post_above_states_is_of_no_state()
    {
        var run = Coded.Run("NATO Secretary General Mark Rutte condemned Russian drone flights over Romania.", Today);
        var accuse = run.Single(PloverType.Accuse);
        Country(accuse, ActorRole.Source).ShouldBeNull();
        Country(accuse, ActorRole.Target).ShouldBe("RU");
    }

    [Fact]
    public void The_same_person_before_the_international_post_keeps_his_state()
    {
        var run = Coded.Run("Mark Rutte criticised Hungary's veto in Brussels.", new DateOnly(2019, 5, 2));
        Country(run.Single(PloverType.Accuse), ActorRole.Source).ShouldBe("NL");
    }

    [Fact]
    public void The_un_secretary_general_is_of_no_state()
    {
        var run = Coded.Run("Antonio Guterres urged Sudan's army to protect civilians in Darfur.", Today);
        var request = run.Single(PloverType.Request);
        Country(request, ActorRole.Source).ShouldBeNull();
        Country(request, ActorRole.Target).ShouldBe("SD");
    }
}
