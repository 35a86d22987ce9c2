namespace Chronicle.Events.Tests;

/// <summary>
/// Only acts the text asserts are events: an intent or a refusal supposed under a condition, an inability to accept read
/// as an agreement, agreement with a view, a gerund naming a kind of act, an offer or a promise of a thing to no one, a
/// text's allegation, a participle recalling an earlier act, and one meeting told twice with its roles turned are not
/// (new) events.
/// </summary>
public sealed class AssertedActTests
{
    [Fact]
    public void An_intent_inside_a_condition_is_no_agreement()
    {
        var run = Coded.Run("If the government were prepared to use force against the strikers, it would lose the election.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree || e.Type == PloverType.Threaten);
    }

    [Fact]
    public void A_refusal_inside_a_condition_is_no_rejection()
    {
        var run = Coded.Run("If we reject this treaty, Britain will be isolated, the minister said.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void A_threat_that_only_could_be_made_is_none()
    {
        var run = Coded.Run("The missiles could be used by the army to threaten its neighbour.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
    }

    [Fact]
    public void A_promise_on_a_condition_told_before_it_is_still_a_threat()
    {
        var run = Coded.Run("Russia will withdraw its troops unless the talks succeed.");
        run.Single(PloverType.Threaten).Texts(ActorRole.Source, run.Text).ShouldContain("Russia");
    }

    [Fact]
    public void Cannot_accept_is_a_refusal_not_an_agreement()
    {
        var run = Coded.Run("The union cannot accept the offer from ministers, its leader said.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        var refusal = run.Single(PloverType.Reject);
        refusal.Texts(ActorRole.Source, run.Text).ShouldContain("The union");
        refusal.Modality.ShouldNotBe(Modality.Negated);
    }

    [Fact]
    public void Not_agreeing_with_a_policy_is_an_opinion()
    {
        var run = Coded.Run("The minister said he did not agree with the chancellor's policies.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Agreeing_in_principle_with_plans_is_an_opinion()
    {
        var run = Coded.Run("The council said it agreed in principle with the government's plans.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_gerund_subject_names_a_kind_of_act()
    {
        Coded.Run("Accepting students from abroad is good for British universities, Mr Clarke said.").Events.ShouldBeEmpty();
        Coded.Run("- Withdrawing from the convention on refugees").Events.ShouldBeEmpty();
    }

    [Fact]
    public void An_offer_to_no_one_is_a_party_policy()
    {
        Coded.Run("Mr Howard said the Tories were offering a bigger rebate.").Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        Coded.Run("A government scheme to offer UK university courses online has failed.").Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_thing_promised_is_no_party_to_the_promise()
    {
        var run = Coded.Run("Mr Smith promised a \"firm but fair\" policy on immigration.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_promise_to_a_person_is_still_an_agreement_with_him()
    {
        var run = Coded.Run("Tony Blair promised Gordon Brown he would stand down before the election.");
        run.Single(PloverType.Agree).Texts(ActorRole.Target, run.Text).ShouldContain("Gordon Brown");
    }

    [Fact]
    public void An_offer_to_a_government_named_after_the_verb_is_made_to_it()
    {
        var run = Coded.Run("The minister has offered the Irish government the help of the army.");
        run.Events.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text) == "Irish government"));
    }

    [Fact]
    public void Concessions_offered_to_no_one_named_are_still_an_agreement()
    {
        var run = Coded.Run("Some concessions had already been offered by the government, Mr Kennedy said.");
        run.Single(PloverType.Agree).Texts(ActorRole.Source, run.Text).ShouldContain("government");
    }

    [Fact]
    public void A_text_that_alleges_accuses_no_one()
    {
        Coded.Run("The book alleges that the chancellor misled his colleagues.").Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
        Coded.Run("The book, serialised in a Sunday newspaper, alleges that the chancellor misled his colleagues.")
            .Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void A_person_who_alleges_accuses()
    {
        var run = Coded.Run("Mr Smith alleged that the minister took bribes.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).ShouldContain("Mr Smith");
    }

    [Fact]
    public void A_participle_before_adjectives_recalls_an_act_and_codes_none()
    {
        var run = Coded.Run("Disgraced former minister John Smith criticised the government.");
        run.Single(PloverType.Accuse).Trigger.Of(run).ShouldBe("criticised");
    }

    [Fact]
    public void One_meeting_told_twice_with_its_roles_turned_is_one_event()
    {
        var run = Coded.Run("Mr Blair held talks with the French president on Monday. After the talks with Mr Blair, the French president said he was hopeful.");
        run.Single(PloverType.Consult).Texts(ActorRole.Source, run.Text).ShouldContain("Mr Blair");
    }

    [Fact]
    public void Two_meetings_with_no_party_in_common_stay_two()
    {
        var run = Coded.Run("Mr Blair held talks with the French president on Monday. On Tuesday the German chancellor met the Polish president.");
        run.Events.Count(e => e.Type == PloverType.Consult).ShouldBe(2);
    }

    [Fact]
    public void A_gerund_opening_a_that_clause_is_an_act_judged()
    {
        var run = Coded.Run("The judges ruled that detaining suspects without trial breaks the law.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
        Coded.Run("He warned the paper that attacking Mr Campbell had brought it trouble before.")
            .Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void What_a_bare_plural_does_as_a_rule_is_a_habit()
    {
        var run = Coded.Run("The minister said the government would act against employers who refuse to pay the minimum wage.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void What_named_people_refuse_is_still_told()
    {
        var run = Coded.Run("The protesters who refuse to leave the square were arrested by police.");
        run.Events.ShouldContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void A_power_held_is_no_act_done()
    {
        Coded.Run("The council has the power to suspend or ban him from office.").Events.ShouldBeEmpty();
    }

    [Fact]
    public void Right_to_reject_after_be_judges_a_rejection_told()
    {
        var run = Coded.Run("Labour was right to reject the Tories' plans, Mr Oaten said.");
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldContain("Labour");
    }

    [Fact]
    public void An_appeal_to_the_public_or_for_votes_is_no_request_between_actors()
    {
        Coded.Run("The minister urged people to stay calm.").Events.ShouldNotContain(e => e.Type == PloverType.Request);
        Coded.Run("The group urged Muslims not to vote for Labour.").Events.ShouldNotContain(e => e.Type == PloverType.Request);
    }

    [Fact]
    public void An_appeal_to_a_government_is_a_request()
    {
        var run = Coded.Run("The union urged the government to drop the plan.");
        run.Single(PloverType.Request).Texts(ActorRole.Target, run.Text).ShouldContain("government");
    }

    [Fact]
    public void Not_accepting_what_another_party_put_forward_is_a_refusal()
    {
        var run = Coded.Run("The minister did not accept the union's offer.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldContain("The minister");
    }

    [Fact]
    public void A_recommendation_not_yet_accepted_is_pending_not_refused()
    {
        var run = Coded.Run("The government has not yet accepted the commission's recommendation.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void A_denial_of_claims_is_asserted_not_alleged()
    {
        var run = Coded.Run("Mr Howard said the plan was a con. His claims were denied by Foreign Secretary Jack Straw.");
        var denial = run.Single(PloverType.Reject);
        denial.Modality.ShouldBe(Modality.Asserted);
        denial.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.EndsWith("Jack Straw", StringComparison.Ordinal));
    }
}
