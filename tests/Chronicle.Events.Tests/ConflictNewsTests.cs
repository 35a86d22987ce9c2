namespace Chronicle.Events.Tests;

/// <summary>
/// The acts of conflict and protest news: crowds storming buildings and clashing with police, armed clashes and
/// fighting, fire from weapons, strikes by missiles, dispersals, calls by phone, condemnations of an act whose doer is
/// unnamed, the agent of an act told as a noun, plans reported with `would`, and acts recalled from another year kept
/// apart from this article's news.
/// </summary>
public sealed class ConflictNewsTests
{
    [Fact]
    public void Protesters_storming_a_building_riot()
    {
        var run = Coded.Run("Thousands of protesters stormed the parliament on Tuesday.");
        var riot = run.Single(PloverType.Protest);
        riot.Mode.ShouldBe("riot");
        riot.Texts(ActorRole.Source, run.Text).ShouldContain(t => t.Contains("protesters", StringComparison.Ordinal));
    }

    [Fact]
    public void Gunmen_storming_a_hotel_attack_it()
    {
        var run = Coded.Run("Gunmen stormed a hotel in Mogadishu on Friday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
        run.Single(PloverType.Assault).Texts(ActorRole.Source, run.Text).ShouldContain("Gunmen");
    }

    [Fact]
    public void Protesters_clashing_with_police_riot_and_troops_clashing_with_rebels_fight()
    {
        var riot = Coded.Run("Protesters clashed with police in the capital.");
        riot.Single(PloverType.Protest).Texts(ActorRole.Target, riot.Text).ShouldContain("police");

        var fight = Coded.Run("Troops clashed with rebels near the border on Sunday.");
        var clash = fight.Single(PloverType.Assault);
        clash.Texts(ActorRole.Source, fight.Text).ShouldContain("Troops");
        clash.Texts(ActorRole.Target, fight.Text).ShouldContain("rebels");
    }

    [Fact]
    public void Politicians_clashing_in_words_is_no_attack()
    {
        var run = Coded.Run("The two party leaders clashed over tuition fees on Thursday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Clashes_between_two_sides_have_both_as_parties()
    {
        var run = Coded.Run("Clashes between police and protesters lasted into the night.");
        var clash = run.Single(PloverType.Assault);
        clash.Texts(ActorRole.Source, run.Text).ShouldContain("police");
        clash.Texts(ActorRole.Target, run.Text).ShouldContain("protesters");
    }

    [Fact]
    public void Artillery_fire_that_kills_is_an_attack_and_a_house_fire_is_not()
    {
        var shelling = Coded.Run("Artillery fire killed at least 20 civilians in the city on Wednesday, medics said.");
        var attack = shelling.Single(PloverType.Assault);
        attack.Mode.ShouldBe("heavy-weapons");
        attack.Counts.ShouldContain(c => c.Kind == CountKind.Killed && c.Quantity.Value == 20);

        var blaze = Coded.Run("A fire killed five people in a block of flats on Wednesday.");
        blaze.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_missile_hitting_a_hospital_is_an_attack_and_a_strike_hitting_commuters_is_not()
    {
        var run = Coded.Run("A missile hit a hospital in the city on Monday.");
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).ShouldNotBeEmpty();

        var commuters = Coded.Run("The rail strike hit commuters across the region on Monday.");
        commuters.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Police_dispersing_protesters_is_crowd_control()
    {
        var run = Coded.Run("Police dispersed the protesters with water cannon.");
        var dispersal = run.Single(PloverType.Assault);
        dispersal.Mode.ShouldBe("crowd-control");
        dispersal.Texts(ActorRole.Target, run.Text).ShouldContain("protesters");
    }

    [Fact]
    public void Speaking_by_phone_is_a_call_whose_medium_is_no_agent()
    {
        var run = Coded.Run("Antony Blinken spoke by telephone with President Emmanuel Macron on Tuesday.");
        var call = run.Single(PloverType.Consult);
        call.Mode.ShouldBe("phone");
        call.Texts(ActorRole.Source, run.Text).ShouldContain("Antony Blinken");
        call.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("Macron", StringComparison.Ordinal));
    }

    [Fact]
    public void Speaking_to_reporters_is_no_call()
    {
        var run = Coded.Run("Antony Blinken spoke to reporters in Paris on Tuesday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void Condemning_an_act_of_force_is_an_accusation_with_no_victim_as_target()
    {
        var run = Coded.Run("The UN condemned the arrests of journalists on Monday.");
        var condemnation = run.Single(PloverType.Accuse);
        condemnation.Texts(ActorRole.Source, run.Text).ShouldContain("The UN");
        condemnation.Texts(ActorRole.Target, run.Text).ShouldNotContain("journalists");
    }

    [Fact]
    public void Condemning_a_plan_is_still_talk()
    {
        var run = Coded.Run("Labour condemned the plan on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void The_agent_of_an_act_told_as_a_noun_is_its_source()
    {
        var run = Coded.Run("Amnesty International condemned the killing of protesters by police.");
        var killing = run.Single(PloverType.Assault);
        killing.Texts(ActorRole.Source, run.Text).ShouldContain("police");
        killing.Texts(ActorRole.Target, run.Text).ShouldContain("protesters");
    }

    [Fact]
    public void A_plan_reported_with_would_is_kept_as_a_future_act()
    {
        var run = Coded.Run("Protest organisers said they would hold a general strike on Thursday.");
        var strike = run.Single(PloverType.Protest);
        strike.Texts(ActorRole.Source, run.Text).ShouldContain("Protest organisers");
        strike.Modality.ShouldBe(Modality.Hypothetical);
    }

    [Fact]
    public void A_supposition_with_would_is_no_act()
    {
        var run = Coded.Run("A general strike would hurt the economy.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void An_acts_noun_modifying_people_is_no_act()
    {
        var run = Coded.Run("Strike leaders met the minister on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void An_act_recalled_from_another_year_stays_apart_from_this_weeks()
    {
        var run = Coded.Run(
            "More than 50 people have been abducted by police officers since the protests began last week. The opposition "
            + "called for an inquiry. Rights groups say the abductions must stop. In 2019, police killed at least 30 people "
            + "during protests against fuel prices.",
            new DateOnly(2024, 6, 26));
        var abduction = run.Events.Single(e => e.Type == PloverType.Assault && e.Trigger.Of(run.Text).StartsWith("abduct", StringComparison.Ordinal));
        abduction.Counts.ShouldNotContain(c => c.Kind == CountKind.Killed);
        abduction.Date?.Value.ShouldNotStartWith("2019");
        var killing = run.Events.Single(e => e.Type == PloverType.Assault && e.Trigger.Of(run.Text) == "killed");
        killing.Date!.Value.ShouldBe("2019");
    }

    [Fact]
    public void Arabic_family_names_with_a_particle_are_one_person_and_their_surname_too()
    {
        var run = Coded.Run(
            "Antony Blinken spoke by phone with army chief Abdel Fattah al-Burhan on Tuesday. Mr Blinken urged Burhan to accept a truce.");
        var call = run.Single(PloverType.Consult);
        call.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical == "Abdel Fattah al-Burhan");
        var request = run.Single(PloverType.Request);
        request.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical == "Abdel Fattah al-Burhan");
    }

    [Fact]
    public void Those_accused_of_an_act_in_a_participle_after_their_noun_did_it()
    {
        var run = Coded.Run("The United States imposed sanctions on two settlers accused of attacking Palestinians in the West Bank.");
        var attack = run.Single(PloverType.Assault);
        attack.Texts(ActorRole.Source, run.Text).ShouldContain("two settlers");
        attack.Texts(ActorRole.Target, run.Text).ShouldContain("Palestinians");
    }

    [Fact]
    public void A_participle_between_a_determiner_and_its_noun_tells_no_act()
    {
        var run = Coded.Run("Troops patrolled the occupied territory and the jailed activist began a hunger strike.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
        run.Single(PloverType.Protest).Texts(ActorRole.Source, run.Text).ShouldContain("the jailed activist");
    }

    [Fact]
    public void Jets_striking_targets_attack_them_and_a_deal_struck_is_no_attack()
    {
        var run = Coded.Run("The military said its jets had struck militant targets near the border on Monday.");
        run.Single(PloverType.Assault).Mode.ShouldBe("aerial");

        var deal = Coded.Run("The two parties struck a deal on Monday.");
        deal.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Two_attacks_of_one_sentence_by_other_sides_stay_two()
    {
        var run = Coded.Run("The army said its jets had struck rebel positions and that the rebels had fired rockets at the capital.");
        var attacks = run.Events.Where(e => e.Type == PloverType.Assault).ToList();
        attacks.Count.ShouldBe(2);
        attacks.ShouldAllBe(e => e.Actors.Count(a => a.Role == ActorRole.Source) == 1);
    }

    [Fact]
    public void A_journalist_sentenced_is_the_target_of_the_sentence()
    {
        var run = Coded.Run("A military court sentenced a photojournalist to 20 years in prison on Monday.");
        run.Single(PloverType.Coerce).Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("photojournalist", StringComparison.Ordinal));
    }

    [Fact]
    public void A_call_for_a_ceasefire_is_a_request_even_with_no_one_named()
    {
        var run = Coded.Run("China called for a ceasefire on Tuesday.");
        run.Single(PloverType.Request).Texts(ActorRole.Source, run.Text).ShouldContain("China");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void A_deal_demanded_is_no_agreement_and_the_party_asked_is_the_requests_target()
    {
        var rally = Coded.Run("Thousands of people rallied on Saturday to demand a deal to free the hostages.");
        rally.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        rally.Single(PloverType.Protest);

        var talks = Coded.Run("The rebels called for talks with the government on Monday.");
        talks.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
        talks.Single(PloverType.Request).Texts(ActorRole.Target, talks.Text).ShouldContain("government");
    }

    [Fact]
    public void A_border_named_by_a_nationality_does_not_make_the_story_that_countrys()
    {
        var run = Coded.Run(
            "A military court in Myanmar jailed a reporter on Monday. Rebels seized a town on the Chinese border. "
            + "The junta accused the rebels of attacking police stations. China called for a ceasefire.");
        run.Events.Where(e => e.Type == PloverType.Accuse).SelectMany(e => e.Actors).Where(a => a.Role == ActorRole.Source)
            .ShouldAllBe(a => a.Country == "MM");
        run.Events.ShouldContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void Naming_a_party_or_its_act_by_a_word_of_blame_accuses()
    {
        var people = Coded.Run("The president branded the protesters criminals on Tuesday.");
        var accusation = people.Single(PloverType.Accuse);
        accusation.Texts(ActorRole.Source, people.Text).ShouldContain("The president");
        accusation.Texts(ActorRole.Target, people.Text).ShouldContain("the protesters");

        var act = Coded.Run("The minister described the attack as an act of terrorism.");
        act.Single(PloverType.Accuse).Texts(ActorRole.Source, act.Text).ShouldContain("The minister");
    }

    [Fact]
    public void A_call_for_something_or_a_plain_name_is_no_label()
    {
        Coded.Run("The MPs also call for tougher sentences for crimes committed under the influence of drink.").Events
            .ShouldNotContain(e => e.Type == PloverType.Accuse);
        Coded.Run("The minister called the plan a fresh start.").Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }
}
