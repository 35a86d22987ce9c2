namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen business news with political content (session 23): investors and politicians
/// as no actors, insults and displeasure as no criticism, `his policies` with no owner, a second `by` agent that opens a
/// clause of its own, a crowd's purpose given to the city it marched in, `thousands of whom` with no antecedent.
/// </summary>
public sealed class BusinessNewsSession23Tests
{
    private static readonly DateOnly In2024 = new(2024, 5, 1);

    [Fact]
    public void Investors_praise_and_criticise()
    {
        var run = Coded.Run("Foreign investors praised the Chilean president on Monday.", In2024);
        run.Single(PloverType.Support).Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("investors");
    }

    [Fact]
    public void Opposition_politicians_call_on_a_government()
    {
        var run = Coded.Run("Opposition politicians in Dublin called on the Irish government to sell the airline.", In2024);
        run.Single(PloverType.Request).Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("politicians");
    }

    [Theory]
    [InlineData("Union leaders shouted insults at the Italian labour minister after the meeting.")]
    [InlineData("The Italian unions have expressed their displeasure at the labour minister.")]
    public void Insults_and_displeasure_are_criticism(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        var blame = run.Single(PloverType.Accuse);
        blame.Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("minister");
        blame.Texts(ActorRole.Source, run.Text).ShouldNotBeEmpty();
    }

    [Fact]
    public void Praise_of_his_handling_falls_on_the_man_named_before()
    {
        var run = Coded.Run("President Gabriel Boric met union leaders in Santiago. Investors have praised his handling of the economy.", In2024);
        var praise = run.Single(PloverType.Support);
        praise.Texts(ActorRole.Source, run.Text).Single().ShouldBe("Investors");
        praise.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical == "Gabriel Boric");
    }

    [Fact]
    public void Criticism_of_ones_own_ministers_still_has_them_as_targets()
    {
        var run = Coded.Run("President Gabriel Boric criticised his ministers on Monday.", In2024);
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("ministers");
    }

    [Fact]
    public void A_predecessor_is_another_party()
    {
        var run = Coded.Run("The new Chilean government has accused its predecessor of corruption.", In2024);
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("predecessor");
    }

    [Fact]
    public void A_second_by_agent_that_opens_a_clause_is_no_agent()
    {
        var run = Coded.Run(
            "The missing permits are being investigated by the Chilean authorities and the World Bank has called for a report.", In2024);
        var inquiry = run.Events.Single(e => e.Type == PloverType.Accuse && e.Mode == "investigate");
        inquiry.Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("authorities");
    }

    [Fact]
    public void A_court_order_is_the_court_s_act()
    {
        var run = Coded.Run("The Chilean firm was banned from taking part in the sale by a Santiago court order.", In2024);
        run.Single(PloverType.Coerce).Texts(ActorRole.Source, run.Text).Single().ShouldContain("court");
    }

    [Fact]
    public void A_judge_dismissing_an_attempt_by_a_firm_rejects_the_firm()
    {
        var run = Coded.Run("A judge in Santiago has dismissed an attempt by the mining firm Codelco to halt the sale.", In2024);
        run.Single(PloverType.Reject).Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("Codelco");
    }

    [Fact]
    public void A_purpose_after_the_streets_of_a_city_is_the_crowd_s()
    {
        var run = Coded.Run(
            "Thousands of copper miners took to the streets of Santiago on Thursday to protest against government policies.", In2024);
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("Santiago")));
        var protest = run.Single(PloverType.Protest);
        protest.Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("miners");
        protest.Texts(ActorRole.Target, run.Text).ShouldContain("government");
    }

    [Fact]
    public void Thousands_of_whom_are_of_those_named_before()
    {
        var run = Coded.Run(
            "Copper miners, thousands of whom marched through Santiago on Thursday, oppose the new tax.", In2024);
        run.Single(PloverType.Protest).Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("miners");
    }

    [Fact]
    public void An_attack_on_a_rival_s_record_is_criticism()
    {
        var run = Coded.Run("Senator Maria Lopez attacked President Gabriel Boric's economic record during the campaign.", In2024);
        var blame = run.Single(PloverType.Accuse);
        blame.Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("Maria Lopez");
        blame.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical == "Gabriel Boric");
    }

    [Fact]
    public void Support_one_has_is_no_support_one_gives()
    {
        var run = Coded.Run("The former Chilean president Sebastian Pinera still has huge support in the north.", In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }
}
