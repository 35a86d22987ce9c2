namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a third reading of unseen business news with political content (session 25): a year inside a
/// relative clause dating the event before it, the object of a barred act read as the one who bars it, an act one is
/// barred from read as done, approvals and clampdowns missed, a thing that endangers another read as a threat.
/// </summary>
public sealed class BusinessNewsSession25Tests
{
    private static readonly DateOnly In2005 = new(2005, 1, 12);

    [Theory]
    [InlineData("Police in Lagos arrested the Nigerian activist who led the strike in 2003.")]
    [InlineData("A judge in Milan barred Banca Rossa from suing Lattegro, the Italian firm which went bust in 2003.")]
    public void A_year_in_a_relative_clause_does_not_date_the_event_before_it(string sentence)
    {
        var run = Coded.Run(sentence, In2005);
        run.Single(PloverType.Coerce).Date?.Value.ShouldNotStartWith("2003");
    }

    [Fact]
    public void A_time_ending_a_relative_clause_dates_that_clause_not_the_main_verb()
    {
        var run = Coded.Run("Students who marched in Accra on Monday clashed with police.", In2005);
        run.Single(PloverType.Protest).Date!.Value.ShouldBe("2005-01-10");
    }

    [Fact]
    public void The_antecedent_of_a_relative_clause_keeps_its_date()
    {
        var run = Coded.Run("The assault, which started on Monday, killed 20 people in Gao.", In2005);
        run.Single(PloverType.Assault).Date!.Value.ShouldBe("2005-01-10");
    }

    [Fact]
    public void The_object_of_a_barred_act_is_not_who_bars_it()
    {
        var run = Coded.Run("Banca Rossa has been banned from suing Lattegro in an Italian court.", In2005);
        var ban = run.Single(PloverType.Coerce);
        ban.Texts(ActorRole.Source, run.Text).ShouldNotContain("Lattegro");
        ban.Texts(ActorRole.Target, run.Text).Single().ShouldBe("Banca Rossa");
    }

    [Fact]
    public void The_country_one_is_barred_from_entering_bars_it()
    {
        var run = Coded.Run("The Kenyan opposition leader was banned from entering Uganda last week.", In2005);
        run.Single(PloverType.Coerce).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "UG");
    }

    [Theory]
    [InlineData("Banca Rossa has been banned from suing Lattegro.")]
    [InlineData("Troops in Goma were prevented from attacking the rebels.")]
    public void An_act_one_is_barred_from_is_not_done(string sentence) =>
        Coded.Run(sentence, In2005).Events.ShouldNotContain(e => (e.Type == PloverType.Accuse || e.Type == PloverType.Assault) && e.Modality == Modality.Asserted);

    [Fact]
    public void Approving_a_states_request_agrees_to_it()
    {
        var run = Coded.Run("The IMF on Monday approved Ghana's request for a delay in loan repayments.", In2005);
        var agreed = run.Single(PloverType.Agree);
        agreed.Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("IMF");
        agreed.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "GH");
    }

    [Fact]
    public void Approving_a_loan_to_a_state_is_economic_aid()
    {
        var run = Coded.Run("The World Bank approved a $50m loan to Malawi on Tuesday.", In2005);
        var aid = run.Single(PloverType.Aid);
        aid.Mode.ShouldBe("economic");
        aid.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "MW");
    }

    [Fact]
    public void Approving_a_budget_is_no_event() =>
        Coded.Run("The Ghanaian parliament approved the budget on Tuesday.", In2005).Events.ShouldBeEmpty();

    [Fact]
    public void A_leaders_clampdown_on_a_rival_is_coercion()
    {
        var run = Coded.Run("The row is driven by President Putin's clampdown on the oil tycoon Mikhail Khodorkovsky.", In2005);
        run.Single(PloverType.Coerce).Texts(ActorRole.Target, run.Text).Single().ShouldContain("Khodorkovsky");
    }

    [Theory]
    [InlineData("The firm fears rival software, which threatens its monopoly on desktops.")]
    [InlineData("Rising oil prices threaten the recovery of Ghana.")]
    public void A_thing_that_endangers_another_is_no_threat(string sentence) =>
        Coded.Run(sentence, In2005).Events.ShouldNotContain(e => e.Type == PloverType.Threaten);

    [Fact]
    public void A_group_which_threatens_a_government_threatens_it()
    {
        var run = Coded.Run("The Ghanaian union, which threatened the government, was banned in March.", In2005);
        run.Single(PloverType.Threaten).Texts(ActorRole.Source, run.Text).Single().ShouldContain("union");
    }
}
