namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen news (session 26, issue #7): a vehicle or craft read as the one who acts in the
/// purpose after it (<c>chartering planes to deliver aid</c>).
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
}
