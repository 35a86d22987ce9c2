namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen news (session 26, issue #7): aid or support told from the receiving side
/// (<c>X receives World Bank support</c>) read as support with no one to receive it, and a vehicle or craft read as the
/// one who acts in the purpose after it (<c>chartering planes to deliver aid</c>).
/// </summary>
public sealed class AidReceivedSession26Tests
{
    private static readonly DateOnly In2024 = new(2024, 5, 1);

    [Theory]
    [InlineData("The UN is chartering planes to deliver aid to Aceh.", "The UN", "Aceh")]
    [InlineData("The Red Cross hired lorries to deliver relief supplies to Darfur.", "The Red Cross", "Darfur")]
    [InlineData("Britain used military helicopters to deliver medicine to Pakistan.", "Britain", "Pakistan")]
    public void A_purpose_after_a_vehicle_is_the_act_of_the_one_who_uses_it(string sentence, string giver, string recipient)
    {
        var run = Coded.Run(sentence, In2024);
        var aid = run.Single(PloverType.Aid);
        aid.Texts(ActorRole.Source, run.Text).ShouldBe([giver]);
        aid.Texts(ActorRole.Target, run.Text).ShouldBe([recipient]);
    }

    [Theory]
    [InlineData("Russia deployed warplanes to bomb rebel positions in Idlib.")]
    [InlineData("Japan sent two navy ships to deliver aid to Haiti.")]
    public void A_vehicle_is_never_the_source(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        run.Events.ShouldNotBeEmpty();
        run.Events.ShouldNotContain(e => e.Texts(ActorRole.Source, run.Text)
            .Any(s => s.Contains("warplanes", StringComparison.Ordinal) || s.Contains("ships", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Only Chad and Niger currently receive World Bank support.", "World Bank", new[] { "Chad", "Niger" })]
    [InlineData("Malawi obtained support from the IMF in March.", "IMF", new[] { "Malawi" })]
    [InlineData("Ghana receives EU support for its schools.", "EU", new[] { "Ghana" })]
    public void Support_received_from_a_state_or_a_body_is_economic_aid_to_the_receiver(string sentence, string giver, string[] receivers)
    {
        var run = Coded.Run(sentence, In2024);
        var aid = run.Single(PloverType.Aid);
        aid.Mode.ShouldBe("economic");
        aid.Texts(ActorRole.Source, run.Text).ShouldBe([giver]);
        aid.Texts(ActorRole.Target, run.Text).Order(StringComparer.Ordinal).ShouldBe(receivers);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void Aid_received_from_a_named_giver_goes_from_the_giver_to_the_receiver()
    {
        var run = Coded.Run("Haiti got Japan's aid after the storm.", In2024);
        var aid = run.Single(PloverType.Aid);
        aid.Texts(ActorRole.Source, run.Text).ShouldBe(["Japan"]);
        aid.Texts(ActorRole.Target, run.Text).ShouldBe(["Haiti"]);
    }

    [Theory]
    [InlineData("The minister received support from Labour MPs.")]
    [InlineData("The plan received support from Labour.")]
    public void Support_received_from_a_party_or_its_people_is_no_aid(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Aid);
    }
}
