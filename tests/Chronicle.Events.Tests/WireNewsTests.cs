namespace Chronicle.Events.Tests;

/// <summary>
/// Wire-service news: the agency or office a sentence closes on is its teller, a post's holder is the one who acts,
/// a place an attack is only near is no target, tariffs laid on a country are a sanction, and the verbs of war and
/// politics that markets borrow (shares shot up, a firm executed a contract, agreed to buy) tell no political event.
/// </summary>
public sealed class WireNewsTests
{
    [Theory]
    [InlineData("About 5,000 dock workers went on strike in the north demanding better pay, the official Antara news agency said.")]
    [InlineData("Several hundred miners walked out on Monday demanding higher wages, the state news agency reported.")]
    public void The_agency_a_sentence_closes_on_is_no_target_of_the_strike(string sentence)
    {
        var run = Coded.Run(sentence);
        var strike = run.Single(PloverType.Protest);
        strike.Texts(ActorRole.Target, run.Text).ShouldBeEmpty();
    }

    [Fact]
    public void A_target_named_before_the_closing_teller_stays()
    {
        var run = Coded.Run("The minister accused the rebels of burning the village, the radio said.");
        var accusation = run.Single(PloverType.Accuse);
        accusation.Texts(ActorRole.Target, run.Text).ShouldBe(["rebels"]);
    }

    [Fact]
    public void The_paper_an_interview_was_given_to_is_no_target_of_the_criticism()
    {
        var run = Coded.Run("Some factory managers have criticised the wage freeze in interviews with the Daily Clarion.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("Clarion")));
    }

    [Fact]
    public void The_speaker_of_a_parliament_is_the_one_who_warns()
    {
        var run = Coded.Run("The speaker of the Ruritanian parliament warned Freedonia not to send troops across the border.");
        var warning = run.Events.Single(e => e.Texts(ActorRole.Target, run.Text).Contains("Freedonia"));
        warning.Texts(ActorRole.Source, run.Text).Single().ShouldStartWith("The speaker");
    }

    [Fact]
    public void A_town_the_attacks_were_near_is_no_target()
    {
        var run = Coded.Run("Rebel forces launched fresh attacks near the port city of Alfaro last night.");
        var attack = run.Single(PloverType.Assault);
        attack.Texts(ActorRole.Source, run.Text).ShouldBe(["Rebel forces"]);
        attack.Texts(ActorRole.Target, run.Text).ShouldBeEmpty();
    }

    [Fact]
    public void A_town_attacked_is_still_the_target()
    {
        var run = Coded.Run("Rebel forces attacked the port city of Alfaro last night.");
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).ShouldNotBeEmpty();
    }

    [Fact]
    public void Artillery_fire_that_backs_troops_is_no_supporter()
    {
        var run = Coded.Run("Government forces backed by heavy artillery fire pushed towards the rebel stronghold on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Theory]
    [InlineData("The White House imposed 100 pct tariffs on Ruritanian electronic goods.")]
    [InlineData("Washington slapped tariffs on Ruritanian steel on Friday.")]
    public void Tariffs_laid_on_a_country_s_goods_are_a_sanction(string sentence)
    {
        var run = Coded.Run(sentence);
        run.Single(PloverType.Sanction).Actors.ShouldContain(a => a.Role == ActorRole.Source);
    }

    [Fact]
    public void Shares_that_shoot_up_are_no_attack()
    {
        var run = Coded.Run("Shares of Acme Corp shot up 3-1/4 to 41 in heavy trading.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Soldiers_who_shoot_protesters_still_attack()
    {
        var run = Coded.Run("Soldiers shot three protesters outside the parliament on Tuesday.");
        run.Single(PloverType.Assault).Texts(ActorRole.Source, run.Text).ShouldBe(["Soldiers"]);
    }

    [Fact]
    public void A_letter_of_intent_executed_is_no_execution()
    {
        var run = Coded.Run("The company said it executed a letter of intent to acquire two Ohio retailers.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Prisoners_executed_are_an_attack()
    {
        var run = Coded.Run("The military government executed two opposition activists on Monday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Ratings_withdrawn_are_no_retreat()
    {
        var run = Coded.Run("Ratings agency Moody's withdrew its ratings on the company's debentures.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void Troops_withdrawn_are_a_retreat()
    {
        var run = Coded.Run("Ruritania withdrew its troops from the disputed border region on Sunday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Retreat);
    }

    [Theory]
    [InlineData("Acme Corp said it has agreed to acquire Beta Inc for 20 dlrs a share.")]
    [InlineData("The group offered to buy the rest of the shares for 300 mln dlrs.")]
    public void A_company_agreeing_to_buy_another_makes_no_political_agreement(string sentence)
    {
        var run = Coded.Run(sentence);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Parties_agreeing_to_meet_still_agree()
    {
        var run = Coded.Run("Greece and Turkey agreed to resume talks on the Aegean next month.");
        run.Events.ShouldContain(e => e.Type == PloverType.Agree || e.Type == PloverType.Consult);
    }

    [Fact]
    public void A_state_that_asks_another_to_act_makes_a_request()
    {
        var run = Coded.Run("Kuwait had asked Washington to protect its tankers in the Gulf.");
        var request = run.Single(PloverType.Request);
        request.Texts(ActorRole.Source, run.Text).ShouldBe(["Kuwait"]);
        request.Texts(ActorRole.Target, run.Text).ShouldBe(["Washington"]);
    }

    [Theory]
    [InlineData("Reporters asked the minister about the talks on Monday.")]
    [InlineData("Ministers have been asked to explain how the figures were leaked.")]
    [InlineData("The board wants patients to ask to be referred to the new hospital.")]
    [InlineData("An official, who asked not to be identified, said the talks had failed.")]
    public void A_question_an_unnamed_asker_or_asking_for_oneself_is_no_request(string sentence)
    {
        var run = Coded.Run(sentence);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Request);
    }

    [Fact]
    public void Figures_released_by_an_office_free_no_one()
    {
        var run = Coded.Run("Partial indicators released since the last meeting of the council show steady growth.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }
}
