namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds of wrong or missed event found by reading unseen business news with a political side (session 19): claims
/// rejected, bail denied, attacks on a firm's money, firms in talks, supplies cut off, applications blocked, parties
/// accusing each other and agreeing together.
/// </summary>
public sealed class BusinessNewsTests
{
    private static readonly DateOnly In2005 = new(2005, 2, 10);

    [Theory]
    [InlineData("The former chief executive rejected allegations that he had pressured the auditors.")]
    [InlineData("The ministry's spokesman firmly rejected the claims on Tuesday.")]
    [InlineData("The minister refuted the charges in a long statement.")]
    public void Rejecting_claims_about_oneself_is_a_statement_not_a_rejection(string sentence)
    {
        Coded.Run(sentence, In2005).Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void Rejecting_a_proposal_is_still_a_rejection()
    {
        var run = Coded.Run("Ukraine rejected the Russian proposal on Tuesday.", In2005);
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldBe(["Ukraine"]);
    }

    [Fact]
    public void A_prisoner_charged_and_denied_bail_is_no_one_refusing()
    {
        var run = Coded.Run(
            "The tycoon Anatoly Petrov is in jail in Moscow, having been charged with fraud and repeatedly denied bail.", In2005);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject && e.Actors.Any(a => a.Role == ActorRole.Source));
    }

