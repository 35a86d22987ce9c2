namespace Chronicle.Events.Tests;

/// <summary>
/// Firms named by a description and legal acts announced or pledged (session 22, issue #7): `the computer giant` is the
/// firm named before it, or an actor by its words when none was; a lawsuit a party says it will bring is the accusation an
/// analyst expects, told as one still to come; a pledge to appeal or to refuse is a refusal to come, not an agreement.
/// </summary>
public sealed class DescribedActorsSession22Tests
{
    [Fact]
    public void A_firm_that_will_sue_accuses_hypothetically()
    {
        var run = Coded.Run("Microsoft will sue the three men in Seattle.");
        var e = run.Single(PloverType.Accuse);
        e.Modality.ShouldBe(Modality.Hypothetical);
        e.Texts(ActorRole.Source, run.Text).ShouldBe(["Microsoft"]);
        e.Texts(ActorRole.Target, run.Text).ShouldHaveSingleItem().ShouldContain("men");
    }

    [Fact]
    public void A_firm_that_plans_to_sue_accuses_hypothetically()
    {
        var run = Coded.Run("Microsoft plans to sue Google over the patents.");
        var e = run.Single(PloverType.Accuse);
        e.Modality.ShouldBe(Modality.Hypothetical);
        e.Texts(ActorRole.Target, run.Text).ShouldBe(["Google"]);
    }

    [Fact]
    public void A_lawsuit_only_possible_on_a_condition_is_no_event()
    {
        Coded.Run("Oracle could sue Google if the talks in Geneva fail.").Events
            .ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void A_pledge_to_appeal_a_ruling_is_a_refusal_to_come()
    {
        var run = Coded.Run("Siemens pledged to appeal against the ruling of the court in Munich.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        var e = run.Single(PloverType.Reject);
        e.Modality.ShouldBe(Modality.Hypothetical);
        e.Texts(ActorRole.Source, run.Text).ShouldBe(["Siemens"]);
    }

    [Fact]
    public void A_promise_to_reject_a_treaty_is_a_refusal_and_a_promise_of_help_still_agrees()
    {
        var reject = Coded.Run("The Dutch government promised to reject the treaty.");
        reject.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        reject.Single(PloverType.Reject).Modality.ShouldBe(Modality.Hypothetical);
        var help = Coded.Run("The minister pledged to support Poland.");
        help.Single(PloverType.Agree).Texts(ActorRole.Target, help.Text).ShouldBe(["Poland"]);
    }

    [Fact]
    public void A_firm_described_by_its_trade_is_the_firm_named_before()
    {
        var run = Coded.Run("Microsoft said on Monday it had found the men. The computer giant has sued three men in Texas.");
        var e = run.Single(PloverType.Accuse);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical == "Microsoft");
    }

    [Fact]
    public void A_firm_described_by_its_trade_with_none_named_before_keeps_its_words()
    {
        var run = Coded.Run("The software maker accused the European Commission of bias.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).ShouldHaveSingleItem().ShouldContain("software maker");
    }

    [Fact]
    public void A_place_described_like_a_firm_is_no_actor()
    {
        var run = Coded.Run("Police arrested two men in the studio.");
        run.Single(PloverType.Coerce).Texts(ActorRole.Target, run.Text).ShouldHaveSingleItem().ShouldContain("men");
    }

    [Fact]
    public void One_who_takes_legal_action_accuses()
    {
        var run = Coded.Run("Microsoft took legal action against two students in Ohio.");
        var e = run.Single(PloverType.Accuse);
        e.Texts(ActorRole.Source, run.Text).ShouldBe(["Microsoft"]);
        e.Texts(ActorRole.Target, run.Text).ShouldHaveSingleItem().ShouldContain("students");
    }

    [Fact]
    public void Legal_action_a_firm_will_take_is_a_hypothetical_accusation()
    {
        var run = Coded.Run("Microsoft will take legal action against the three men.");
        var e = run.Single(PloverType.Accuse);
        e.Modality.ShouldBe(Modality.Hypothetical);
        e.Texts(ActorRole.Source, run.Text).ShouldBe(["Microsoft"]);
    }

    [Fact]
    public void Coordinated_acts_of_one_subject_each_take_their_own_object()
    {
        var run = Coded.Run("Police shut down websites and arrested dozens of bloggers in Tehran.");
        var censor = run.Events.Single(e => e.Mode == "censor");
        censor.Texts(ActorRole.Target, run.Text).ShouldNotContain(t => t.Contains("bloggers"));
        var arrest = run.Events.Single(e => e.Mode == "arrest");
        arrest.Texts(ActorRole.Source, run.Text).ShouldBe(["Police"]);
        arrest.Texts(ActorRole.Target, run.Text).ShouldHaveSingleItem().ShouldContain("bloggers");
    }
}
