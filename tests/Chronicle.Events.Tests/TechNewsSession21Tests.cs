namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen technology news with a political side (session 21): a job lost read as
/// shots fired, a fire read as an attack, a described name's description taken for the actor, a protest outside a
/// building held by a group, and phrases that ran across an article or a plural event noun.
/// </summary>
public sealed class TechNewsSession21Tests
{
    private static readonly DateOnly In2024 = new(2024, 5, 1);

    [Theory]
    [InlineData("Ms Ruiz announced on her website she had been fired on 2 May.")]
    [InlineData("The nurse said she was fired at the end of May.")]
    public void Fired_on_a_date_is_a_job_lost_not_shots(string sentence)
    {
        Coded.Run(sentence, In2024).Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Fired_on_a_crowd_is_still_an_attack()
    {
        var run = Coded.Run("Soldiers fired on protesters on Monday in Lagos.", In2024);
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).ShouldBe(["protesters"]);
    }

    [Theory]
    [InlineData("A fire at a warehouse killed 12 people in Lagos.")]
    [InlineData("Laws were passed after a fire at one bar that killed 30 people in Lagos.")]
    public void A_fire_somewhere_that_killed_people_is_no_attack(string sentence)
    {
        Coded.Run(sentence, In2024).Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_bomb_somewhere_that_killed_people_is_still_an_attack()
    {
        Coded.Run("A bomb at a market killed 12 people in Kabul.", In2024).Single(PloverType.Assault);
    }

    [Theory]
    [InlineData("Egypt has been accused of jailing bloggers by the press freedom group, Reporters Without Borders.", "Reporters Without Borders")]
    [InlineData("The watchdog, Human Rights Watch, accused Egypt of torture.", "Human Rights Watch")]
    [InlineData("Egypt was criticised by a rights group, Amnesty International, on Monday.", "Amnesty International")]
    public void A_description_set_off_before_a_name_is_that_name(string sentence, string named)
    {
        var run = Coded.Run(sentence, In2024);
        var accusation = run.Events.First(e => e.Type == PloverType.Accuse);
        accusation.Actors.Single(a => a.Role == ActorRole.Source).Canonical.ShouldBe(named);
    }

    [Fact]
    public void A_description_before_a_list_of_names_stays_itself()
    {
        var run = Coded.Run("Police arrested the group, Amnesty International and Oxfam in Cairo.", In2024);
        run.Single(PloverType.Coerce).Texts(ActorRole.Target, run.Text).ShouldContain("group");
    }

    [Theory]
    [InlineData("The union protested outside the ministry in London.")]
    [InlineData("Greenpeace protested in front of parliament in Rome.")]
    public void A_group_protesting_outside_a_building_demonstrates(string sentence)
    {
        Coded.Run(sentence, In2024).Single(PloverType.Protest).Mode.ShouldBe("demo");
    }

    [Fact]
    public void A_state_protesting_to_an_envoy_still_accuses()
    {
        var run = Coded.Run("Iran protested to the Swiss envoy over the remarks.", In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
        run.Single(PloverType.Accuse);
    }

    [Fact]
    public void An_article_after_a_common_noun_opens_a_new_phrase()
    {
        var run = Coded.Run(
            "The closures are the latest in a series of steps the Kenyan government has taken to crack down on dissent.", In2024);
        run.Single(PloverType.Coerce).Texts(ActorRole.Source, run.Text).ShouldBe(["the Kenyan government"]);
    }

    [Fact]
    public void A_plural_event_noun_is_no_modifier_of_the_noun_after_it()
    {
        var run = Coded.Run("During the protests police arrested 20 students in Nairobi.", In2024);
        run.Single(PloverType.Coerce).Texts(ActorRole.Source, run.Text).ShouldBe(["police"]);
    }

    [Fact]
    public void A_protest_in_a_fronted_phrase_with_its_place_is_not_the_main_subjects()
    {
        var run = Coded.Run("During the protests in Nairobi, police arrested 20 students.", In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest
            && e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "police"));
    }

    [Theory]
    [InlineData("Ana Ruiz said she had filed a discrimination complaint with the Equal Employment Opportunity Commission against the airline.", "airline")]
    [InlineData("The union filed a complaint with the ILO against the government of Belarus.", "government")]
    public void A_complaint_lodged_with_a_body_is_against_the_one_after_against(string sentence, string accused)
    {
        var run = Coded.Run(sentence, In2024);
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).ShouldBe([accused]);
    }

    [Fact]
    public void An_attack_on_patents_is_criticism()
    {
        var run = Coded.Run("The minister launched an attack on software patents in Berlin.", In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
        run.Single(PloverType.Accuse).Mode.ShouldBe("disapprove");
    }

    [Theory]
    [InlineData("The website reported on the journalists' arrests in Tehran.", "journalists")]
    [InlineData("Ms Ruiz's detention drew protests in Caracas.", "Ruiz")]
    public void The_possessor_of_an_arrest_is_the_one_arrested(string sentence, string arrested)
    {
        var run = Coded.Run(sentence, In2024);
        var arrest = run.Events.Single(e => e.Type == PloverType.Coerce);
        arrest.Actors.ShouldNotContain(a => a.Role == ActorRole.Source && a.Span.Of(run.Text).Contains(arrested));
        arrest.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains(arrested));
    }

    [Fact]
    public void A_states_arrest_of_someone_is_the_states_act()
    {
        var run = Coded.Run("Iran's arrest of a British diplomat angered London.", In2024);
        run.Single(PloverType.Coerce).Texts(ActorRole.Source, run.Text).ShouldBe(["Iran"]);
    }

