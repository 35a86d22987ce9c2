namespace Chronicle.Events.Tests;

/// <summary>
/// Trade measures are sanctions, not force: retaliation against goods or tariffs slapped on them. A named leader's
/// attack is criticism unless its object is a place or post that forces take. A fine only risked is not imposed.
/// </summary>
public sealed class TradeAndAttacksSession31Tests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void Retaliation_against_a_commodity_is_a_sanction()
    {
        var run = Coded.Run("Brazil retaliated against Canadian beef on Friday.", Published);
        run.Single(PloverType.Sanction);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Retaliation_with_rockets_is_still_an_assault()
    {
        var run = Coded.Run("Hezbollah retaliated with rocket fire on northern Israel.", Published);
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Retaliation_with_no_force_or_trade_word_is_no_assault()
    {
        var run = Coded.Run("Hezbollah retaliated on Sunday.", Published);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_duty_slapped_on_goods_is_a_sanction()
    {
        var run = Coded.Run("Japan slapped a 15% duty on imported rice.", Published);
        run.Single(PloverType.Sanction);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_leader_attacking_rebel_positions_is_an_assault()
    {
        var run = Coded.Run("Assad attacked rebel positions near Homs.", new DateOnly(2013, 6, 1));
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void A_politician_attacking_rebels_of_a_party_still_criticises_them()
    {
        var run = Coded.Run("Blair attacked Labour rebels over the vote.", new DateOnly(2004, 6, 1));
        var accuse = run.Single(PloverType.Accuse);
        accuse.Mode.ShouldBe("disapprove");
    }

    [Fact]
    public void Being_fined_as_a_potential_is_no_asserted_fine()
    {
        var run = Coded.Run("The airline faces the potential for being fined by the regulator.", Published);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void Being_arrested_as_a_risk_is_no_asserted_arrest()
    {
        var run = Coded.Run("The senator runs the risk of being arrested in Lisbon.", Published);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void An_airline_fined_by_a_regulator_is_coerced()
    {
        var run = Coded.Run("The regulator fined the airline on Monday.", Published);
        run.Events.ShouldContain(e => e.Type == PloverType.Coerce && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void A_bare_surname_named_earlier_as_a_person_attacking_allies_criticises_them()
    {
        var run = Coded.Run("Lucia Ortega is the mayor of Valencia. On Monday Ortega attacked her allies.", Published);
        run.Single(PloverType.Accuse).Mode.ShouldBe("disapprove");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }
}
