namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds missed in a reading of unseen business news with a political side (session 20): formal charges (`prosecutors
/// charged four bankers with fraud`), the prosecutors, bankers and directors who bring and face them, and a firm called
/// `the company` after it was named.
/// </summary>
public sealed class ChargesAndFirmsTests
{
    private static readonly DateOnly In2005 = new(2005, 2, 10);

    [Theory]
    [InlineData("Prosecutors in Milan have charged four bankers with fraud.", "Prosecutors", "bankers")]
    [InlineData("Police charged the opposition leader with sedition on Friday.", "Police", "opposition leader")]
    public void Charging_someone_with_a_crime_is_an_accusation(string sentence, string accuser, string accused)
    {
        var run = Coded.Run(sentence, In2005);
        var charge = run.Single(PloverType.Accuse);
        charge.Texts(ActorRole.Source, run.Text).ShouldBe([accuser]);
        charge.Texts(ActorRole.Target, run.Text).ShouldBe([accused]);
    }

    [Theory]
    [InlineData("A commission charged with investigating the shooting met on Monday.")]
    [InlineData("The airline charges passengers extra for bags.")]
    public void Charged_with_a_duty_or_a_price_is_no_accusation(string sentence)
    {
        Coded.Run(sentence, In2005).Events.ShouldNotContain(e => e.Type == PloverType.Accuse && e.Trigger.Of(sentence).StartsWith("charge"));
    }

    [Fact]
    public void The_company_is_the_business_named_before_it()
    {
        var run = Coded.Run(
            "Norwegian oil company Statoil sued the Venezuelan state in March. The company also accused the energy minister of fraud.", In2005);
        var accusation = run.Events.Single(e => e.Type == PloverType.Accuse && e.Trigger.Of(run.Text) == "accused");
        var source = accusation.Actors.Single(a => a.Role == ActorRole.Source);
        source.Canonical.ShouldBe("Statoil");
        source.Country.ShouldBe("NO");
    }

    [Fact]
    public void The_company_is_not_the_state_body_named_before_it()
    {
        var run = Coded.Run("The European Commission fined Microsoft on Wednesday. The company rejected the ruling.", In2005);
        run.Single(PloverType.Reject).Actors.Single(a => a.Role == ActorRole.Source).Canonical.ShouldBe("Microsoft");
    }

    [Fact]
    public void With_no_business_named_before_the_company_stays_a_common_noun()
    {
        var run = Coded.Run("The European Commission met on Monday. The company rejected the ruling.", In2005);
        run.Events.Where(e => e.Type == PloverType.Reject).SelectMany(e => e.Actors)
            .ShouldNotContain(a => a.Canonical == "European Commission");
    }

    [Fact]
    public void Talks_described_in_quotation_marks_are_still_held_by_the_subject()
    {
        var run = Coded.Run("Total bosses have held \"frank and friendly\" talks with Shell, its chief has said.", In2005);
        var talks = run.Single(PloverType.Consult);
        talks.Texts(ActorRole.Source, run.Text).ShouldBe(["Total bosses"]);
        talks.Texts(ActorRole.Target, run.Text).ShouldBe(["Shell"]);
    }

    [Fact]
    public void Those_still_in_talks_hold_them()
    {
        var run = Coded.Run("Repsol is still in talks with UniCredit over the sale.", In2005);
        run.Single(PloverType.Consult).Texts(ActorRole.Source, run.Text).ShouldBe(["Repsol"]);
    }

