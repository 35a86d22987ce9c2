namespace Chronicle.Events.Tests;

/// <summary>Patterns of general news: expressed intent, complements, time phrases, concessions and sanctions.</summary>
public sealed class EventPatternTests
{
    [Fact]
    public void A_two_word_country_opening_the_article_does_not_throw()
    {
        var run = Coded.Run("North Korea rejected the offer of talks on Monday.");
        var e = run.Single(PloverType.Reject);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "KP");
    }

    [Fact]
    public void A_subject_before_a_time_phrase_is_still_the_source()
    {
        var run = Coded.Run("Chile on Thursday rejected the proposal from Peru.");
        var e = run.Single(PloverType.Reject);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "CL");
    }

    [Fact]
    public void Ready_to_is_an_expressed_intent()
    {
        var run = Coded.Run("Norway is ready to withdraw its troops from Mali, the defence minister said.");
        var e = run.Single(PloverType.Agree);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "NO");
        e.Modality.ShouldNotBe(Modality.Hypothetical);
        run.Events.ShouldNotContain(x => x.Type == PloverType.Retreat);
    }

    [Fact]
    public void Will_before_a_cooperative_act_is_an_expressed_intent()
    {
        var run = Coded.Run("Canada will support the government of Ghana in the coming talks.");
        run.Single(PloverType.Agree);
        run.Events.ShouldNotContain(x => x.Type == PloverType.Support);
    }

    [Fact]
    public void The_act_a_threat_names_is_not_an_event_of_its_own()
    {
        var run = Coded.Run("The rebels threatened to attack the capital of Chad.");
        run.Single(PloverType.Threaten);
        run.Events.ShouldNotContain(x => x.Type == PloverType.Assault);
    }

    [Fact]
    public void A_planned_measure_is_hypothetical()
    {
        var run = Coded.Run("The government of Kenya plans to impose a curfew in Nairobi.");
        run.Single(PloverType.Coerce).Modality.ShouldBe(Modality.Hypothetical);
    }

    [Fact]
    public void Lifting_a_curfew_is_a_concession_not_a_curfew()
    {
        var run = Coded.Run("The army of Mali lifted the curfew in Bamako on Sunday.");
        run.Single(PloverType.Concede);
        run.Events.ShouldNotContain(x => x.Type == PloverType.Coerce);
    }

    [Fact]
    public void Expelling_diplomats_is_a_sanction()
    {
        var run = Coded.Run("Ghana expelled two diplomats from Togo on Friday.");
        run.Single(PloverType.Sanction).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GH");
    }

    [Fact]
    public void A_demand_stating_a_protest_purpose_stays_the_protest()
    {
        var run = Coded.Run("Thousands of farmers blocked roads in Punjab demanding higher prices.");
        run.Single(PloverType.Protest);
        run.Events.ShouldNotContain(x => x.Type == PloverType.Request);
    }

    [Fact]
    public void Must_in_a_reported_clause_is_a_demand_on_its_subject()
    {
        var run = Coded.Run("Brazil said on Monday that Paraguay must reopen the border crossing.");
        var e = run.Single(PloverType.Request);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "BR");
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "PY");
    }

    [Fact]
    public void A_pronoun_after_a_reporting_verb_is_its_subject()
    {
        var run = Coded.Run("Egypt says it is willing to host talks between the two sides.");
        run.Single(PloverType.Agree).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "EG");
    }

    [Fact]
    public void A_state_that_protests_objects_in_words()
    {
        var run = Coded.Run("Portugal protested to Spain over the new fishing quotas.");
        run.Single(PloverType.Accuse);
        run.Events.ShouldNotContain(x => x.Type == PloverType.Protest);
    }

    [Fact]
    public void An_announced_coercive_act_is_a_threat()
    {
        var run = Coded.Run("The government of Peru announced that it will ban all rallies in Lima.");
        run.Single(PloverType.Threaten);
    }
}
