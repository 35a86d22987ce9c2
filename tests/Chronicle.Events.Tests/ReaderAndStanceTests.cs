namespace Chronicle.Events.Tests;

/// <summary>
/// What a lead reading political news by hand found wrong: readers' opinions and rhetorical questions, double negation,
/// things used that are no weapons, possessors taken for targets, warnings that threaten nothing, measured stances,
/// the one who acts by doing something, and namesakes abroad in the actor dictionary.
/// </summary>
public sealed class ReaderAndStanceTests
{
    [Fact]
    public void A_rhetorical_question_is_no_event()
    {
        var run = Coded.Run("The nurses' union met on Monday. Why should nurses accept these pay rises from the ministers?");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void How_dare_opens_a_question_and_is_no_actor()
    {
        var run = Coded.Run("How dare ministers reject the offer from the nurses?");
        run.Events.ShouldBeEmpty();
    }

    [Fact]
    public void The_first_person_of_an_unnamed_writer_is_no_actor()
    {
        var run = Coded.Run("One reader wrote on Monday: \"I disagree with the health minister on this.\"");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void A_direct_quote_of_an_unnamed_reader_puts_no_act_on_record()
    {
        var run = Coded.Run("Ministers offered nurses a rise on Monday. One reader wrote: \"I would not deny nurses the rise. I disagree with the minister.\"");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse || e.Type == PloverType.Reject);
    }

    [Fact]
    public void The_first_person_of_a_named_spokesman_still_acts()
    {
        var run = Coded.Run("Labour spokesman John Hartley said: \"We reject the Conservative plan for the hospitals.\"");
        run.Events.ShouldContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void A_negated_acceptance_is_an_asserted_refusal()
    {
        var run = Coded.Run("The union criticised the councils, which will not accept higher rises for staff, on Monday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Reject && e.Modality != Modality.Negated);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject && e.Modality == Modality.Negated);
    }

    [Fact]
    public void Not_willing_is_an_asserted_refusal()
    {
        var run = Coded.Run("The French government is not willing to lift the ban on British beef, officials said on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject && e.Modality == Modality.Negated);
    }

    [Fact]
    public void A_negation_of_an_earlier_phrase_leaves_the_verb_after_and_asserted()
    {
        var run = Coded.Run("The mayor said the remarks were not offensive and refused to apologise to the council on Tuesday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Reject && e.Modality != Modality.Negated);
    }

    [Fact]
    public void A_negated_verb_joined_to_another_verb_stays_negated()
    {
        var run = Coded.Run("The army did not attack and kill the villagers near Basra on Monday, officials said.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void A_thing_used_that_is_no_weapon_is_no_attack()
    {
        var run = Coded.Run("The figures used by the charity showed that poverty had risen in Leeds.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_weapon_used_by_a_group_is_still_an_attack()
    {
        var run = Coded.Run("The rockets used by the militants hit a market in Kabul on Monday, police said.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_bare_noun_joined_to_a_phrase_after_a_thing_is_no_target()
    {
        var run = Coded.Run("The minister backed choice in schools and hospitals on Tuesday.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Span.Of(run.Text).Contains("hospitals")));
    }

    [Fact]
    public void A_target_is_never_taken_from_the_next_sentence()
    {
        var run = Coded.Run("The prime minister praised Mr Brown on Monday. In the speech, he backed the unions over pay.");
        run.Events.ShouldNotContain(e => e.Actors.Count(a => a.Role == ActorRole.Target) > 1);
    }

    [Fact]
    public void Two_sides_in_one_sentence_with_nothing_in_common_are_two_events()
    {
        var run = Coded.Run("The minister criticised Mr Brown on Friday, and the opposition blamed Mr Smith's wife for the leak.");
        run.Events.Count(e => e.Type == PloverType.Accuse).ShouldBe(2);
    }

    [Fact]
    public void A_kin_after_a_possessive_heads_the_target()
    {
        var run = Coded.Run("The minister said on Friday that she blamed Lucy Hartley's mother for the delay.");
        var blame = run.Single(PloverType.Accuse);
        blame.Texts(ActorRole.Target, run.Text).ShouldContain("Lucy Hartley's mother");
    }

    [Fact]
    public void A_possessor_of_a_thing_is_still_the_target()
    {
        var run = Coded.Run("The minister criticised Mr Hartley's plans on Friday.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).ShouldContain("Mr Hartley");
    }

    [Fact]
    public void An_official_resignation_is_a_retreat_of_mode_resign()
    {
        // PLOVER 3.7: RETREAT also covers resignations of government officials (mode `resign`).
        var run = Coded.Run("The chancellor resigned on Monday after leaking the budget to a newspaper.");
        run.Single(PloverType.Retreat).Mode.ShouldBe("resign");
    }

    [Fact]
    public void Agreeing_a_bare_complement_clause_is_an_opinion()
    {
        var run = Coded.Run("The committee agreed the rise was \"of concern\", its chairman said on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Agreeing_a_deal_with_a_party_is_still_an_agreement()
    {
        var run = Coded.Run("The government agreed a deal with the unions on Friday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_caution_against_doing_something_is_no_threat()
    {
        var run = Coded.Run("The Speaker cautioned members against using earpieces in the chamber on Tuesday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
    }

    [Fact]
    public void A_warning_to_do_something_asks_it_and_threatens_nothing()
    {
        var run = Coded.Run("The business leader warned Mr Brown not to spend the extra cash on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
        run.Single(PloverType.Request).Texts(ActorRole.Target, run.Text).ShouldContain("Mr Brown");
    }

    [Fact]
    public void A_warning_of_a_sanction_is_still_a_threat()
    {
        var run = Coded.Run("The minister warned the rebels that troops would attack them on Monday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Threaten);
    }

    [Fact]
    public void Support_of_a_share_of_a_group_for_a_course_is_a_measured_stance()
    {
        var run = Coded.Run("The survey found that a majority of MPs support replacing the Lords with an elected chamber.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void Most_voters_backing_a_plan_is_a_measured_stance()
    {
        var run = Coded.Run("Most Labour MPs back scrapping the tax on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void The_subject_of_responded_by_is_the_source_of_the_gerund()
    {
        var run = Coded.Run("Mr Fox responded by accusing the prime minister of misleading voters on Sunday.");
        var accuse = run.Single(PloverType.Accuse);
        accuse.Texts(ActorRole.Source, run.Text).ShouldContain("Mr Fox");
    }

    [Fact]
    public void A_passive_before_by_and_a_gerund_gives_no_source()
    {
        var run = Coded.Run("The minister was stopped by shouting protesters in Leeds on Monday.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "The minister"));
    }

    [Fact]
    public void A_namesake_abroad_gives_no_country_the_article_never_names()
    {
        // The actor dictionary lists a Cayman Islands politician of this name; the article is about British politics.
        var run = Coded.Run("Peter Smith accused the Home Office of misleading MPs in London on Monday.");
        var accuse = run.Single(PloverType.Accuse);
        accuse.Actors.ShouldNotContain(a => a.Role == ActorRole.Source && a.Country == "KY");
    }

    [Fact]
    public void A_name_with_a_middle_name_dropped_needs_its_country_named()
    {
        // The dictionary lists `John Hilary Smith` of Kiribati.
        var run = Coded.Run("John Smith criticised the Home Office in the Commons on Monday.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Country == "KI"));
    }

    [Fact]
    public void A_leader_known_worldwide_keeps_the_dictionarys_country()
    {
        var run = Coded.Run("Angela Merkel criticised the Home Office in a speech in London on Monday.");
        run.Events.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Country == "DE"));
    }
}
