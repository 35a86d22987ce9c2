namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds of wrong or missed event found by reading a second set of unseen 1980s wire stories (session 18): a leader
/// named by surname after a titled first mention, a minister of a state gone since, parties meeting each other, blows
/// that fall on a clause's subject, ships sunk, offers declined, sites of a state struck, and trade retaliation.
/// </summary>
public sealed class ArchiveNewsTests2
{
    private static readonly DateOnly In1987 = new(1987, 4, 17);

    [Fact]
    public void A_bare_surname_takes_the_dictionary_country_of_its_titled_first_mention()
    {
        // The dictionary lists `PRESIDENT REAGAN`, not `REAGAN`: the lead's titled mention says who the later one is.
        var run = Coded.Run(
            "President Reagan is to announce a decision on tariffs today. Reagan said he would impose the tariffs on Japanese goods.",
            In1987);
        var source = run.Events.Single(e => e.Trigger.Of(run.Text).Contains("impose", StringComparison.Ordinal))
            .Actors.Single(a => a.Role == ActorRole.Source);
        source.Span.Of(run.Text).ShouldBe("Reagan");
        source.Country.ShouldBe("US");
    }

    [Fact]
    public void A_minister_introduced_by_a_former_states_adjective_is_of_that_state()
    {
        var run = Coded.Run(
            "Soviet Foreign Minister Eduard Shevardnadze arrived in Washington on Monday. Shevardnadze accused the United States of spying.",
            In1987);
        var source = run.Single(PloverType.Accuse).Actors.Single(a => a.Role == ActorRole.Source);
        source.Country.ShouldBe("SU");
    }

    [Fact]
    public void Parties_named_together_meet_each_other_not_the_town()
    {
        var run = Coded.Run("The French foreign minister and his German counterpart met today in Rome.", In1987);
        var meeting = run.Single(PloverType.Consult);
        meeting.Texts(ActorRole.Source, run.Text).ShouldBe(["The French foreign minister"]);
        meeting.Texts(ActorRole.Target, run.Text).ShouldBe(["his German counterpart"]);
    }

    [Fact]
    public void One_party_meeting_in_a_capital_still_visits_its_state()
    {
        var run = Coded.Run("The French foreign minister met officials in Berlin on Monday.", In1987);
        run.Single(PloverType.Consult).Texts(ActorRole.Target, run.Text).ShouldContain("officials");
    }

    [Theory]
    [InlineData("The convoy of soldiers came under attack from rebel fighters near the border.", "soldiers")]
    [InlineData("Government troops were under heavy attack from the rebels on Tuesday.", "Government troops")]
    [InlineData("Aid workers have increasingly been the target of attacks by militias.", "Aid workers")]
    public void Blows_fall_on_the_subject_of_under_attack_and_the_target_of(string sentence, string target)
    {
        var run = Coded.Run(sentence, In1987);
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains(target, StringComparison.Ordinal));
    }

    [Fact]
    public void Fire_from_someone_names_who_fired()
    {
        var run = Coded.Run("Government troops came under attack from the rebels on Tuesday.", In1987);
        run.Single(PloverType.Assault).Texts(ActorRole.Source, run.Text).ShouldContain(t => t.EndsWith("rebels", StringComparison.Ordinal));
    }

    [Fact]
    public void Warships_that_sink_boats_attack_and_a_sinking_ferry_is_no_attack()
    {
        var run = Coded.Run("Egyptian warships sank three Libyan patrol boats.", In1987);
        var attack = run.Single(PloverType.Assault);
        attack.Texts(ActorRole.Source, run.Text).ShouldContain("Egyptian warships");
        attack.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "LY");

        Coded.Run("The overloaded ferry sank in a storm off the coast.", In1987).Events.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Kuwait declined an offer of American naval escorts.")]
    [InlineData("Kuwait turned down an offer of American naval escorts.")]
    public void An_offer_declined_is_a_rejection_of_who_offered(string sentence)
    {
        var run = Coded.Run(sentence, In1987);
        var rejection = run.Single(PloverType.Reject);
        rejection.Texts(ActorRole.Source, run.Text).ShouldContain("Kuwait");
        rejection.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "US");
    }

    [Fact]
    public void Prices_that_decline_are_no_rejection()
    {
        Coded.Run("Oil prices declined after the offer of new supplies.", In1987).Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void A_site_of_a_state_struck_is_that_state_struck()
    {
        var run = Coded.Run("Syrian planes destroyed a radar station at Jordan's northern border post on Tuesday.", In1987);
        var attack = run.Single(PloverType.Assault);
        attack.Texts(ActorRole.Source, run.Text).ShouldContain("Syrian planes");
        attack.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "JO");
    }

    [Theory]
    [InlineData("Brazil said it would retaliate against the new tariffs on its shoes.")]
    [InlineData("The European Community threatened retaliation against American farm exports.")]
    public void Retaliation_in_trade_is_a_sanction_not_an_attack(string sentence)
    {
        Coded.Run(sentence, In1987).Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Retaliation_by_arms_stays_an_attack()
    {
        var run = Coded.Run("The army retaliated by shelling rebel positions near the town.", In1987);
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_states_own_troops_are_of_that_state_not_of_the_one_named_before()
    {
        var run = Coded.Run("Syria said its jets had bombed a bridge. Jordan said its troops had killed more than 40 Syrians.", In1987);
        var killing = run.Events.Single(e => e.Trigger.Of(run.Text) == "killed");
        killing.Actors.Single(a => a.Role == ActorRole.Source).Country.ShouldBe("JO");
    }

    [Fact]
    public void An_object_pronoun_stands_for_the_person_named_before()
    {
        var run = Coded.Run("Mrs Thatcher spoke to parliament on Tuesday. Senior members of the Conservative Party urged her to call an early election.", In1987);
        var request = run.Single(PloverType.Request);
        var target = request.Actors.Single(a => a.Role == ActorRole.Target);
        target.Canonical.ShouldContain("Thatcher");
    }

    [Fact]
    public void An_object_pronoun_is_never_the_subject_of_its_own_verb()
    {
        var run = Coded.Run("Mr Howard spoke in Dover on Monday. Mr Clarke accused him of scoring cheap political points.", In1987);
        var target = run.Single(PloverType.Accuse).Actors.Single(a => a.Role == ActorRole.Target);
        target.Canonical.ShouldContain("Howard");
    }

    [Theory]
    [InlineData("The Australian minister gave the Indonesian government a clear warning of sanctions against its exporters.", "Indonesian government")]
    [InlineData("Canada warned Brazil of sanctions against its aircraft makers.", "Brazil")]
    public void A_sanction_warned_of_is_a_threat_to_the_one_warned(string sentence, string warned)
    {
        var run = Coded.Run(sentence, In1987);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Sanction);
        run.Single(PloverType.Threaten).Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains(warned, StringComparison.Ordinal));
    }

    [Fact]
    public void A_threat_fled_is_no_threat_made()
    {
        Coded.Run("Thousands of villagers fled the threat of air strikes.", In1987).Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
    }
}
