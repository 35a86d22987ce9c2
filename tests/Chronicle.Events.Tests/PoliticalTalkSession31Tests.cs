namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen American news (session 31): resolve to warn read as an agreement; a quality
/// or a prize captured, a scene captured on camera, an order of things overthrown, leave to see and cases prosecuted in
/// general read as acts between actors; sanctions eased read as sanctions imposed; a department read as no actor.
/// </summary>
public sealed class PoliticalTalkSession31Tests
{
    private static readonly DateOnly In2016 = new(2016, 9, 23);

    [Fact]
    public void Resolve_to_warn_is_no_agreement()
    {
        var run = Coded.Run("Governor Ross Pell is determined to warn his supporters about the dangers of staying home.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Readiness_to_send_troops_is_still_read()
    {
        var run = Coded.Run("Norway is ready to send troops to Mali.", In2016);
        run.Events.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("The new museum would capture the essential greatness of the nation.")]
    [InlineData("Senator Dana Whitlock captured the party's nomination in May.")]
    [InlineData("The arrest was captured on video by a neighbour.")]
    [InlineData("Police released a recording of the arrest, one captured by a dashboard camera.")]
    public void A_capture_that_takes_nothing_from_anyone_is_no_seizure(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce && e.Mode == "seize");
    }

    [Theory]
    [InlineData("Rebels captured 20 soldiers near the border.")]
    [InlineData("Rebels captured the town of Idlib on Monday.")]
    public void A_capture_of_people_or_a_town_is_still_a_seizure(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Single(PloverType.Coerce).Mode.ShouldBe("seize");
    }

    [Fact]
    public void Overthrowing_an_order_of_things_is_no_assault()
    {
        var run = Coded.Run("The film shows the activist seeking to overthrow that status quo.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Overthrowing_a_government_is_still_read()
    {
        var run = Coded.Run("Rebels sought to overthrow the government.", In2016);
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Leave_to_see_is_no_concession()
    {
        var run = Coded.Run(
            "President Obama said the exhibits would put those problems in context, allowing people to see the progress.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Concede);
    }

    [Fact]
    public void Leave_to_enter_is_still_a_concession()
    {
        var run = Coded.Run("The government allowed inspectors to enter the site.", In2016);
        run.Events.ShouldContain(e => e.Type == PloverType.Concede);
    }

    [Fact]
    public void Prosecuting_cases_in_general_is_no_charge()
    {
        var run = Coded.Run("Ana Ruiz spent years prosecuting cases for the U.S. attorney's office.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Theory]
    [InlineData("The United States relaxed trade sanctions against Cuba.")]
    [InlineData("The United States further eased sanctions on Burma.")]
    public void Sanctions_eased_are_a_concession(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Sanction);
        run.Single(PloverType.Concede).Texts(ActorRole.Source, run.Text).Single().ShouldContain("United States");
    }

    [Fact]
    public void Sanctions_eased_in_the_future_are_no_sanction()
    {
        var run = Coded.Run("The United States will further ease sanctions on Burma.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Sanction || e.Type == PloverType.Threaten);
    }

    [Fact]
    public void Sanctions_imposed_are_still_sanctions()
    {
        var run = Coded.Run("The United States imposed further sanctions on Cuba.", In2016);
        run.Single(PloverType.Sanction).Texts(ActorRole.Target, run.Text).Single().ShouldBe("Cuba");
    }

    [Fact]
    public void A_department_is_an_actor()
    {
        var run = Coded.Run(
            "Attorney General Ana Ruiz spoke on Monday.\n\nShe said her department was suing North Carolina over its law.", In2016);
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("department");
    }

    [Theory]
    [InlineData("Chancellor Ana Ruiz had lunch with friends on Sunday.")]
    [InlineData("The prime minister has regular meetings with both of them.")]
    public void A_meal_or_a_meeting_with_no_party_consults_no_one(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Theory]
    [InlineData("Senator Dana Whitlock avoids condemning Russia's invasion of Ukraine.")]
    [InlineData("Senator Dana Whitlock has refrained from criticising Governor Ross Pell.")]
    public void An_act_avoided_is_not_done(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse && e.Modality == Modality.Asserted);
    }

    [Theory]
    [InlineData("Russia even simulated an attack on the Danish island of Bornholm.")]
    [InlineData("Troops staged a mock attack on the base during the exercise.")]
    public void An_attack_rehearsed_is_no_assault(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void An_attack_on_an_island_is_still_an_assault()
    {
        var run = Coded.Run("Russian jets launched an attack on the Danish island of Bornholm.", In2016);
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }
}
