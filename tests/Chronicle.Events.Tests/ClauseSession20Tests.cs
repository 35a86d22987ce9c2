namespace Chronicle.Events.Tests;

/// <summary>
/// Clause structure (session 20): a participle after <c>and</c> that is a second predicate, a <c>since</c> clause's
/// subject, a participle after a reported clause, protests of two modes by two groups, a present verb after a bare plural.
/// </summary>
public sealed class ClauseSession20Tests
{
    [Fact]
    public void A_participle_after_and_that_follows_an_object_is_a_second_predicate()
    {
        var run = Coded.Run("Soldiers surrounded the palace in Niamey and arrested ministers on Monday.");
        var e = run.Single(PloverType.Coerce);
        e.Texts(ActorRole.Source, run.Text).ShouldBe(["Soldiers"]);
        e.Texts(ActorRole.Target, run.Text).ShouldBe(["ministers"]);
    }

    [Fact]
    public void A_participle_after_and_between_adjectives_stays_an_adjective()
    {
        var run = Coded.Run("The mayor welcomed retired and injured veterans in Lyon.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_participle_after_and_before_a_new_clause_verb_stays_an_adjective()
    {
        var run = Coded.Run("Police questioned protesters in Lagos and injured bystanders were taken to hospital.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault && e.Actors.Any(a => a.Span.Of(run.Text) == "Police"));
    }

    [Fact]
    public void A_name_after_since_before_a_finite_verb_is_the_clause_subject()
    {
        var run = Coded.Run("Grain prices have doubled since Russia invaded Ukraine in 2022.");
        var e = run.Single(PloverType.Assault);
        e.Texts(ActorRole.Source, run.Text).ShouldBe(["Russia"]);
        e.Texts(ActorRole.Target, run.Text).ShouldBe(["Ukraine"]);
    }

    [Fact]
    public void A_name_after_since_with_no_verb_is_still_a_place_or_time()
    {
        var run = Coded.Run("Thousands have fled since clashes began in Sudan, and police arrested 12 men in Khartoum since Monday.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "Khartoum"));
    }

    [Fact]
    public void A_participle_after_a_reported_clause_is_done_by_that_clause_subject()
    {
        var run = Coded.Run("The army said troops fired on the crowd in Khartoum, killing two people.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault && e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "army"));
        run.Events.ShouldContain(e => e.Type == PloverType.Assault && e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "troops"));
    }

    [Fact]
    public void A_participle_after_a_reported_perfect_is_done_by_that_clause_subject()
    {
        var run = Coded.Run("The ministry said that rebels have shelled Kharkiv, wounding ten civilians.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault && e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "ministry"));
        run.Events.ShouldContain(e => e.Type == PloverType.Assault && e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "rebels"));
    }

    [Fact]
    public void A_participle_after_the_main_clause_keeps_the_main_subject()
    {
        var run = Coded.Run("Troops fired on the crowd in Khartoum, killing two people, the army said.");
        run.Events.ShouldAllBe(e => e.Type != PloverType.Assault || e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "Troops"));
    }

    [Fact]
    public void Protests_of_two_modes_by_two_groups_sentences_apart_stay_two()
    {
        var run = Coded.Run("Thousands of opposition supporters gathered in Tbilisi on Saturday. The rally was peaceful. Police watched. "
            + "On Monday, supporters of the union walked out of factories in Kutaisi.");
        run.Events.Count(e => e.Type == PloverType.Protest).ShouldBe(2);
    }

    [Fact]
    public void A_present_verb_after_an_opening_bare_plural_is_a_verb()
    {
        var run = Coded.Run("Unions accuse Ryanair of breaking labour law in Dublin.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).ShouldBe(["Unions"]);
        var critics = Coded.Run("Critics accuse the government of lying about the budget in Canberra.");
        critics.Single(PloverType.Accuse).Texts(ActorRole.Target, critics.Text).ShouldContain(s => s.Contains("government"));
    }

    [Fact]
    public void A_noun_after_an_opening_bare_plural_stays_a_noun()
    {
        var run = Coded.Run("Teachers strike ballots were counted in Leeds on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest && e.Actors.Any(a => a.Span.Of(run.Text) == "ballots"));
    }
}
