namespace Chronicle.Events.Tests;

public sealed class OptionsAndFearsSession26Tests
{
    [Fact]
    public void An_attack_named_as_the_means_of_what_a_modal_carries_is_not_asserted()
    {
        var run = Coded.Run("Syria could open a war either through a direct attack on Turkey or by attacking Lebanon.", new DateOnly(1990, 8, 13));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void An_attack_named_as_the_means_of_an_asserted_act_stays_asserted()
    {
        var run = Coded.Run("Syria opened a war on Monday by attacking Lebanon.", new DateOnly(1990, 8, 13));
        run.Events.ShouldContain(e => e.Type == PloverType.Assault && e.Modality == Modality.Asserted);
    }

    [Theory]
    [InlineData("Turkey braced for the much-feared invasion by Syria.")]
    [InlineData("There is a risk of an attack by Syria on Turkey.")]
    [InlineData("Officials in Ankara spoke of the danger of a potential invasion by Syria.")]
    public void An_act_feared_or_named_as_a_risk_is_not_asserted(string sentence)
    {
        var run = Coded.Run(sentence, new DateOnly(1990, 8, 13));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void An_attack_launched_stays_asserted()
    {
        var run = Coded.Run("Syria launched an attack on Turkey on Monday.", new DateOnly(1990, 8, 13));
        run.Events.ShouldContain(e => e.Type == PloverType.Assault && e.Modality == Modality.Asserted);
    }
}