    [Theory]
    [InlineData("A Brazilian government claim accusing three former ministers of fraud was filed in March.", "A Brazilian government")]
    [InlineData("The union's lawsuit accusing the ministry of discrimination was filed in March.", "The union")]
    public void An_accusing_claim_is_its_authors_accusation(string sentence, string author)
    {
        var run = Coded.Run(sentence, In2005);
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).ShouldBe([author]);
    }

    [Fact]
    public void A_resolution_sanctioning_action_is_no_sanction_by_its_author()
    {
        var run = Coded.Run("The war could be illegal without a second UN resolution sanctioning military action.", In2005);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Sanction && e.Actors.Any(a => a.Role == ActorRole.Source));
    }

    [Fact]
    public void A_court_throwing_out_an_appeal_rejects_it()
    {
        var run = Coded.Run("The Supreme Court threw out the opposition's appeal on Monday.", In2005);
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldBe(["The Supreme Court"]);
    }

    [Fact]
    public void Speaking_out_against_someone_is_disapproval()
    {
        var run = Coded.Run("Senators have spoken out against the president's decision.", In2005);
        var criticism = run.Single(PloverType.Accuse);
        criticism.Texts(ActorRole.Source, run.Text).ShouldBe(["Senators"]);
        criticism.Texts(ActorRole.Target, run.Text).ShouldBe(["president"]);
    }

    [Fact]
    public void Speaking_out_about_oneself_is_no_event()
    {
        Coded.Run("She has spoken out about her illness.", In2005).Events.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("A judge in Texas granted the firm an injunction that barred Gazprom from taking part.", "judge")]
    [InlineData("The court issued an order that barred the opposition leader from leaving the country.", "court")]
    [InlineData("The government passed a decree banning the opposition party.", "government")]
    public void What_an_order_does_its_issuer_does(string sentence, string issuer)
    {
        var run = Coded.Run(sentence, In2005);
        run.Single(PloverType.Coerce).Actors.Single(a => a.Role == ActorRole.Source).Span.Of(run.Text).ShouldEndWith(issuer);
    }

    [Fact]
    public void One_who_would_overturn_a_ruling_did_not_issue_it()
    {
        var run = Coded.Run("The ministry will try to overturn a court ruling that threw out its appeal.", In2005);
        run.Events.Where(e => e.Type == PloverType.Reject).SelectMany(e => e.Actors)
            .ShouldNotContain(a => a.Role == ActorRole.Source && a.Span.Of(run.Text).Contains("ministry"));
    }

    [Fact]
    public void The_company_is_the_business_in_a_subject_before_a_nearer_one()
    {
        var run = Coded.Run(
            "However, Statoil still has a complaint against Total, which it says led a bid by Eni. The company has also accused Repsol of fraud.",
            In2005);
        var accusation = run.Events.Single(e => e.Type == PloverType.Accuse && e.Trigger.Of(run.Text) == "accused");
        accusation.Actors.Single(a => a.Role == ActorRole.Source).Canonical.ShouldBe("Statoil");
    }

    [Theory]
    [InlineData("Serbian police used tear gas to disperse students in Novi Sad.", "students")]
    [InlineData("Riot police fired water cannon to break up the crowd outside parliament.", "crowd")]
    public void Those_a_weapon_is_used_to_drive_off_are_its_targets(string sentence, string target)
    {
        var run = Coded.Run(sentence, new DateOnly(2025, 3, 10));
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).ShouldBe([target]);
    }

    [Theory]
    [InlineData("Thousands protested in Tbilisi on Sunday.", "Thousands")]
    [InlineData("Hundreds demonstrated outside the embassy.", "Hundreds")]
    public void A_crowd_named_by_its_number_protests(string sentence, string crowd)
    {
        var run = Coded.Run(sentence, new DateOnly(2025, 3, 10));
        run.Single(PloverType.Protest).Texts(ActorRole.Source, run.Text).ShouldBe([crowd]);
    }

    [Fact]
    public void A_number_of_things_is_no_crowd()
    {
        var run = Coded.Run("Thousands of homes were destroyed by the shelling.", new DateOnly(2025, 3, 10));
        run.Events.SelectMany(e => e.Actors).ShouldNotContain(a => a.Span.Of(run.Text).StartsWith("Thousands"));
    }

    [Theory]
    [InlineData("Niger's military rulers ordered the French ambassador to leave.", "French ambassador")]
    [InlineData("Mali's junta ordered the UN peacekeepers to leave the country.", "UN peacekeepers")]
    public void Ordering_envoys_or_foreign_forces_out_expels_them(string sentence, string expelled)
    {
        var run = Coded.Run(sentence, new DateOnly(2025, 3, 10));
        var expulsion = run.Single(PloverType.Sanction);
        expulsion.Mode.ShouldBe("expel");
        expulsion.Texts(ActorRole.Target, run.Text).Single().ShouldEndWith(expelled);
    }

    [Theory]
    [InlineData("Moscow ordered its ambassador to leave Kyiv.")]
    [InlineData("The army ordered residents to leave their homes.")]
    public void Ordering_ones_own_envoy_or_residents_to_leave_expels_no_one(string sentence)
    {
        Coded.Run(sentence, new DateOnly(2025, 3, 10)).Events.ShouldNotContain(e => e.Mode == "expel");
    }

    [Fact]
    public void Ordering_foreign_troops_to_leave_expels_them_and_ones_own_withdraws_them()
    {
        var expelled = Coded.Run("Niger's junta ordered French troops to leave within a month.", new DateOnly(2025, 3, 10));
        expelled.Single(PloverType.Sanction).Mode.ShouldBe("expel");
        expelled.Events.ShouldNotContain(e => e.Type == PloverType.Mobilize);

        var withdrawn = Coded.Run("Putin ordered troops to withdraw from the border.", new DateOnly(2025, 3, 10));
        withdrawn.Single(PloverType.Retreat).Texts(ActorRole.Source, withdrawn.Text).ShouldContain("Putin");
    }

    [Fact]
    public void A_parliament_impeaching_a_president_accuses_him()
    {
        var run = Coded.Run("South Korea's parliament impeached President Yoon Suk Yeol.", new DateOnly(2025, 3, 10));
        var impeachment = run.Single(PloverType.Accuse);
        impeachment.Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("parliament");
        impeachment.Actors.Single(a => a.Role == ActorRole.Target).Country.ShouldBe("KR");
    }

    [Fact]
    public void Ratifying_a_states_membership_supports_it()
    {
        var run = Coded.Run("Turkey's parliament ratified Sweden's NATO membership.", new DateOnly(2025, 3, 10));
        run.Single(PloverType.Support).Actors.Single(a => a.Role == ActorRole.Target).Country.ShouldBe("SE");
    }

    [Fact]
    public void What_must_be_done_is_not_yet_done()
    {
        var run = Coded.Run("The committee's decision must be ratified by the defence secretary Geoff Hoon.", In2005);
        run.Events.ShouldNotContain(e => e.Modality == Modality.Asserted);
    }

    [Fact]
    public void Pupils_abducted_are_the_targets_not_their_town()
    {
        var run = Coded.Run("Gunmen abducted 287 pupils from a school in Kuriga, Kaduna state, last week.", new DateOnly(2025, 3, 10));
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).ShouldBe(["pupils"]);
    }

    [Fact]
    public void Legal_action_launched_against_a_firm_accuses_it()
    {
        var run = Coded.Run("Vodafone launched legal action against Easymobile on Monday.", In2005);
        var action = run.Single(PloverType.Accuse);
        action.Texts(ActorRole.Source, run.Text).ShouldBe(["Vodafone"]);
        action.Texts(ActorRole.Target, run.Text).ShouldBe(["Easymobile"]);
    }

    [Fact]
    public void Court_proceedings_against_no_one_are_no_accusation()
    {
        Coded.Run("The court proceedings lasted three days.", In2005).Events.ShouldBeEmpty();
    }

    [Fact]
    public void A_currencys_country_is_no_party_and_an_offers_maker_is_the_one_rejected()
    {
        var run = Coded.Run(
            "Australian winemaker Southcorp has rejected a takeover offer worth 3.1bn Australian dollars from brewing giant Foster's Group.",
            In2005);
        var rejection = run.Single(PloverType.Reject);
        rejection.Texts(ActorRole.Target, run.Text).Single().ShouldStartWith("Foster");
    }
}
