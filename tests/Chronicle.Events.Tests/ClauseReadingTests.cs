namespace Chronicle.Events.Tests;

/// <summary>Who does what when a clause is interrupted: openings, purposes, contrasts, reduced passives and judgements.</summary>
public sealed class ClauseReadingTests
{
    [Fact]
    public void A_subject_after_an_opening_time_phrase_and_before_a_stray_comma_is_the_source()
    {
        var run = Coded.Run("On Tuesday schools watchdog chief Anna Green, accused the council of failing its pupils.");
        var e = run.Single(PloverType.Accuse);
        e.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.EndsWith("Anna Green") && !s.Contains("Tuesday"));
    }

    [Fact]
    public void Who_travels_for_talks_is_their_source()
    {
        var run = Coded.Run("The French foreign minister flew to Washington for talks with Condoleezza Rice on Monday.");
        var e = run.Single(PloverType.Consult);
        e.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("foreign minister"));
    }

    [Fact]
    public void A_verb_after_but_is_the_speakers_not_the_reported_subjects()
    {
        var run = Coded.Run("Mr Hollis said Germany too needed to cut spending but defended President Chirac over the budget.");
        var e = run.Single(PloverType.Support);
        e.Texts(ActorRole.Source, run.Text).ShouldBe(["Mr Hollis"]);
    }

    [Fact]
    public void An_offer_to_nobody_in_particular_is_rhetoric()
    {
        var run = Coded.Run("The minister said his party offered a clear choice on taxes.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void An_offer_of_words_to_voters_is_rhetoric_but_concessions_are_an_offer()
    {
        Coded.Run("The party has offered the politics of fear to voters, Mr Hollis said.").Events.ShouldNotContain(e => e.Type == PloverType.Agree);
        Coded.Run("The Malian envoy offered concessions to the rebels on Monday.").Events.ShouldContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_place_after_a_reduced_passive_is_no_target()
    {
        var run = Coded.Run("She welcomed a decision to scrap a law backed by Mr Chirac relating to taxes in Paris.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text) == "Paris"));
    }

    [Fact]
    public void A_good_deal_for_someone_is_a_judgement()
    {
        var run = Coded.Run("The minister said: \"This is a good deal for the councils and for taxpayers.\"");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_party_named_before_its_plans_is_the_target_of_an_attack_on_them()
    {
        var run = Coded.Run("Mr Hollis launched an attack on Labour spending plans on Monday.");
        var e = run.Single(PloverType.Accuse);
        e.Texts(ActorRole.Target, run.Text).ShouldBe(["Labour"]);
    }

    [Fact]
    public void An_attack_on_a_partys_plans_is_criticism_whatever_the_tag_of_the_party()
    {
        var run = Coded.Run("Mr Hollis launched an attack on Tory spending plans on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }
}