    [Theory]
    [InlineData("The assault on the oil company's finances has been blamed for the slowdown.")]
    [InlineData("Campaigners condemned what they called an attack on civil liberties.")]
    public void An_attack_on_money_or_rights_is_a_figure_of_speech(string sentence)
    {
        Coded.Run(sentence, In2005).Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void An_attack_on_a_base_is_still_an_assault()
    {
        var run = Coded.Run("Rebels launched an attack on an army base near Goma.", In2005);
        run.Single(PloverType.Assault).Texts(ActorRole.Source, run.Text).ShouldBe(["Rebels"]);
    }

    [Fact]
    public void Those_who_are_in_talks_hold_them()
    {
        var run = Coded.Run("Kenya is in talks with Ethiopia about a new border crossing.", In2005);
        var talks = run.Single(PloverType.Consult);
        talks.Texts(ActorRole.Source, run.Text).ShouldBe(["Kenya"]);
        talks.Texts(ActorRole.Target, run.Text).ShouldBe(["Ethiopia"]);
    }

    [Theory]
    [InlineData("Russia cut off gas supplies to Belarus on Friday after a price dispute.")]
    [InlineData("Russia has shut off oil deliveries to Belarus.")]
    public void Supplies_cut_off_to_a_state_are_a_sanction_on_it(string sentence)
    {
        var run = Coded.Run(sentence, In2005);
        var cut = run.Single(PloverType.Sanction);
        cut.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "RU");
        cut.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "BY");
    }

    [Fact]
    public void Power_cut_off_by_a_storm_is_no_sanction()
    {
        Coded.Run("A storm cut off the village from the rest of the valley.", In2005).Events.ShouldNotContain(e => e.Type == PloverType.Sanction);
    }

    [Fact]
    public void Blocking_a_states_application_rejects_that_state()
    {
        var run = Coded.Run("Greece blocked Macedonia's application to join the alliance.", In2005);
        var block = run.Single(PloverType.Reject);
        block.Texts(ActorRole.Source, run.Text).ShouldBe(["Greece"]);
        block.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "MK");
    }

    [Theory]
    [InlineData("France and Germany accused each other of spying on Tuesday.")]
    [InlineData("France and Germany have blamed one another for the collapse of the talks.")]
    public void Parties_accusing_each_other_give_one_accusation_each_way(string sentence)
    {
        var run = Coded.Run(sentence, In2005);
        var accusations = run.Events.Where(e => e.Type == PloverType.Accuse).ToList();
        accusations.Count.ShouldBe(2);
        accusations.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Country == "FR")
            && e.Actors.Any(a => a.Role == ActorRole.Target && a.Country == "DE"));
        accusations.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Country == "DE")
            && e.Actors.Any(a => a.Role == ActorRole.Target && a.Country == "FR"));
    }

    [Fact]
    public void Parties_named_together_agree_with_each_other()
    {
        var run = Coded.Run("The European Union and Japan have agreed to begin talks on a trade deal.", In2005);
        var deal = run.Single(PloverType.Agree);
        deal.Texts(ActorRole.Source, run.Text).ShouldBe(["The European Union"]);
        deal.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "JP");
    }

    [Fact]
    public void Promises_of_two_parties_are_no_agreement_between_them()
    {
        var run = Coded.Run("Voters were sceptical about Labour and Conservative promises on tax.", In2005);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree && e.Actors.Any(a => a.Role == ActorRole.Target));
    }

    [Fact]
    public void A_dispute_that_threatened_an_economy_is_no_threat()
    {
        var run = Coded.Run("The deal ended a price dispute that threatened the Ukrainian economy.", In2005);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
    }

    [Fact]
    public void One_body_holding_a_meeting_meets_no_one_else()
    {
        Coded.Run("The company is to hold an emergency meeting to debate the issue.", In2005).Events
            .ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Theory]
    [InlineData("European Union finance ministers will hold a meeting in Brussels on Thursday.")]
    [InlineData("The government is holding a meeting on Friday with the unions and the employers.")]
    public void Ministers_meeting_together_or_a_body_meeting_partners_still_consult(string sentence)
    {
        Coded.Run(sentence, In2005).Events.ShouldContain(e => e.Type == PloverType.Consult);
    }

    [Theory]
    [InlineData("Last year Canada terminated an agreement with Mexico on fishing rights.")]
    [InlineData("Canada pulled out of the agreement with Mexico in March.")]
    public void Ending_an_agreement_rejects_the_other_party(string sentence)
    {
        var run = Coded.Run(sentence, In2005);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        run.Events.ShouldContain(e => (e.Type == PloverType.Reject || e.Type == PloverType.Retreat)
            && e.Actors.Any(a => a.Role == ActorRole.Source && a.Country == "CA"));
    }

    [Fact]
    public void A_ceasefire_violated_is_no_agreement()
    {
        Coded.Run("Militiamen violated the ceasefire near Kidal on Monday.", In2005).Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Theory]
    [InlineData("The institute has withdrawn from Belarus.", "institute")]
    [InlineData("The majority owner of the mining group has sued the Zambian government.", "owner")]
    public void Institutes_and_owners_are_actors(string sentence, string source)
    {
        var run = Coded.Run(sentence, In2005);
        run.Events.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text).Contains(source, StringComparison.Ordinal)));
    }

    [Fact]
    public void Officials_dismissing_a_lawsuit_reject_it()
    {
        var run = Coded.Run("Kremlin officials dismissed the oil company's lawsuit as meaningless.", In2005);
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldContain(t => t.Contains("officials", StringComparison.Ordinal));
    }

    [Fact]
    public void Calling_a_party_illegitimate_accuses_it()
    {
        var run = Coded.Run("The opposition called the military government illegitimate.", In2005);
        var blame = run.Single(PloverType.Accuse);
        blame.Texts(ActorRole.Source, run.Text).ShouldContain(t => t.Contains("opposition", StringComparison.Ordinal));
        blame.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("government", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deed_called_illegal_gives_no_place_as_target()
    {
        var run = Coded.Run("The oil company called the auction illegal and turned to the courts in the United States.", In2005);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse && e.Actors.Any(a => a.Role == ActorRole.Target && a.Country == "US"));
    }

    [Theory]
    [InlineData("The Kremlin seized and sold the oil company's main production arm.", "company")]
    [InlineData("Riot police arrested and beat dozens of students.", "students")]
    public void Verbs_joined_by_and_share_the_object_after_the_second(string sentence, string target)
    {
        var run = Coded.Run(sentence, In2005);
        run.Events.First(e => e.Type == PloverType.Coerce).Texts(ActorRole.Target, run.Text)
            .ShouldContain(t => t.Contains(target, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Canada filed a complaint against Mexico with the World Trade Organisation.")]
    [InlineData("Canada's complaint against Mexico will be heard in Geneva.")]
    public void A_complaint_against_a_party_accuses_it(string sentence)
    {
        var run = Coded.Run(sentence, In2005);
        var complaint = run.Single(PloverType.Accuse);
        complaint.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "CA");
        complaint.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "MX");
    }

    [Fact]
    public void The_two_sides_are_the_parties_of_the_last_act_between_two()
    {
        var run = Coded.Run("Kenya and Ethiopia held talks in Nairobi on Monday. The two sides agreed to reopen the border.", In2005);
        var deal = run.Single(PloverType.Agree);
        deal.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "KE");
        deal.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "ET");
        deal.Texts(ActorRole.Source, run.Text).ShouldBe(["The two sides"]);
    }

    [Fact]
    public void Sides_with_no_pair_told_before_stay_unnamed()
    {
        var run = Coded.Run("The talks ended on Monday. Both sides accused the mediators of bias.", In2005);
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Country != null));
    }

    [Theory]
    [InlineData("Western countries condemned the coup in Niger.", "Western countries")]
    [InlineData("Several nations criticised the American approach.", "Several nations")]
    [InlineData("Arab states accused Israel of war crimes.", "Arab states")]
    public void States_named_together_by_a_kind_are_actors_of_no_one_state(string sentence, string source)
    {
        var run = Coded.Run(sentence, In2005);
        var blame = run.Single(PloverType.Accuse);
        blame.Texts(ActorRole.Source, run.Text).ShouldBe([source]);
        blame.Actors.Single(a => a.Role == ActorRole.Source).Country.ShouldBeNull();
    }

    [Fact]
    public void A_disease_that_decimates_countries_is_no_attack()
    {
        Coded.Run("HIV is decimating African countries, doctors said.", In2005).Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Actors_joined_before_a_phrase_set_off_by_commas_share_the_verb()
    {
        var run = Coded.Run("Kenya and Uganda, the two largest economies in the bloc, condemned Rwanda on Tuesday.", In2005);
        var blame = run.Single(PloverType.Accuse);
        blame.Actors.Where(a => a.Role == ActorRole.Source).Select(a => a.Country).ShouldBe(["UG", "KE"], ignoreOrder: true);
    }
}
