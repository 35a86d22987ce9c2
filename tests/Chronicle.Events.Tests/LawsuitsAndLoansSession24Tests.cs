namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen business news with a political side (session 24): money lent by one
/// state to another is economic aid, the passive subject of a lawsuit is its target, beating a rival to buy or win
/// something is a business race, no assault, and charges denied are rejected by the accused.
/// </summary>
public sealed class LawsuitsAndLoansSession24Tests
{
    private static readonly DateOnly In2024 = new(2024, 5, 1);

    [Theory]
    [InlineData("China lent Russia $6bn last year.", "China", "Russia")]
    [InlineData("Japan lent Indonesia 2 billion dollars in March.", "Japan", "Indonesia")]
    public void Money_lent_to_a_state_is_economic_aid(string sentence, string lender, string borrower)
    {
        var run = Coded.Run(sentence, In2024);
        var aid = run.Single(PloverType.Aid);
        aid.Mode.ShouldBe("economic");
        aid.Texts(ActorRole.Source, run.Text).ShouldBe([lender]);
        aid.Texts(ActorRole.Target, run.Text).ShouldBe([borrower]);
    }

    [Fact]
    public void Support_lent_to_a_bill_is_no_aid()
    {
        Coded.Run("The senator lent his support to the bill.", In2024).Events
            .ShouldNotContain(e => e.Type == PloverType.Aid);
    }

    [Fact]
    public void The_passive_subject_of_a_lawsuit_is_its_target()
    {
        var run = Coded.Run("Gazprom is being sued by Yukos.", In2024);
        var sued = run.Single(PloverType.Accuse);
        sued.Texts(ActorRole.Source, run.Text).ShouldBe(["Yukos"]);
        sued.Texts(ActorRole.Target, run.Text).ShouldBe(["Gazprom"]);
    }

    [Theory]
    [InlineData("Citigroup beat Standard Chartered to buy the bank in Seoul.")]
    [InlineData("Boeing beat Airbus to win the contract.")]
    public void Beating_a_rival_to_get_something_is_no_assault(string sentence)
    {
        Coded.Run(sentence, In2024).Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Theory]
    [InlineData("Police beat protesters to disperse the crowd in Cairo.")]
    [InlineData("Gunmen beat the driver to take his car.")]
    public void Beating_someone_to_do_something_is_still_an_assault(string sentence)
    {
        Coded.Run(sentence, In2024).Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Theory]
    [InlineData("Alain Juppe denied the charges.")]
    [InlineData("Alain Juppe denied the fraud charges.")]
    public void Charges_denied_are_rejected_by_the_accused(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldBe(["Alain Juppe"]);
    }

    [Fact]
    public void Allegations_denied_stay_a_statement()
    {
        Coded.Run("Alain Juppe denied the allegations.", In2024).Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }
}
