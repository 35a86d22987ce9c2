namespace Chronicle.Events.Tests;

/// <summary>What is no event in ordinary political news: conditions, opinions, kinds of measure, things that are no actors.</summary>
public sealed class PrecisionRuleTests
{
    [Fact]
    public void A_condition_far_before_a_negated_verb_is_no_event()
    {
        var run = Coded.Run("It would be a serious mistake if the city council did not accept the ruling, the mayor said on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void What_should_not_happen_is_an_opinion()
    {
        var run = Coded.Run("The union said teachers should not be criticised by the inspectors for the results.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void What_should_happen_is_no_arrest()
    {
        var run = Coded.Run("The families said the three suspects should be prosecuted by the state as soon as possible.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void A_bare_plural_measure_is_a_kind_not_an_event()
    {
        var run = Coded.Run("The draft law lists penalties such as fines, community work and curfews.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void A_new_clause_after_the_object_holds_no_target()
    {
        var run = Coded.Run("The mayor decided to support the scheme as the police said it would cut crime.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("police")));
    }

    [Fact]
    public void A_thing_proposed_ends_the_actor_before_it()
    {
        var run = Coded.Run("The senator rejected the Liberal party proposals on Tuesday.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Span.Of(run.Text).Contains("proposals")));
    }

    [Fact]
    public void A_politician_attacking_another_criticises_him()
    {
        var run = Coded.Run("Opposition leader Jane Smithson attacked Prime Minister John Wardlow in a speech in Leeds on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
        run.Events.ShouldContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void Gunmen_attacking_a_person_still_assault()
    {
        var run = Coded.Run("Gunmen attacked the governor John Wardlow in Basra on Monday, police said.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_named_politician_attacking_red_tape_criticises()
    {
        var run = Coded.Run("But Sarah Pelling, for the opposition, attacked government red tape and waste on Tuesday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void An_event_noun_modifying_a_body_is_no_event()
    {
        var run = Coded.Run("The Christian aid agency Helpwell will host the minister's speech in Glasgow.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Aid);
    }

    [Fact]
    public void Beating_economies_is_a_figure_of_speech()
    {
        var run = Coded.Run("The finance minister Tom Hartley is determined to beat the rival economies of Asia.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Seizing_on_reports_is_no_seizure()
    {
        var run = Coded.Run("The opposition leader Ann Cole is expected to seize on those reports in parliament on Wednesday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void Accepting_a_fact_is_no_agreement()
    {
        var run = Coded.Run("The inspector Ann Cole accepted that there had been no cover-up at the ministry.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Meeting_fiscal_rules_is_no_meeting()
    {
        var run = Coded.Run("The treasury minister Tom Hartley said he had met his fiscal rules with a surplus.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult || e.Type == PloverType.Agree);
    }

    [Fact]
    public void Members_of_parliament_are_actors()
    {
        var run = Coded.Run("The minister Tom Hartley apologised to MPs on Monday after the ministry published the review early.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("ministry")));
    }

    [Fact]
    public void He_is_the_person_who_opened_a_sentence_before()
    {
        var run = Coded.Run("Shadow minister Tom Hartley spoke in Leeds on Monday. He also accused ministers of wasting money.");
        var e = run.Single(PloverType.Accuse);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Hartley"));
    }

    [Fact]
    public void He_is_not_a_woman_named_before()
    {
        var run = Coded.Run("Mrs Ann Cole spoke in Leeds on Monday. He also accused ministers of wasting money.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Canonical.Contains("Cole")));
    }

    [Fact]
    public void An_adjective_after_is_is_no_verb()
    {
        var run = Coded.Run("\"It is no longer appropriate for a minister to choose the judges,\" the report by the committee said.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void A_participle_with_by_after_a_thing_has_its_agent_as_source()
    {
        var run = Coded.Run("At a dinner hosted by the mayor Ann Cole, the minister Tom Hartley spoke of his plans.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Canonical.Contains("Cole")));
    }

    [Fact]
    public void A_speakers_agreement_with_nobody_is_an_opinion()
    {
        var run = Coded.Run("\"I agree, and we are determined to go on,\" the minister Tom Hartley said on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Since_between_auxiliary_and_verb_keeps_the_subject()
    {
        var run = Coded.Run("Dr Tom Hartley has since criticised the city council over its plans.");
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Hartley"));
    }

    [Fact]
    public void A_town_before_an_event_noun_is_where_not_who()
    {
        var run = Coded.Run("Leaving a Brussels summit on Friday, the minister Tom Hartley said the talks had gone well.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("Brussels")));
    }

    [Fact]
    public void A_verb_after_and_shares_the_subject_of_the_verb_with_one()
    {
        var run = Coded.Run("The mayor Ann Cole said it was hard to overstate the risk and urged the council to act quickly.");
        run.Single(PloverType.Request).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Cole"));
    }

    [Fact]
    public void Denying_a_clause_after_a_plural_possessive_is_no_rejection()
    {
        var run = Coded.Run("The minister Tom Hartley denied farmers' unions had forced the changes to the bill.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void A_pledge_to_nobody_in_particular_is_no_agreement()
    {
        Coded.Run("The Green party pledged to oppose the new tax on pensions.").Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        Coded.Run("The party is committed to ensuring that every child gets a school place.").Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_pledge_to_another_party_or_by_a_state_is_an_agreement()
    {
        Coded.Run("Germany pledged to help Poland rebuild its roads.").Events.ShouldContain(e => e.Type == PloverType.Agree);
        Coded.Run("Officials said Chile is committed to opening up its economy.").Events.ShouldContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_permission_nobody_grants_is_no_concession()
    {
        var run = Coded.Run("Nurses are already allowed to prescribe some medicines.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Concede);
    }

    [Fact]
    public void A_particle_before_the_infinitive_keeps_the_subject()
    {
        var run = Coded.Run("Shadow minister Tom Hartley spoke in Leeds on Monday. He went on to accuse Mr Brown of wasting money.");
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Hartley"));
    }

    [Fact]
    public void An_offer_of_troops_is_aid_to_the_one_offered()
    {
        var run = Coded.Run("Canada offered to send troops to Haiti after the storm.");
        run.Single(PloverType.Aid).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("Haiti"));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void What_a_pledged_act_is_done_to_is_no_party_to_the_pledge()
    {
        var run = Coded.Run("The minister Tom Hartley pledged to cut waiting lists in Scotland's hospitals.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_party_named_by_its_members_is_the_source()
    {
        var run = Coded.Run("The Republicans are to back controversial government plans to build a new bridge.");
        run.Single(PloverType.Support).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Republican"));
    }

    [Fact]
    public void A_refusal_to_accept_is_no_agreement()
    {
        var run = Coded.Run("The mayor's refusal to accept the union's offer means the strike will go ahead.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_refusal_to_support_is_a_rejection_by_the_refuser()
    {
        var run = Coded.Run("The opposition leaders refused to support the Liberal Democrats in the vote on Tuesday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
        var e = run.Single(PloverType.Reject);
        e.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("leaders"), string.Join("; ", e.Actors.Select(a => a.Role + " " + a.Span.Of(run.Text))));
    }

    [Fact]
    public void A_chairman_is_an_actor_noun()
    {
        var run = Coded.Run("The party co-chairman accused the Liberal Democrats of lying to the voters.");
        var e = run.Single(PloverType.Accuse);
        e.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("co-chairman"), string.Join("; ", e.Actors.Select(a => a.Role + " " + a.Span.Of(run.Text))));
    }
}
