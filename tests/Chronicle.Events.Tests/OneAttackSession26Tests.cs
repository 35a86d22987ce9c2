namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen wire news (session 26): a relative <c>which</c> after the object of a
/// preposition dropped as a thing when a country or a body named there does a verbal act.
/// </summary>
public sealed class OneAttackSession26Tests
{
    private static readonly DateOnly In1998 = new(1998, 8, 8);

    [Theory]
    [InlineData("He warned of trouble with Iran, which had condemned Iraq.", "Iran", PloverType.Accuse)]
    [InlineData("She spoke of talks with Syria, which rejected the plan.", "Syria", PloverType.Reject)]
    [InlineData("He spoke about a rift with the United Nations, which had accused Baghdad of lying.", "the United Nations", PloverType.Accuse)]
    [InlineData("He praised the report by Amnesty International, which condemned the killings.", "Amnesty International", PloverType.Accuse)]
    public void A_body_after_a_preposition_is_what_which_stands_for_when_it_does_a_verbal_act(string sentence, string source, PloverType type)
    {
        var run = Coded.Run(sentence, In1998);
        run.Single(type).Texts(ActorRole.Source, run.Text).ShouldContain(source);
    }

    [Theory]
    [InlineData("The minister spoke of the economy of Iran, which grew fast.")]
    [InlineData("It was a good deal for local government, which will allow towns to build homes.")]
    public void A_thing_before_the_preposition_stays_what_which_stands_for_without_a_verbal_act(string sentence) =>
        Coded.Run(sentence, In1998).Events.ShouldBeEmpty();
}
