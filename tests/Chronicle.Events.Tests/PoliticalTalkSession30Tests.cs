namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen American campaign news (session 30): a year after `since` in a concessive
/// clause dating the accusation before it; a possessor taken for the person it owns (`CNN's Anderson Cooper`); a town
/// and its state taken for the officer they introduce (`Tulsa, Okla., police officer X`); one candidate chanting read as a
/// protest; and, from the end reading, a subject lost before a phrase between dashes, mocking and painting someone as a
/// fraud not read as criticism.
/// </summary>
public sealed class PoliticalTalkSession30Tests
{
    private static readonly DateOnly In2016 = new(2016, 9, 23);

    [Fact]
    public void A_year_in_a_concessive_clause_dates_no_accusation_before_it()
    {
        var run = Coded.Run(
            "Senator Dana Whitlock accused Governor Ross Pell of being a socialist, though records show he has been a registered conservative since 2003.",
            In2016);
        run.Single(PloverType.Accuse).Date?.Value.ShouldNotBe("2003");
    }

    [Fact]
    public void A_year_in_a_clause_of_reason_dates_no_event_before_it()
    {
        var run = Coded.Run("Senator Dana Whitlock accused Governor Ross Pell of lying because he had voted for the tax in 2003.", In2016);
        run.Single(PloverType.Accuse).Date?.Value.ShouldNotBe("2003");
    }

    [Fact]
    public void A_year_after_since_in_the_events_own_clause_still_dates_nothing_else()
    {
        var run = Coded.Run("Senator Dana Whitlock, who has led the party since 2003, accused Governor Ross Pell of lying on Monday.", In2016);
        run.Single(PloverType.Accuse).Date!.Value.ShouldBe("2016-09-19");
    }

    [Theory]
    [InlineData("Senator Dana Whitlock criticized CNN's Anderson Cooper on Monday.", "Anderson Cooper")]
    [InlineData("Senator Dana Whitlock criticized Portugal's Prime Minister Ana Ruiz on Monday.", "Ana Ruiz")]
    public void A_person_named_after_a_possessor_is_the_target(string sentence, string person)
    {
        var run = Coded.Run(sentence, In2016);
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).Single().ShouldContain(person);
    }

    [Fact]
    public void A_possessors_act_still_makes_the_possessor_the_target()
    {
        var run = Coded.Run("Senator Dana Whitlock criticized Russia's invasion of Ukraine.", In2016);
        var e = run.Events.First(e => e.Type == PloverType.Accuse);
        e.Texts(ActorRole.Target, run.Text).Single().ShouldBe("Russia");
    }

    [Fact]
    public void An_officer_introduced_by_a_town_and_its_state_is_the_target()
    {
        var run = Coded.Run("Senator Dana Whitlock criticized Tulsa, Okla., police officer Ana Ruiz.", In2016);
        var target = run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).Single();
        target.ShouldContain("Ana Ruiz");
    }

    [Fact]
    public void A_subject_before_a_phrase_between_dashes_is_the_verbs()
    {
        var run = Coded.Run("Senator Dana Whitlock — who has called for tax rises on the rich — lambasted Governor Ross Pell's plan.", In2016);
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).Single().ShouldContain("Dana Whitlock");
    }

    [Fact]
    public void A_thing_before_a_phrase_between_dashes_gives_no_source()
    {
        var run = Coded.Run("The bill — which Senator Dana Whitlock opposed — was rejected by the state senate.", In2016);
        run.Events.ShouldNotContain(e => e.Texts(ActorRole.Source, run.Text).Any(t => t.Contains("Whitlock")));
    }

    [Fact]
    public void One_person_chanting_at_no_one_is_no_protest()
    {
        var run = Coded.Run("Governor Ross Pell walked onto the stage, chanting slogans.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void A_crowd_chanting_still_protests()
    {
        var run = Coded.Run("Hundreds of students chanted slogans against the governor in Denver on Monday.", In2016);
        run.Events.ShouldContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void Mocking_someone_is_criticism()
    {
        var run = Coded.Run("Senator Dana Whitlock mocked Governor Ross Pell for not releasing his tax returns.", In2016);
        var e = run.Single(PloverType.Accuse);
        e.Texts(ActorRole.Target, run.Text).Single().ShouldContain("Ross Pell");
    }

    [Fact]
    public void Painting_someone_as_a_fraud_is_criticism()
    {
        var run = Coded.Run("Senator Dana Whitlock painted Governor Ross Pell as a fraud.", In2016);
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).Single().ShouldContain("Dana Whitlock");
    }

    [Theory]
    [InlineData("The artist painted the house red.")]
    [InlineData("Senator Dana Whitlock portrayed Governor Ross Pell as a hero.")]
    public void Painting_without_a_word_of_blame_is_no_criticism(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void A_middle_initial_does_not_hide_a_dated_office_holder()
    {
        var run = Coded.Run("Secretary of State John F. Kerry urged North Korea to resume talks.", new DateOnly(2016, 9, 10));
        run.Single(PloverType.Request).Actors.First(a => a.Role == ActorRole.Source).Country.ShouldBe("US");
    }

    [Fact]
    public void A_year_in_a_relative_clause_without_its_pronoun_dates_no_request_before_it()
    {
        var run = Coded.Run("Senator Dana Whitlock urged Governor Ross Pell to resume talks he abandoned in 2009.", In2016);
        run.Single(PloverType.Request).Date?.Value.ShouldNotBe("2009");
    }

    [Theory]
    [InlineData("Japan branded North Korea an \"outlaw nation in the neighborhood.\"")]
    [InlineData("Japan branded North Korea a rogue state.")]
    public void A_state_branded_an_outlaw_or_a_rogue_is_accused(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).Single().ShouldBe("North Korea");
    }
}
