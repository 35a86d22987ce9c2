namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen entertainment and sport news on courts and bans (session 22): a penalty
/// received read as imposed by the one who received it, charges pressed read as a request, a protested innocence read as
/// a demonstration.
/// </summary>
public sealed class CourtsAndSportSession22Tests
{
    private static readonly DateOnly In2024 = new(2024, 5, 1);

    [Theory]
    [InlineData("The runner Maria Lopez has received a four-year ban for doping offences.")]
    [InlineData("The runner Maria Lopez was handed a two-year ban in May.")]
    public void A_ban_received_falls_on_its_receiver(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        var ban = run.Single(PloverType.Coerce);
        ban.Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("Maria Lopez");
        ban.Actors.ShouldNotContain(a => a.Role == ActorRole.Source);
    }

    [Fact]
    public void A_ban_received_from_a_body_is_that_body_s()
    {
        var run = Coded.Run("The runner Maria Lopez has received a four-year ban from the Italian federation.", In2024);
        var ban = run.Single(PloverType.Coerce);
        ban.Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("Maria Lopez");
        ban.Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("federation");
    }

    [Fact]
    public void A_ban_faced_is_still_to_come()
    {
        var run = Coded.Run("The sprinter Tom Smith is facing a lifetime ban.", In2024);
        var ban = run.Single(PloverType.Coerce);
        ban.Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("Tom Smith");
        ban.Modality.ShouldBe(Modality.Hypothetical);
    }

    [Fact]
    public void A_ban_imposed_is_still_the_imposer_s()
    {
        var run = Coded.Run("The Italian federation banned Maria Lopez for two years.", In2024);
        var ban = run.Single(PloverType.Coerce);
        ban.Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("Maria Lopez");
        ban.Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("federation");
    }

    [Fact]
    public void Charges_pressed_against_someone_accuse_them()
    {
        var run = Coded.Run("The Kenyan agency decided to press charges against the cyclist Paul Kamau.", In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Request);
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).ShouldBe(["Paul Kamau"]);
    }

    [Fact]
    public void Disciplinary_action_against_a_coach_accuses_him()
    {
        var run = Coded.Run("The Italian Football Federation has initiated disciplinary action against coach Marco Rossi.", In2024);
        var action = run.Single(PloverType.Accuse);
        action.Texts(ActorRole.Target, run.Text).ShouldBe(["Marco Rossi"]);
        action.Texts(ActorRole.Source, run.Text).Single().ShouldContain("Federation");
    }

    [Theory]
    [InlineData("The skater Anna Berg has consistently protested her innocence.")]
    [InlineData("The two men protested their innocence in court in Oslo.")]
    public void Protesting_one_s_innocence_is_no_demonstration(string sentence)
    {
        Coded.Run(sentence, In2024).Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void Protesting_against_a_ruling_is_still_a_protest()
    {
        Coded.Run("Hundreds of students protested against the ruling in Rome.", In2024).Single(PloverType.Protest);
    }

    [Fact]
    public void A_person_s_ban_is_one_they_suffer()
    {
        var run = Coded.Run("Maria Lopez's four-year ban was announced in Rome on Monday.", In2024);
        var ban = run.Single(PloverType.Coerce);
        ban.Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("Maria Lopez");
        ban.Actors.ShouldNotContain(a => a.Role == ActorRole.Source);
    }

    [Fact]
    public void One_taking_legal_action_is_its_source()
    {
        var run = Coded.Run("Ann Lee is taking legal action against Sony over its show.", In2024);
        var action = run.Single(PloverType.Accuse);
        action.Texts(ActorRole.Source, run.Text).ShouldBe(["Ann Lee"]);
        action.Texts(ActorRole.Target, run.Text).ShouldBe(["Sony"]);
    }

    [Theory]
    [InlineData("Sports minister Ana Diaz gave her backing to FIFA.")]
    [InlineData("Sports minister Ana Diaz was quick to give her backing to FIFA's decision.")]
    public void Backing_given_is_support(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        var backing = run.Single(PloverType.Support);
        backing.Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("Ana Diaz");
        backing.Texts(ActorRole.Target, run.Text).ShouldBe(["FIFA"]);
    }

    [Fact]
    public void A_bare_title_joined_to_a_described_name_is_that_person()
    {
        var run = Coded.Run("Fellow speaker and composer James MacMillan agreed with the plan.", In2024);
        var agreement = run.Single(PloverType.Agree);
        agreement.Actors.ShouldNotContain(a => a.Canonical.Contains("speaker"));
        agreement.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical == "James MacMillan");
    }

    [Fact]
    public void Two_parties_joined_stay_two()
    {
        var run = Coded.Run("Police and soldiers arrested 20 men in Lagos.", In2024);
        run.Single(PloverType.Coerce).Actors.Count(a => a.Role == ActorRole.Source).ShouldBe(2);
    }

    [Fact]
    public void A_day_before_an_after_clause_does_not_date_the_events_in_it()
    {
        var run = Coded.Run("Tom Lee is due in court on 20 December after being charged with assault.", In2024);
        run.Events.ShouldNotContain(e => e.Date != null && e.Date.Value.EndsWith("-12-20"));
    }

    [Fact]
    public void A_day_before_the_event_still_dates_it()
    {
        var run = Coded.Run("Police arrested 20 people in Lagos on Monday after a protest.", In2024);
        run.Single(PloverType.Coerce).Date!.Value.ShouldBe("2024-04-29");
    }

    [Fact]
    public void Producers_who_sue_are_an_actor()
    {
        var run = Coded.Run("The producers have sued three men in Los Angeles.", In2024);
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).ShouldBe(["The producers"]);
    }

    [Fact]
    public void An_athlete_suspended_from_competition_is_banned()
    {
        var run = Coded.Run("Kenya's athletics body has suspended runner Mary Wanjiru from all competition.", In2024);
        run.Single(PloverType.Coerce).Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("Mary Wanjiru");
    }

    [Fact]
    public void A_member_suspended_from_a_body_is_still_a_sanction()
    {
        var run = Coded.Run("The party suspended the councillor from its membership.", In2024);
        run.Single(PloverType.Sanction);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void An_appeal_against_an_acquittal_rejects_it()
    {
        var run = Coded.Run("The World Anti-Doping Agency will appeal against the acquittal of the two sprinters.", In2024);
        run.Single(PloverType.Reject).Modality.ShouldBe(Modality.Hypothetical);
    }
}
