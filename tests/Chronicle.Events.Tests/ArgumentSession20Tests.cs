namespace Chronicle.Events.Tests;

/// <summary>
/// Event arguments, session 20 (issue #7): names joined by `and` before a present verb, a verb coordinated after a charge,
/// a passive's joined agents, a phrasal trigger around its object, a law's topic as no actor, an act named again as
/// `the move`, `its cities` in a reported attack, a surname the names stage does not mark opening a sentence, and a
/// foreign capital as its state.
/// </summary>
public sealed class ArgumentSession20Tests
{
    private static readonly DateOnly Today = new(2024, 5, 1);

    private static string? Country(CodedEvent e, ActorRole role) => e.Actors.FirstOrDefault(a => a.Role == role)?.Country;

    private static IEnumerable<string?> Countries(CodedEvent e, ActorRole role) => e.Actors.Where(a => a.Role == role).Select(a => a.Country);

    [Fact]
    public void Names_joined_before_a_present_verb_accuse_each_other()
    {
        var run = Coded.Run("Armenia and Azerbaijan accuse each other of violating the truce.", Today);
        var accusations = run.Events.Where(e => e.Type == PloverType.Accuse).ToList();
        accusations.Select(e => Country(e, ActorRole.Source)).ShouldBe(["AM", "AZ"], ignoreOrder: true);
        accusations.Select(e => Country(e, ActorRole.Target)).ShouldBe(["AZ", "AM"], ignoreOrder: true);
    }

    [Fact]
    public void Names_joined_before_a_present_verb_and_an_object_support_it()
    {
        var run = Coded.Run("Serbia and Hungary support the new pipeline plan.", Today);
        Countries(run.Single(PloverType.Support), ActorRole.Source).ShouldBe(["RS", "HU"], ignoreOrder: true);
    }

    [Fact]
    public void A_verb_coordinated_after_a_charge_is_the_accusers_act()
    {
        var run = Coded.Run("Maduro accused Washington of plotting a coup and ordered the deployment of troops to the border.", Today);
        var mobilised = run.Single(PloverType.Mobilize);
        Country(mobilised, ActorRole.Source).ShouldBe("VE");
        mobilised.Place?.Country.ShouldNotBe("US");
    }

    [Fact]
    public void A_threat_coordinated_after_a_charge_is_the_accusers_threat()
    {
        var run = Coded.Run("Bolivia accused Chile of spying on its army and threatened to expel its diplomats.", Today);
        Country(run.Single(PloverType.Threaten), ActorRole.Source).ShouldBe("BO");
    }

    [Fact]
    public void Mediators_joined_after_by_are_both_sources()
    {
        var run = Coded.Run("A ceasefire between Israel and Hamas was brokered by Qatar and Egypt.", Today);
        var mediated = run.Events.Single(e => e.Type == PloverType.Consult && e.Mode == "mediate");
        Countries(mediated, ActorRole.Source).ShouldBe(["QA", "EG"], ignoreOrder: true);
        Countries(mediated, ActorRole.Target).ShouldBe(["IL", "PS"], ignoreOrder: true);
    }

    [Fact]
    public void Mediators_named_together_as_subject_are_both_sources()
    {
        var run = Coded.Run("Turkey and Qatar brokered a prisoner exchange between Russia and Ukraine on Friday.", Today);
        var mediated = run.Events.Single(e => e.Type == PloverType.Consult && e.Mode == "mediate");
        Countries(mediated, ActorRole.Source).ShouldBe(["TR", "QA"], ignoreOrder: true);
    }

    [Fact]
    public void Mediators_joined_as_subject_are_not_where_the_talks_were()
    {
        var run = Coded.Run("Qatar and Egypt mediated talks between Israel and Hamas.", Today);
        run.Events.ShouldAllBe(e => e.Place == null || e.Place.Country != "QA");
    }

