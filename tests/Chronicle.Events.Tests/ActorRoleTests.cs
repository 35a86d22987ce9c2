namespace Chronicle.Events.Tests;

/// <summary>Who plays which part around a participle, a gerund or a message, and where an actor's phrase ends.</summary>
public sealed class ActorRoleTests
{
    [Fact]
    public void Those_released_from_a_place_are_the_release_target_and_the_place_is_none()
    {
        var run = Coded.Run("Six British prisoners released from a jail in Spain last year were questioned by police on their return.");
        var release = run.Single(PloverType.Retreat);
        release.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("prisoners"));
        release.Actors.ShouldNotContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("prisoners"));
        release.Actors.ShouldNotContain(a => a.Canonical.Contains("Spain"));
    }

    [Fact]
    public void A_set_picked_from_after_of_is_the_target_of_its_participle()
    {
        var run = Coded.Run("Ms Cole is the second of the three hostages freed last week to speak to reporters.");
        var release = run.Single(PloverType.Retreat);
        release.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("hostages"));
        release.Actors.ShouldNotContain(a => a.Role == ActorRole.Source);
    }

    [Fact]
    public void A_participle_set_off_by_commas_is_about_the_actor_before_them()
    {
        var run = Coded.Run("The ministry said that the aid worker Tom Reed, previously accused of spying, will be freed on Monday.");
        var accusation = run.Single(PloverType.Accuse);
        accusation.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("Tom Reed"));
        accusation.Actors.ShouldNotContain(a => a.Canonical.Contains("ministry"));
    }

    [Fact]
    public void An_actor_noun_read_as_an_adjective_before_by_is_the_one_acted_on()
    {
        var run = Coded.Run("The family of a civilian allegedly killed by troops has won a challenge.");
        var attack = run.Single(PloverType.Assault);
        attack.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("civilian"));
        attack.Texts(ActorRole.Source, run.Text).ShouldContain(t => t.Contains("troops"));
    }

    [Fact]
    public void A_gerund_set_off_after_a_comma_is_the_main_subjects_act()
    {
        var run = Coded.Run("Mr Jones, a councillor for the north ward, resigned the party whip in May, after criticising the party leader.");
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Jones"));
    }

    [Fact]
    public void A_gerund_after_in_and_a_state_is_the_copulas_subjects_act()
    {
        var run = Coded.Run("Critics say Ms Hale has been wrong in attacking the unions over pay.");
        var attack = run.Single(PloverType.Accuse);
        attack.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Hale"));
        attack.Actors.ShouldNotContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Critics"));
    }

    [Fact]
    public void A_possessive_s_is_no_copula_for_a_gerund()
    {
        var run = Coded.Run("Mr Tom Hartley was talking to the BBC's radio programme a few hours before visiting the mayor Ann Cole.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("BBC")));
    }

    [Fact]
    public void The_author_of_a_message_does_what_its_participle_says()
    {
        var run = Coded.Run("Anne Lowe issued a statement urging the government to act.");
        run.Single(PloverType.Request).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Anne Lowe"));
    }

    [Fact]
    public void The_subject_of_a_denied_clause_is_not_the_one_rejected()
    {
        var run = Coded.Run("Mr Hart denied Ms Ray, his deputy, had called the plan a mistake.");
        run.Single(PloverType.Reject).Actors.ShouldNotContain(a => a.Role == ActorRole.Target);
    }

    [Fact]
    public void A_second_object_after_its_article_is_a_target_too()
    {
        var run = Coded.Run("Mr Dale criticised both the minister and the unions for the strike.");
        var criticism = run.Single(PloverType.Accuse);
        criticism.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("minister"));
        criticism.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("unions"));
    }

    [Fact]
    public void A_purpose_after_in_order_to_is_the_clauses_subjects()
    {
        var run = Coded.Run("The council is using a little-known power in order to ban the marchers from the town centre.");
        run.Single(PloverType.Coerce).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("council"));
    }

    [Fact]
    public void An_article_after_a_name_opens_a_new_phrase()
    {
        var run = Coded.Run("After talks with the Water Board the union called off the strike.");
        run.Single(PloverType.Concede).Texts(ActorRole.Source, run.Text).ShouldContain("the union");
    }

    [Fact]
    public void An_article_inside_a_capitalised_name_stays_in_it()
    {
        var run = Coded.Run("Stop the War campaigners demonstrated outside Parliament on Saturday.");
        run.Single(PloverType.Protest).Texts(ActorRole.Source, run.Text).ShouldContain("Stop the War campaigners");
    }

    [Fact]
    public void Those_whose_return_is_negotiated_are_no_side_of_the_talks()
    {
        var run = Coded.Run("The government has been negotiating the return of the hostages for a year.");
        run.Single(PloverType.Consult).Actors.ShouldNotContain(a => a.Role == ActorRole.Target);
    }

    [Fact]
    public void A_second_place_named_addressee_is_a_target_too()
    {
        var run = Coded.Run("The prime minister urged France and the US to rebuild their alliance.");
        var request = run.Single(PloverType.Request);
        request.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "FR");
        request.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "US");
    }

    [Fact]
    public void A_second_place_that_opens_its_own_clause_is_no_target()
    {
        var run = Coded.Run("The minister criticised France and Germany said it would not help.");
        var criticism = run.Single(PloverType.Accuse);
        criticism.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "FR");
        criticism.Actors.ShouldNotContain(a => a.Country == "DE");
    }

    [Fact]
    public void A_second_place_where_an_attack_falls_is_not_added()
    {
        var run = Coded.Run("The army shelled Kenya and Uganda last week.");
        run.Single(PloverType.Assault).Actors.ShouldNotContain(a => a.Role == ActorRole.Target && a.Country == "UG");
    }

    [Fact]
    public void Those_a_request_wants_helped_are_not_the_ones_asked()
    {
        var run = Coded.Run("The council urged that the prisoners should receive medical help.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Request
            && e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("prisoners")));
    }

    [Fact]
    public void A_passive_gerund_fronted_in_a_reported_clause_is_about_that_clauses_subject()
    {
        var run = Coded.Run("Mary Smith said that after being \"tortured and abused\" at the camp, the men were freed.");
        var abuse = run.Single(PloverType.Assault);
        abuse.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("men"));
        abuse.Actors.ShouldNotContain(a => a.Canonical.Contains("Smith"));
    }

    [Fact]
    public void A_passive_gerund_after_a_verb_is_done_to_its_subject()
    {
        var run = Coded.Run("Mr Reed was sent to a camp after being captured in the mountains in 2001.");
        var capture = run.Single(PloverType.Coerce);
        capture.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("Reed"));
        capture.Actors.ShouldNotContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Reed"));
    }

    [Fact]
    public void Talks_fronted_without_a_comma_are_the_main_subjects()
    {
        var run = Coded.Run("But after talks with the regional board the hospital called off its plan.");
        run.Single(PloverType.Consult).Texts(ActorRole.Source, run.Text).ShouldContain(t => t.Contains("hospital"));
    }

    [Fact]
    public void The_object_of_a_fronted_preposition_is_no_side_of_its_talks()
    {
        var run = Coded.Run("After talks with the unions failed the strike began.");
        run.Single(PloverType.Consult).Actors.ShouldNotContain(a => a.Role == ActorRole.Source);
    }

    [Fact]
    public void An_infinitive_after_a_possessed_noun_is_the_owners_act()
    {
        var run = Coded.Run("Labour's decision to back the unions surprised critics.");
        var backing = run.Single(PloverType.Support);
        backing.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Labour"));
        backing.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("unions"));
    }

    [Fact]
    public void An_infinitive_after_a_noun_owned_by_his_is_the_named_persons_act()
    {
        var run = Coded.Run("Mr Jones said his decision to criticise the unions was right.");
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Jones"));
    }

    [Fact]
    public void Criticism_a_subject_attracts_is_aimed_at_it()
    {
        var run = Coded.Run("Labour has attracted media criticism for using the new laws.");
        var criticism = run.Single(PloverType.Accuse);
        criticism.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("Labour"));
        criticism.Actors.ShouldNotContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Labour"));
    }

    [Fact]
    public void Criticisms_a_subject_brands_as_wrong_are_not_its_own()
    {
        var run = Coded.Run("The party leader brands such criticisms as nonsense.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse
            && e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text).Contains("leader")));
    }

    [Fact]
    public void Its_is_the_nearest_body_named_before_it()
    {
        var run = Coded.Run("Mr Hale denied the shadow cabinet was split over its decision to back the government.");
        var support = run.Single(PloverType.Support);
        support.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("shadow cabinet"));
        support.Actors.ShouldNotContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Hale"));
    }

    [Fact]
    public void Their_is_the_nearest_group_of_people_named_before_it()
    {
        var run = Coded.Run("The farmers' union said it expected thousands of supporters in Leeds to make their protest outside the council offices.");
        run.Single(PloverType.Protest).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("supporters"));
    }

    [Fact]
    public void Their_in_a_fronted_phrase_is_the_main_clauses_plural_subject()
    {
        var run = Coded.Run("Despite giving their backing to the government, the Conservatives insisted they would hold ministers to account.");
        run.Single(PloverType.Support).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Conservative"));
    }

    [Fact]
    public void Their_does_not_stand_for_one_person()
    {
        var run = Coded.Run("Mr Hale said the delegates would make their protest on Friday.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("Hale")));
    }

    [Fact]
    public void The_head_before_who_is_the_subject_of_the_verb_after_the_relative_clause()
    {
        var run = Coded.Run("Rebels who stormed the town on Friday killed three soldiers.");
        var attack = run.Single(PloverType.Assault);
        attack.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Rebels"));
        attack.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("soldiers"));
    }

    [Fact]
    public void The_object_of_a_relative_clause_is_not_the_subject_of_the_main_verb()
    {
        var run = Coded.Run("The man who attacked the minister was arrested by police.");
        var arrest = run.Single(PloverType.Coerce);
        arrest.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("man"));
        arrest.Texts(ActorRole.Target, run.Text).ShouldNotContain(t => t.Contains("minister"));
    }

    [Fact]
    public void A_singular_official_before_a_relative_clause_is_the_source()
    {
        var run = Coded.Run("A local councillor who was at the dinner has also defended Mr Grant.");
        run.Single(PloverType.Support).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("councillor"));
    }

    [Fact]
    public void The_owner_a_possessive_pronoun_stands_for_is_the_target_of_backing_its_thing()
    {
        var run = Coded.Run("Mr Campbell left Downing Street last year. Both Ms Jowell and Mr Prescott have welcomed his return.");
        var support = run.Single(PloverType.Support);
        support.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("Campbell"));
        support.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Prescott"));
    }

    [Fact]
    public void A_subject_defending_its_own_thing_backs_no_one()
    {
        var run = Coded.Run("Mr Grant was questioned by the committee. He defended his record on crime.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void The_one_due_to_take_part_in_talks_holds_them()
    {
        var run = Coded.Run("Ms Lane is due to take part in talks with the unions next week.");
        var talks = run.Single(PloverType.Consult);
        talks.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Lane"));
        talks.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("unions"));
    }
}
