namespace Chronicle.Events.Tests;

/// <summary>
/// Session 32 (mod48): a meal had with someone (the verb phrase `had dinner with`) consults
/// them, and with no actor after `with` consults no one; troops massed and tanks moved are a mobilisation.
/// </summary>
public sealed class VisitsAndMovesSession32Tests
{
    private static readonly DateOnly In2014 = new(2014, 6, 1);

    [Theory]
    [InlineData("Chancellor Angela Merkel had breakfast with Vice President Joe Biden in Berlin.")]
    [InlineData("Chancellor Angela Merkel had dinner with Vice President Joe Biden in Berlin.")]
    [InlineData("Chancellor Angela Merkel is having lunch with Vice President Joe Biden in Berlin.")]
    public void A_meal_had_with_a_leader_consults_him(string sentence)
    {
        var run = Coded.Run(sentence, In2014);
        var e = run.Single(PloverType.Consult);
        e.Texts(ActorRole.Source, run.Text).Single().ShouldContain("Merkel");
        e.Texts(ActorRole.Target, run.Text).Single().ShouldContain("Biden");
    }

    [Theory]
    [InlineData("The mayor had dinner with friends on Saturday.")]
    [InlineData("The mayor had lunch with his family in Lyon.")]
    public void A_meal_with_no_actor_after_with_consults_no_one(string sentence)
    {
        var run = Coded.Run(sentence, In2014);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Theory]
    [InlineData("Russia massed troops on the border with Ukraine.")]
    [InlineData("Russia has been massing troops near the Ukrainian border.")]
    [InlineData("Russia moved tanks toward the border on Tuesday.")]
    [InlineData("The army moved troops into the northern province.")]
    public void Troops_massed_or_moved_are_a_mobilisation(string sentence)
    {
        var run = Coded.Run(sentence, In2014);
        run.Single(PloverType.Mobilize).Texts(ActorRole.Source, run.Text).ShouldNotBeEmpty();
    }
}