    [Fact]
    public void The_firm_as_an_object_is_the_business_named_before_it()
    {
        var run = Coded.Run("A customer of Samsung's phone service is suing the firm in Seoul.", In2024);
        run.Single(PloverType.Accuse).Actors.Single(a => a.Role == ActorRole.Target).Canonical.ShouldBe("Samsung");
    }

    [Fact]
    public void Initiating_legal_action_lends_it_the_subject()
    {
        var run = Coded.Run("Ana Ruiz said she was initiating legal action against the airline.", In2024);
        run.Single(PloverType.Accuse).Actors.Single(a => a.Role == ActorRole.Source).Canonical.ShouldBe("Ana Ruiz");
    }

    [Fact]
    public void A_bare_institution_is_the_one_named_before_whose_name_ends_in_its_noun()
    {
        var run = Coded.Run("The European Commission fined Google in Brussels. The commission also accused Apple of abuse.", In2024);
        var accusation = run.Events.Single(e => e.Type == PloverType.Accuse);
        accusation.Actors.Single(a => a.Role == ActorRole.Source).Canonical.ShouldBe("European Commission");
    }

    [Fact]
    public void A_bare_institution_with_two_candidates_stays_a_common_noun()
    {
        var run = Coded.Run(
            "The European Commission met the Electoral Commission in Brussels. The commission also accused Apple of abuse.", In2024);
        var accusation = run.Events.Single(e => e.Type == PloverType.Accuse);
        accusation.Actors.Single(a => a.Role == ActorRole.Source).EntityId.ShouldBeNull();
    }

    [Fact]
    public void A_politician_blasting_another_criticises()
    {
        var run = Coded.Run("The senator blasted the White House over the deal.", In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
        run.Single(PloverType.Accuse).Mode.ShouldBe("disapprove");
    }

    [Fact]
    public void Troops_blasting_positions_attack()
    {
        Coded.Run("Troops blasted rebel positions near Goma.", In2024).Single(PloverType.Assault);
    }

    [Theory]
    [InlineData("The minister came under fire from MPs over the plan.", "MPs")]
    [InlineData("The minister has come under fire from opposition parties in Rome.", "opposition parties")]
    public void Coming_under_fire_from_critics_is_criticism(string sentence, string critics)
    {
        var run = Coded.Run(sentence, In2024);
        var criticism = run.Single(PloverType.Accuse);
        criticism.Texts(ActorRole.Source, run.Text).ShouldBe([critics]);
        criticism.Texts(ActorRole.Target, run.Text).ShouldBe(["The minister"]);
    }

    [Fact]
    public void Coming_under_fire_from_rebels_is_shooting()
    {
        var run = Coded.Run("The convoy came under fire from rebels near Goma.", In2024);
        run.Single(PloverType.Assault).Texts(ActorRole.Source, run.Text).ShouldBe(["rebels"]);
    }

    [Fact]
    public void An_inquiry_into_a_bodys_conduct_examines_that_body()
    {
        var run = Coded.Run("The committee launched an inquiry into the agency's performance in London.", In2024);
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).ShouldBe(["agency"]);
    }

    [Fact]
    public void An_inquiry_into_a_topic_is_no_event()
    {
        Coded.Run("The committee opened an inquiry into voter turnout.", In2024).Events
            .ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void An_inquiry_into_crimes_whose_doers_are_unnamed_is_still_one()
    {
        Coded.Run("Police in Belgrade have launched an investigation into alleged crimes during the war.", In2024).Single(PloverType.Accuse);
    }

    [Fact]
    public void An_inquiry_called_for_is_asked_not_made()
    {
        var run = Coded.Run("The opposition called for an inquiry into the mayor's spending in Lima.", In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
        run.Single(PloverType.Request);
    }

    [Theory]
    [InlineData("Chinese authorities closed 1,200 internet cafes in Beijing.", "Chinese authorities")]
    [InlineData("The government closed two opposition newspapers in Harare.", "government")]
    public void Closing_outlets_censors(string sentence, string censor)
    {
        var run = Coded.Run(sentence, In2024);
        var closure = run.Single(PloverType.Coerce);
        closure.Mode.ShouldBe("censor");
        closure.Texts(ActorRole.Source, run.Text).ShouldContain(t => t.EndsWith(censor));
    }

    [Fact]
    public void Data_gathered_by_a_firm_is_no_crowd_gathering()
    {
        Coded.Run("Data gathered by the monitoring firm Netcraft shows the site was blocked.", In2024).Events
            .ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Theory]
    [InlineData("The firm released a screensaver that bombarded the sites.")]
    [InlineData("The software released by the company spied on users.")]
    public void Releasing_a_product_frees_no_one(string sentence)
    {
        Coded.Run(sentence, In2024).Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }

    [Theory]
    [InlineData("Hamas released the hostages in Gaza.")]
    [InlineData("The rebels released him in Goma.")]
    public void Releasing_people_frees_them(string sentence)
    {
        Coded.Run(sentence, In2024).Single(PloverType.Retreat).Mode.ShouldBe("release");
    }

    [Fact]
    public void The_electronics_company_is_the_business_named_before_it()
    {
        var run = Coded.Run("Samsung unveiled a new phone in May. The electronics company has sued three men in California.", In2024);
        run.Single(PloverType.Accuse).Actors.Single(a => a.Role == ActorRole.Source).Canonical.ShouldBe("Samsung");
    }
}
