namespace Chronicle.Events.Tests;

/// <summary>
/// A source parted from its verb by an adjunct (a preposition's phrase with no actor in it, adverbs joined by `and`) is
/// still the source; criticism drawn or faced `from` a state is by that state, against the one who faces it.
/// </summary>
public sealed class AdjunctSourcesSession30Tests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_state_after_from_is_the_critic_of_the_one_who_faced_criticism()
    {
        var run = Coded.Run("The government of Japan faced criticism from China.", Published);
        var criticism = run.Single(PloverType.Accuse);
        criticism.Texts(ActorRole.Source, run.Text).ShouldBe(["China"]);
        criticism.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "JP");
    }

    [Fact]
    public void A_state_after_from_is_the_one_who_condemns_when_condemnation_is_drawn()
    {
        var run = Coded.Run("Germany drew condemnation from Poland on Monday.", Published);
        var condemnation = run.Single(PloverType.Accuse);
        condemnation.Texts(ActorRole.Source, run.Text).ShouldBe(["Poland"]);
        condemnation.Texts(ActorRole.Target, run.Text).ShouldBe(["Germany"]);
    }

    [Fact]
    public void Criticism_from_across_a_region_has_no_source()
    {
        var run = Coded.Run("The plan drew criticism from across Europe.", Published);
        run.Events.Where(e => e.Type == PloverType.Accuse).SelectMany(e => e.Actors).ShouldNotContain(a => a.Role == ActorRole.Source);
    }

    [Fact]
    public void A_phrase_of_a_preposition_and_a_common_noun_between_subject_and_verb_is_skipped()
    {
        var run = Coded.Run("President Obama in a televised interview blamed Iran for the attack.", Published);
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Obama"));
    }

    [Fact]
    public void Adverbs_joined_by_and_between_subject_and_verb_are_skipped()
    {
        var run = Coded.Run("Prime Minister Johnson has repeatedly and publicly condemned China.", Published);
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Johnson"));
    }

    [Fact]
    public void Police_in_a_city_keep_the_police_as_source()
    {
        var run = Coded.Run("Police in Lagos arrested ten protesters.", Published);
        run.Single(PloverType.Coerce).Texts(ActorRole.Source, run.Text).ShouldBe(["Police"]);
    }

    [Fact]
    public void Police_in_the_capital_keep_the_police_as_source()
    {
        var run = Coded.Run("Police in the capital arrested ten protesters.", Published);
        run.Single(PloverType.Coerce).Texts(ActorRole.Source, run.Text).ShouldBe(["Police"]);
    }

    [Fact]
    public void Talks_in_a_city_that_collapse_are_no_event()
    {
        var run = Coded.Run("The talks in Geneva collapsed.", Published);
        run.Events.ShouldBeEmpty();
    }

    [Fact]
    public void A_place_ending_an_adjunct_is_not_the_source()
    {
        var run = Coded.Run("The minister during a visit to Paris condemned Russia.", Published);
        var condemnation = run.Single(PloverType.Accuse);
        condemnation.Texts(ActorRole.Source, run.Text).ShouldBe(["The minister"]);
        condemnation.Texts(ActorRole.Target, run.Text).ShouldBe(["Russia"]);
    }
}
