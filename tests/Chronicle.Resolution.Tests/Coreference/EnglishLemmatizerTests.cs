using Chronicle.Resolution.Coreference;

namespace Chronicle.Resolution.Tests.Coreference;

public sealed class EnglishLemmatizerTests
{
    private readonly EnglishLemmatizer _lemmatizer = new();

    [Theory]
    [InlineData("arrested", "arrest")]
    [InlineData("Arrests", "arrest")]
    [InlineData("making", "make")]
    [InlineData("made", "make")]
    [InlineData("shot", "shooting")]
    [InlineData("planned", "plans")]
    [InlineData("killing", "killed")]
    [InlineData("died", "dies")]
    [InlineData("carried", "carries")]
    [InlineData("#Awards®", "award")]
    public void Inflected_forms_share_a_key(string a, string b) => _lemmatizer.Lemma(a).ShouldBe(_lemmatizer.Lemma(b));

    [Theory]
    [InlineData("election", "elected")]
    [InlineData("death", "died")]
    [InlineData("announcement", "announced")]
    public void A_nominalisation_shares_its_verb_stem(string noun, string verb) => _lemmatizer.Stem(noun).ShouldBe(_lemmatizer.Stem(verb));

    [Fact]
    public void Different_verbs_keep_different_keys() => _lemmatizer.Lemma("fired").ShouldNotBe(_lemmatizer.Lemma("hired"));
}
