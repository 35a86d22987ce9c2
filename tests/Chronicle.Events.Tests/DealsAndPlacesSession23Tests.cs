namespace Chronicle.Events.Tests;

/// <summary>
/// Deals and places, session 23 (issue #7): a place after `meet in` or `meet at` is where the parties meet, never a
/// party, and a meeting planned there is a meeting, not a promise; an act hoped for or expected is hypothetical; a state
/// goods go to, or one of several states listed, is not where a later sentence's act happens; talks an act follows are
/// held by the one who acts.
/// </summary>
public sealed class DealsAndPlacesSession23Tests
{
    private static readonly DateOnly Today = new(2024, 5, 1);

    [Fact]
    public void A_planned_meeting_at_a_venue_is_a_hypothetical_meeting_with_no_place_as_target()
    {
        var run = Coded.Run("The G20 countries will meet at Kananaskis in Canada next month.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        var meeting = run.Single(PloverType.Consult);
        meeting.Modality.ShouldBe(Modality.Hypothetical);
        meeting.Actors.ShouldNotContain(a => a.Role == ActorRole.Target);
    }

    [Fact]
    public void Ministers_who_met_in_a_capital_meet_there_and_not_its_state()
    {
        var run = Coded.Run("Nordic energy ministers met in Oslo on Monday.", Today);
        var meeting = run.Single(PloverType.Consult);
        meeting.Actors.ShouldNotContain(a => a.Role == ActorRole.Target);
        meeting.Place?.Country.ShouldBe("NO");
    }

    [Fact]
    public void A_leader_met_in_a_capital_keeps_the_one_met_as_target()
    {
        var run = Coded.Run("The Spanish prime minister will meet Emmanuel Macron in Paris.", Today);
        run.Single(PloverType.Consult).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "FR");
    }

    [Fact]
    public void One_who_arrived_in_a_capital_still_visits_its_state()
    {
        var run = Coded.Run("The Turkish president arrived in Baku on an unannounced visit on Wednesday.", Today);
        run.Events.ShouldContain(e => e.Type == PloverType.Consult && e.Actors.Any(a => a.Role == ActorRole.Target && a.Country == "AZ"));
    }

    [Fact]
    public void An_act_someone_is_hopeful_others_will_do_is_hypothetical()
    {
        var run = Coded.Run("The Ghanaian government is hopeful that the creditors will accept the offer.", Today);
        run.Single(PloverType.Agree).Modality.ShouldBe(Modality.Hypothetical);
    }

    [Fact]
    public void An_act_people_are_expected_to_do_is_hypothetical()
    {
        var run = Coded.Run("Farmers from Brittany are expected to protest outside the parliament in Paris on Friday.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest && e.Modality != Modality.Hypothetical);
    }

    [Fact]
    public void An_act_done_after_a_hope_is_still_asserted()
    {
        var run = Coded.Run("Zambia accepted the offer from its creditors on Monday.", Today);
        run.Single(PloverType.Agree).Modality.ShouldBe(Modality.Asserted);
    }

    [Fact]
    public void A_state_goods_are_sent_to_does_not_place_the_next_sentence()
    {
        var run = Coded.Run("Algeria threatened to cut gas exports to Spain. YPFB signed a deal with Petrobras on Monday.", Today);
        run.Single(PloverType.Agree).Place?.Country.ShouldNotBe("ES");
    }

    [Fact]
    public void The_last_of_states_listed_together_does_not_place_the_next_sentence()
    {
        var run = Coded.Run("The bloc groups Kenya, Uganda, Rwanda and Tanzania. YPFB signed a deal with Petrobras on Monday.", Today);
        run.Single(PloverType.Agree).Place?.Country.ShouldNotBe("TZ");
    }

    [Fact]
    public void A_visit_to_a_state_still_places_the_next_sentence_there()
    {
        var run = Coded.Run("The minister's visit to Chile began on Sunday. YPFB signed a deal with Petrobras on Monday.", Today);
        run.Single(PloverType.Agree).Place?.Country.ShouldBe("CL");
    }

    [Fact]
    public void Talks_a_report_follows_are_held_by_the_subject_of_the_clause()
    {
        var run = Coded.Run("A World Bank mission made the remarks in a report published following two weeks of talks with the Zambian government.", Today);
        var talks = run.Single(PloverType.Consult);
        talks.Actors.ShouldContain(a => a.Role == ActorRole.Source);
        talks.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "ZM");
    }

    [Fact]
    public void Talks_an_envoy_leaves_after_are_the_envoys()
    {
        var run = Coded.Run("The Spanish envoy left Rabat after talks with the Moroccan king.", Today);
        run.Events.ShouldContain(e => e.Type == PloverType.Consult && e.Actors.Any(a => a.Role == ActorRole.Source && a.Country == "ES"));
    }
}
