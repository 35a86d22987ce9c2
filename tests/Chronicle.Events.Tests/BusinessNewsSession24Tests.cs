namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a second reading of unseen business news with political content (session 24): a leader's
/// supporters read as the leader, an election's ousting read as coercion, an attack on privatisations read as an assault,
/// a named body read as the members described after it, charges filed and claims for damages missed, the target of a
/// series of raids, a government's protest, a sum between a deal and its partner.
/// </summary>
public sealed class BusinessNewsSession24Tests
{
    private static readonly DateOnly In2005 = new(2005, 1, 10);

    [Theory]
    [InlineData("Police arrested Kibaki's supporters in Nairobi.")]
    [InlineData("Police arrested many of Kibaki's allies on Monday.")]
    public void A_leaders_people_are_not_the_leader(string sentence)
    {
        var run = Coded.Run(sentence, In2005);
        var arrest = run.Single(PloverType.Coerce);
        arrest.Actors.ShouldNotContain(a => a.Role == ActorRole.Target && a.Canonical == "Kibaki");
        arrest.Texts(ActorRole.Target, run.Text).Single().ShouldStartWith("Kibaki's");
    }

    [Fact]
    public void Criticism_of_a_leaders_plans_still_falls_on_the_leader()
    {
        var run = Coded.Run("The Kenyan minister criticised Kibaki's plans on Monday.", In2005);
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical == "Kibaki");
    }

    [Theory]
    [InlineData("Elections in May ousted many of Mr Kibaki's supporters in parliament.")]
    [InlineData("Mr Odinga ousted Mr Kibaki at the polls in December.")]
    public void An_ousting_by_vote_is_no_coercion(string sentence) =>
        Coded.Run(sentence, In2005).Events.ShouldNotContain(e => e.Type == PloverType.Coerce);

    [Fact]
    public void An_ousting_by_the_army_is_coercion()
    {
        var run = Coded.Run("The Egyptian army ousted President Morsi in July.", In2005);
        run.Single(PloverType.Coerce).Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("army");
    }

    [Fact]
    public void An_attack_on_privatisations_is_no_assault() =>
        Coded.Run("Members of the Kenyan parliament attacked previous privatisations on Monday.", In2005)
            .Events.ShouldNotContain(e => e.Type == PloverType.Assault);

    [Fact]
    public void A_named_body_acts_for_the_members_described_after_it()
    {
        var run = Coded.Run("The Paris Club of rich creditor nations on Wednesday offered to freeze debts owed by Kenya.", In2005);
        run.Single(PloverType.Agree).Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("Paris Club");
    }

    [Fact]
    public void Charges_filed_in_a_court_against_someone_accuse_them()
    {
        var run = Coded.Run("The regulator filed civil fraud charges in a Nairobi court against James Mwangi.", In2005);
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).Single().ShouldBe("James Mwangi");
    }

    [Fact]
    public void Those_charged_with_covering_up_are_accused()
    {
        var run = Coded.Run("Twelve managers from Kenya Airways were charged with covering up safety defects last year.", In2005);
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).Single().ShouldBe("Twelve managers from Kenya Airways");
    }

    [Fact]
    public void A_claim_for_damages_accuses_the_one_it_is_against()
    {
        var run = Coded.Run("Safaricom also made a claim for damages against the Kenyan government.", In2005);
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("government");
    }

    [Fact]
    public void The_target_of_a_series_of_raids_is_raided()
    {
        var run = Coded.Run("Safaricom was the target of a series of raids by the tax police.", In2005);
        var raids = run.Single(PloverType.Coerce);
        raids.Texts(ActorRole.Target, run.Text).Single().ShouldBe("Safaricom");
        raids.Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("police");
    }

    [Fact]
    public void A_governments_protest_is_an_accusation()
    {
        var run = Coded.Run("The decision followed a protest from the Ugandan government about the dam.", In2005);
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("government");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void Restrictions_introduced_on_a_state_restrict_it()
    {
        var run = Coded.Run("The Kenyan government introduced even tighter restrictions on Sudan in May.", In2005);
        run.Single(PloverType.Coerce).Texts(ActorRole.Target, run.Text).Single().ShouldBe("Sudan");
    }

    [Fact]
    public void Turning_to_a_lender_for_help_asks_it()
    {
        var run = Coded.Run("Kenya had to turn to the International Monetary Fund for financial assistance in 2001.", In2005);
        run.Single(PloverType.Request).Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("International Monetary Fund");
    }

    [Fact]
    public void One_who_implicates_accuses_but_one_implicated_does_not()
    {
        var run = Coded.Run("The Kenyan minister implicated President Moi in the scandal.", In2005);
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.EndsWith("Moi", StringComparison.Ordinal));
        Coded.Run("Syria denied that it was implicated in the bombing.", In2005).Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void A_sum_between_a_deal_and_its_partner_keeps_the_partner()
    {
        var run = Coded.Run("The regulator agreed a deal totalling $375m with Equity Bank on Monday.", In2005);
        run.Single(PloverType.Agree).Texts(ActorRole.Target, run.Text).Single().ShouldBe("Equity Bank");
    }

    [Fact]
    public void A_partys_attack_on_a_body_for_its_act_is_criticism()
    {
        var run = Coded.Run("The opposition party attacked the commission for backing down.", In2005);
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("party");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_partys_attack_with_clubs_is_an_assault() =>
        Coded.Run("The ruling party attacked opposition offices with clubs.", In2005).Single(PloverType.Assault).ShouldNotBeNull();

    [Fact]
    public void Money_withdrawn_from_a_country_is_no_retreat()
    {
        Coded.Run("Libya has withdrawn $1bn in assets from the US, the central bank said.", In2005)
            .Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
        Coded.Run("Russia withdrew its troops from Georgia on Monday.", In2005).Single(PloverType.Retreat).ShouldNotBeNull();
    }

    [Fact]
    public void A_ban_on_dealings_with_a_state_targets_it()
    {
        var run = Coded.Run("The US ban on trade and economic activity with Tripoli was suspended in April.", In2005);
        run.Single(PloverType.Sanction).Texts(ActorRole.Target, run.Text).Single().ShouldBe("Tripoli");
    }

    [Fact]
    public void Backing_a_firm_needs_is_not_given()
    {
        Coded.Run("Among the creditors whose backing Kenya Airways needs are Equity Bank and Family Bank.", In2005)
            .Events.ShouldNotContain(e => e.Type == PloverType.Support);
        Coded.Run("The IMF, whose backing was crucial, praised Kenya.", In2005).Single(PloverType.Support).ShouldNotBeNull();
    }
}
