namespace Chronicle.Events.Tests;

/// <summary>
/// Event arguments and modality on business and legal news, session 21 (issue #7): a meeting planned is CONSULT and
/// hypothetical, an attempt at agreement is hypothetical, `the two companies` are the parties named together before,
/// a measure sought from a court is not imposed, a weapon named by who uses it is no attack, a topic discussed is no
/// target, and taking or holding people hostage abducts them.
/// </summary>
public sealed class BusinessLegalSession21Tests
{
    private static readonly DateOnly Today = new(2024, 5, 1);

    private static string? Country(CodedEvent e, ActorRole role) => e.Actors.FirstOrDefault(a => a.Role == role)?.Country;

    [Fact]
    public void A_meeting_planned_with_a_person_is_a_hypothetical_consultation()
    {
        var run = Coded.Run("Kenya's president will meet Uganda's president in Nairobi next week.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        var meeting = run.Single(PloverType.Consult);
        meeting.Modality.ShouldBe(Modality.Hypothetical);
        Country(meeting, ActorRole.Source).ShouldBe("KE");
        Country(meeting, ActorRole.Target).ShouldBe("UG");
    }

    [Fact]
    public void Talks_planned_are_hypothetical()
    {
        var run = Coded.Run("Kenya's president will hold talks with Uganda's president next week.", Today);
        run.Single(PloverType.Consult).Modality.ShouldBe(Modality.Hypothetical);
    }

    [Fact]
    public void A_meeting_offered_on_a_condition_stays_an_offer()
    {
        var run = Coded.Run("Rebel leaders in Chad said they would meet the French envoy if he guaranteed their safety.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void An_attempt_to_reach_agreement_is_hypothetical()
    {
        var run = Coded.Run("Kenya's president tried to reach agreement with Uganda on the border.", Today);
        var agreement = run.Single(PloverType.Agree);
        agreement.Modality.ShouldBe(Modality.Hypothetical);
        Country(agreement, ActorRole.Target).ShouldBe("UG");
    }

    [Fact]
    public void The_two_companies_are_the_parties_named_together_before()
    {
        var run = Coded.Run("Nairobi Airways and Kampala Air announced a joint venture in March. The two companies failed to agree on a price.", Today);
        var failed = run.Single(PloverType.Reject);
        failed.Actors.Where(a => a.Role == ActorRole.Source).Select(a => a.Canonical).ShouldBe(["Nairobi Airways", "Kampala Air"], ignoreOrder: true);
    }

    [Fact]
    public void The_two_companies_of_talks_between_them_are_their_parties()
    {
        var run = Coded.Run("Talks between Nestle and Danone collapsed on Monday. The two companies had failed to agree on a price.", Today);
        var failed = run.Single(PloverType.Reject);
        failed.Actors.Where(a => a.Role == ActorRole.Source).Select(a => a.Canonical).ShouldBe(["Nestle", "Danone"], ignoreOrder: true);
    }

    [Fact]
    public void A_measure_sought_from_a_court_is_hypothetical()
    {
        var run = Coded.Run("Kenya is seeking a court order to freeze Uganda's assets.", Today);
        run.Single(PloverType.Sanction).Modality.ShouldBe(Modality.Hypothetical);
    }

    [Fact]
    public void Sanctions_asked_of_a_court_are_the_askers_request()
    {
        var run = Coded.Run("Kenya filed a motion asking the court to impose sanctions on Uganda.", Today);
        Country(run.Single(PloverType.Request), ActorRole.Source).ShouldBe("KE");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Sanction && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void A_weapon_named_by_who_uses_it_is_no_attack()
    {
        var run = Coded.Run("The rockets used by the Kenyan air force were made in Russia.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_topic_discussed_is_no_target()
    {
        var run = Coded.Run("Kenya discussed the Ugandan proposal with Tanzania.", Today);
        var talks = run.Single(PloverType.Consult);
        Country(talks, ActorRole.Source).ShouldBe("KE");
        talks.Actors.Where(a => a.Role == ActorRole.Target).Select(a => a.Country).ShouldBe(["TZ"]);
    }

    [Fact]
    public void Discussing_with_no_one_is_no_event()
    {
        var run = Coded.Run("The Kenyan cabinet discussed the budget on Tuesday.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void The_topic_of_talks_before_their_other_side_is_no_target()
    {
        var run = Coded.Run("Kenya held talks on Uganda's tariffs with Tanzania.", Today);
        var talks = run.Single(PloverType.Consult);
        talks.Actors.Where(a => a.Role == ActorRole.Target).Select(a => a.Country).ShouldBe(["TZ"]);
    }

    [Fact]
    public void Holding_people_hostage_abducts_them()
    {
        var run = Coded.Run("Gunmen held 40 passengers hostage in Lagos.", Today);
        var held = run.Single(PloverType.Assault);
        held.Mode.ShouldBe("abduct");
        held.Texts(ActorRole.Target, run.Text).ShouldBe(["passengers"]);
    }

    [Fact]
    public void Taking_people_hostage_abducts_them()
    {
        var run = Coded.Run("Rebels took 12 aid workers hostage in northern Mali.", Today);
        run.Single(PloverType.Assault).Mode.ShouldBe("abduct");
    }

    [Fact]
    public void Talks_about_hostages_abduct_no_one()
    {
        var run = Coded.Run("Mali's foreign minister took questions on the hostages in Bamako.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void More_of_a_thing_counted_before_is_no_target()
    {
        var run = Coded.Run("The company cut 500 jobs in Kenya last year and threatened thousands more.", Today);
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Span.Of(run.Text).Contains("thousands")));
    }

    [Fact]
    public void More_people_counted_before_stay_targets()
    {
        var run = Coded.Run("Police arrested 20 protesters in Nairobi and detained thousands more.", Today);
        run.Events.ShouldContain(e => e.Type == PloverType.Coerce && e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text) == "thousands"));
    }

    [Fact]
    public void The_two_companies_of_an_offer_are_the_bidder_and_its_target()
    {
        var run = Coded.Run("Barclays made an offer for Standard Bank in May. The two companies failed to agree on a price.", Today);
        var failed = run.Single(PloverType.Reject);
        failed.Actors.Where(a => a.Role == ActorRole.Source).Select(a => a.Canonical).ShouldBe(["Barclays", "Standard Bank"], ignoreOrder: true);
    }
}
