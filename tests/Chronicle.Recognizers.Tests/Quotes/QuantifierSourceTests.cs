using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class QuantifierSourceTests
{
    [Theory]
    [InlineData("Some warned that the plan would fail.", "warned", "some")]
    [InlineData("But many have said the vote came too late.", "have", "many")]
    [InlineData("Of the delegates, 43 said they would vote against it.", "said", "43")]
    public void A_quantifier_or_number_before_a_cue_verb_is_its_source(string text, string cue, string source)
    {
        var f = QuoteFacts.Of(text);

        var found = SourceShape.Quantifier(f, f.At(cue));

        found.ShouldNotBeNull();
        f.Q.Word(found.Value.First).ShouldBe(source);
        found.Value.End.ShouldBe(found.Value.First + 1);
    }

    [Theory]
    [InlineData("Officials said the plan will fail.", "said")]
    [InlineData("The law passed in 2015 said nothing of it.", "said")]
    public void Nouns_and_years_are_no_quantifier_sources(string text, string cue)
    {
        var f = QuoteFacts.Of(text);

        SourceShape.Quantifier(f, f.At(cue)).ShouldBeNull();
    }
}
