namespace Chronicle.Events.Tests;

/// <summary>
/// Charges and sentences: in `X accused Y of bombing`, the act charged is Y's, alleged, and X is no party to it;
/// a court's sentence to prison is a coercion of the sentenced.
/// </summary>
public sealed class ChargeTests
{
    [Theory]
    [InlineData("The opposition accused police of killing three protesters.", PloverType.Assault, "police")]
    [InlineData("The rebels accused the army of bombing villages near Kutum.", PloverType.Assault, "the army")]
    [InlineData("A court found the two men guilty of killing a soldier.", PloverType.Assault, "the two men")]
    public void The_one_accused_does_the_act_charged(string sentence, PloverType type, string doer)
    {
        var run = Coded.Run(sentence);
        var act = run.Single(type);
        act.Texts(ActorRole.Source, run.Text).ShouldBe([doer]);
    }

    [Fact]
    public void The_accuser_accuses_and_is_no_party_to_the_act_nor_to_what_follows_it()
    {
        var run = Coded.Run("The rebels accused the army of bombing villages near Kutum, killing 40 civilians.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).ShouldBe(["The rebels"]);
        var bombing = run.Single(PloverType.Assault);
        bombing.Texts(ActorRole.Source, run.Text).ShouldBe(["the army"]);
        bombing.Modality.ShouldBe(Modality.Alleged);
        bombing.Counts.ShouldContain(c => c.Kind == CountKind.Killed && c.Quantity.Value == 40);
    }

    [Fact]
    public void A_participle_after_a_plain_act_stays_its_subject_s()
    {
        var run = Coded.Run("The army attacked the town, killing 12 people.");
        run.Single(PloverType.Assault).Texts(ActorRole.Source, run.Text).ShouldBe(["The army"]);
    }

    [Theory]
    [InlineData("The court sentenced the activists to ten years in prison on Thursday.", "The court", "activists")]
    [InlineData("A judge in Lagos sentenced two journalists to life imprisonment.", "A judge", "journalists")]
    public void A_sentence_to_prison_is_a_coercion_of_the_sentenced(string sentence, string source, string target)
    {
        var run = Coded.Run(sentence);
        var sentenced = run.Single(PloverType.Coerce);
        sentenced.Texts(ActorRole.Source, run.Text).ShouldBe([source]);
        sentenced.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.EndsWith(target, StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_in_a_text_is_no_coercion()
    {
        Coded.Run("The editor sentenced the paragraph to the bin, he joked.").Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }
}
