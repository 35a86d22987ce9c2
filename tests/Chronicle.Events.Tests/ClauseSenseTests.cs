namespace Chronicle.Events.Tests;

public sealed class ClauseSenseTests
{
    [Fact]
    public void An_act_one_has_the_power_to_do_is_not_done()
    {
        var run = Coded.Run("The standards board has the power to suspend or bar Mr Smith from public office.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void Right_as_an_adjective_keeps_the_act()
    {
        var run = Coded.Run("Mr Jones said the Greens were right to reject the Tories' plan for a new airport.");
        run.Events.ShouldContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void Accepting_a_balance_is_no_agreement()
    {
        var run = Coded.Run("Mr Jones said he accepted the difficult balance between security and freedom.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Good_government_is_no_actor()
    {
        var run = Coded.Run("The Greens claim rising greed is obstructing good government in the capital.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Span.Of(run.Text) == "government"));
    }

    [Fact]
    public void A_quoted_name_before_a_noun_is_no_target()
    {
        var run = Coded.Run("Mr Smith refused to apologise for his \"Nazi\" remark to a reporter on Tuesday.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Span.Of(run.Text).Contains("Nazi", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_subject_set_off_by_commas_is_not_the_speaker()
    {
        var run = Coded.Run("A party spokesman said Mr Tyndale, from Brighton, was arrested after a speech in Leeds.");
        var e = run.Single(PloverType.Coerce);
        e.Texts(ActorRole.Target, run.Text).ShouldContain("Mr Tyndale");
        e.Texts(ActorRole.Target, run.Text).ShouldNotContain("A party spokesman");
    }

    [Fact]
    public void Coordinated_subjects_each_with_a_place_are_both_targets()
    {
        var run = Coded.Run("Six men from Bradford and another man from Derby have been arrested and freed on bail.");
        var e = run.Single(PloverType.Coerce);
        e.Texts(ActorRole.Target, run.Text).ShouldContain("another man");
        e.Texts(ActorRole.Target, run.Text).ShouldContain("Six men");
    }

    [Fact]
    public void An_offer_to_buy_is_trade_not_agreement()
    {
        var run = Coded.Run("The company is also offering to buy the remaining shares of the bank for cash.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_visit_to_a_tomb_meets_nobody()
    {
        var run = Coded.Run("The French president visited the tomb of Charles de Gaulle on Sunday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void An_actor_dealings_with_others_told_apart_stay_apart()
    {
        var run = Coded.Run("Mr Green said he had agreed with the Italian finance minister Paolo Rossi to share research. "
            + "The plan will cost millions. Critics called it vague. "
            + "Mr Green will also visit a farmers' cooperative in Ghana next week.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Span.Of(run.Text).Contains("Rossi", StringComparison.Ordinal))
            && e.Actors.Any(a => a.Span.Of(run.Text).Contains("cooperative", StringComparison.Ordinal)));
    }
}