    [Fact]
    public void A_second_passive_agent_that_owns_a_thing_is_no_source()
    {
        var run = Coded.Run("The village was attacked by soldiers and Mali's militia commanders on Monday.", Today);
        run.Single(PloverType.Assault).Actors.Count(a => a.Role == ActorRole.Source).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void Troops_put_on_high_alert_are_mobilised_by_the_clause_subject()
    {
        var run = Coded.Run("North Korea put its troops on high alert on Tuesday.", Today);
        Country(run.Single(PloverType.Mobilize), ActorRole.Source).ShouldBe("KP");
        var placed = Coded.Run("Venezuela placed its army on high alert after the border clash.", Today);
        Country(placed.Single(PloverType.Mobilize), ActorRole.Source).ShouldBe("VE");
    }

    [Fact]
    public void The_people_a_bill_is_about_are_no_actor()
    {
        var run = Coded.Run("Russia protested against the foreign agents bill passed by Georgia.", Today);
        run.Events.SelectMany(e => e.Actors).ShouldNotContain(a => a.Span.Of(run.Text) == "foreign agents");
    }

    [Fact]
    public void A_government_bill_is_still_the_governments()
    {
        var run = Coded.Run("Thousands of students protested against the government bill in Tbilisi.", Today);
        run.Events.SelectMany(e => e.Actors).ShouldContain(a => a.Span.Of(run.Text) == "government");
    }

    [Fact]
    public void The_move_criticised_is_the_act_of_the_sentence_before()
    {
        var run = Coded.Run("Moldova expelled two Russian diplomats on Monday. Russia criticised the move.", Today);
        Country(run.Single(PloverType.Accuse), ActorRole.Target).ShouldBe("MD");
    }

    [Fact]
    public void The_decision_criticised_by_several_nations_is_the_blockaders()
    {
        var run = Coded.Run("Azerbaijan blockaded the Lachin corridor on Monday. Several nations criticised the decision.", Today);
        run.Events.Where(e => e.Type == PloverType.Accuse).SelectMany(e => Countries(e, ActorRole.Target)).ShouldBe(["AZ"]);
    }

    [Fact]
    public void A_move_after_a_welcome_of_it_has_no_target()
    {
        var run = Coded.Run("Moldova expelled two Russian diplomats on Monday. France welcomed the move. Russia criticised the move.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse && e.Actors.Any(a => a.Role == ActorRole.Target && a.Country == "FR"));
    }

    [Fact]
    public void Measures_after_a_demand_are_not_the_demanders()
    {
        var run = Coded.Run("The union called on the government to raise wages. The minister defended the decision.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support && e.Actors.Any(a => a.Role == ActorRole.Target));
    }

    [Fact]
    public void Its_villages_in_a_reported_attack_are_the_speakers()
    {
        var run = Coded.Run("Armenia said Azerbaijan had shelled its villages on Tuesday.", Today);
        var attack = run.Single(PloverType.Assault);
        Country(attack, ActorRole.Source).ShouldBe("AZ");
        Country(attack, ActorRole.Target).ShouldBe("AM");
    }

    [Fact]
    public void Its_cities_after_a_leader_are_the_leaders_state()
    {
        var run = Coded.Run("Ukrainian President Volodymyr Zelensky said Russian forces had shelled its cities overnight.", Today);
        Country(run.Single(PloverType.Assault), ActorRole.Target).ShouldBe("UA");
    }

    [Fact]
    public void Its_forces_of_the_speaker_stay_the_attackers()
    {
        var run = Coded.Run("Russia said its forces had shelled Ukrainian cities.", Today);
        var attack = run.Single(PloverType.Assault);
        Country(attack, ActorRole.Source).ShouldBe("RU");
        Country(attack, ActorRole.Target).ShouldBe("UA");
    }

    [Fact]
    public void A_known_surname_opening_a_sentence_is_the_subject()
    {
        var run = Coded.Run("Macron accused Moscow of spreading lies about the summit.", Today);
        var accused = run.Single(PloverType.Accuse);
        Country(accused, ActorRole.Source).ShouldBe("FR");
        Country(accused, ActorRole.Target).ShouldBe("RU");
    }

    [Fact]
    public void A_foreign_capital_is_its_state_in_an_article_of_another_country()
    {
        var run = Coded.Run("French President Emmanuel Macron arrived in Berlin on Monday. Macron accused Moscow of spreading lies.", Today);
        Country(run.Single(PloverType.Accuse), ActorRole.Target).ShouldBe("RU");
    }

    [Fact]
    public void An_unknown_surname_opening_a_sentence_is_the_subject()
    {
        var run = Coded.Run("Okonkwo condemned the arrest of the journalists in Lagos.", Today);
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "Okonkwo");
    }
}
