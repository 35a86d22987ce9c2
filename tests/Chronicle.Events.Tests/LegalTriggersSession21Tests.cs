namespace Chronicle.Events.Tests;

/// <summary>
/// Legal, administrative and economic-coercion triggers (session 21, issue #7): raids and searches by officers of the
/// law, guilty pleas, convictions and acquittals, revoked contracts, inquiries, appeals and contested rulings, ignored
/// orders, forced sales and frozen accounts, fines imposed.
/// </summary>
public sealed class LegalTriggersSession21Tests
{
    [Fact]
    public void Agents_who_raid_offices_coerce_rather_than_attack()
    {
        var run = Coded.Run("Federal agents raided the offices of Enron in Houston on Tuesday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
        var e = run.Single(PloverType.Coerce);
        e.Texts(ActorRole.Source, run.Text).ShouldBe(["Federal agents"]);
        e.Texts(ActorRole.Target, run.Text).ShouldBe(["Enron"]);
    }

    [Fact]
    public void A_raid_on_the_fridge_is_no_event()
    {
        Coded.Run("He raided the fridge after midnight.").Events.ShouldBeEmpty();
    }

    [Fact]
    public void Police_who_raid_homes_coerce_and_gunmen_who_raid_a_police_post_attack()
    {
        var police = Coded.Run("Police raided the homes of opposition activists in Minsk.");
        police.Single(PloverType.Coerce).Texts(ActorRole.Source, police.Text).ShouldBe(["Police"]);
        var gunmen = Coded.Run("Gunmen raided a police post near Peshawar on Monday.");
        gunmen.Events.ShouldContain(e => e.Type == PloverType.Assault);
        gunmen.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void Police_who_search_offices_coerce()
    {
        var run = Coded.Run("Police searched the offices of the newspaper in Ankara.");
        run.Single(PloverType.Coerce).Texts(ActorRole.Source, run.Text).ShouldBe(["Police"]);
    }

    [Fact]
    public void A_guilty_plea_concedes()
    {
        var run = Coded.Run("Three former managers of Siemens pleaded guilty to bribery.");
        run.Single(PloverType.Concede).Trigger.Of(run.Text).ShouldBe("pleaded guilty");
    }

    [Fact]
    public void A_court_that_convicts_disapproves_of_the_convicted()
    {
        var run = Coded.Run("A court in New York convicted the former chief of WorldCom of fraud.");
        var e = run.Single(PloverType.Accuse);
        e.Mode.ShouldBe("disapprove");
        e.Texts(ActorRole.Source, run.Text).ShouldBe(["A court"]);
        e.Texts(ActorRole.Target, run.Text).ShouldHaveSingleItem().ShouldContain("former chief");
    }

    [Fact]
    public void One_acquitted_by_a_court_is_its_target()
    {
        var run = Coded.Run("The opposition leader was acquitted by a court in Tbilisi.");
        var e = run.Single(PloverType.Concede);
        e.Texts(ActorRole.Source, run.Text).ShouldBe(["court"]);
        e.Texts(ActorRole.Target, run.Text).ShouldBe(["The opposition leader"]);
    }

    [Fact]
    public void Revoked_and_suspended_contracts_are_discontinued()
    {
        var revoked = Coded.Run("The Pentagon revoked contracts with Halliburton on Monday.");
        revoked.Single(PloverType.Sanction).Mode.ShouldBe("discontinue");
        var suspended = Coded.Run("The Pentagon suspended contracts with Boeing after the scandal.");
        suspended.Single(PloverType.Sanction).Texts(ActorRole.Source, suspended.Text).ShouldBe(["The Pentagon"]);
    }

    [Fact]
    public void An_inquiry_into_something_investigates()
    {
        var run = Coded.Run("Prosecutors in Milan opened an inquiry into the accounts of Fiat.");
        run.Single(PloverType.Accuse).Mode.ShouldBe("investigate");
    }

    [Fact]
    public void An_inquiry_that_is_no_probe_into_anything_is_no_event()
    {
        Coded.Run("The hotel in Lyon answered every inquiry from guests within a day.").Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void Appealing_a_ruling_rejects_it_and_appealing_for_calm_asks()
    {
        var run = Coded.Run("Gazprom vowed to appeal the ruling.");
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldBe(["Gazprom"]);
        Coded.Run("The president of Kenya appealed for calm in Nairobi.").Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void Ignoring_a_court_order_rejects_it_and_ignoring_the_rain_is_no_event()
    {
        var run = Coded.Run("The government of Zimbabwe ignored a court order to return the farms.");
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldBe(["The government of Zimbabwe"]);
        Coded.Run("She ignored the rain and walked to Paris.").Events.ShouldBeEmpty();
    }

    [Fact]
    public void A_forced_sale_and_frozen_accounts_seize()
    {
        var sale = Coded.Run("The Kremlin forced the sale of the oil unit of Yukos.");
        var e = sale.Single(PloverType.Coerce);
        e.Mode.ShouldBe("seize");
        e.Texts(ActorRole.Source, sale.Text).ShouldBe(["The Kremlin"]);
        var frozen = Coded.Run("Swiss authorities froze the accounts of the former president of Nigeria.");
        frozen.Single(PloverType.Coerce).Mode.ShouldBe("seize");
    }

    [Fact]
    public void A_fine_imposed_on_a_firm_restricts_it()
    {
        var run = Coded.Run("The EU imposed a fine of 500m euros on Microsoft.");
        var e = run.Single(PloverType.Coerce);
        e.Mode.ShouldBe("restrict");
        e.Texts(ActorRole.Source, run.Text).ShouldBe(["The EU"]);
        e.Texts(ActorRole.Target, run.Text).ShouldBe(["Microsoft"]);
    }

    [Fact]
    public void Fine_weather_is_no_event()
    {
        Coded.Run("The weather in Paris was fine on Sunday, and a fine drizzle fell in Lyon.").Events.ShouldBeEmpty();
    }
}
