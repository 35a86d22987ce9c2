using Chronicle.Testing;
using Chronicle.Text.Pos;

namespace Chronicle.Text.Tests;

/// <summary>
/// Recased wire copy capitalises the word after a dotted abbreviation (<c>the U.S. Said</c>); in such copy the tagger
/// reads a common word there in lower case and leaves names alone, and in copy cased as written it reads none. A participle after <c>have</c> and a floated quantifier is one.
/// </summary>
public sealed class WireCapitalsTests
{
    private static readonly Lazy<PosModel> Model = new(() => PosModel.Load(Path.Combine(RepositoryPaths.Root, "data", "pos", "pos.bin.gz")));

    private static string TagOf(string text, string word)
    {
        var document = new Document("test", null, null, text);
        var found = new PosTaggerStage(Model.Value).Run(document, new TokenizerStage().Run(document, Annotations.Empty));
        var at = found.Tokens.ToList().FindIndex(t => t.Span.Of(text) == word);
        at.ShouldBeGreaterThanOrEqualTo(0);
        return found.PosTags[at];
    }

    [Theory]
    [InlineData("The U.S. Said the rebels had fired on a patrol boat.", "Said", "VBD")]
    [InlineData("The U.S. Said senior U.S. Officials had rejected the offer.", "Officials", "NNS")]
    [InlineData("The U.S. Said two sailors were hurt in Monday's U.S. Attack on the port.", "Attack", "NN")]
    [InlineData("He said the U.K. Was ready to talk.", "Was", "VBD")]
    public void In_recased_copy_a_common_word_after_a_dotted_abbreviation_is_read_in_lower_case(string text, string word, string tag) =>
        TagOf(text, word).ShouldBe(tag);

    [Theory]
    [InlineData("The U.S. Said the bill was sent to the U.S. Congress on Monday.", "Congress")]
    [InlineData("The U.S. Said the ship was escorted by U.S. Zorvian frigates.", "Zorvian")]
    [InlineData("She won the U.S. Open on Sunday.", "Open")]
    public void A_name_after_a_dotted_abbreviation_keeps_its_capital(string text, string word) =>
        TagOf(text, word).ShouldStartWith("NNP");

    [Theory]
    [InlineData("The two governments have both vowed revenge.")]
    [InlineData("The rebel leaders have all vowed revenge.")]
    public void A_word_in_ed_after_have_and_a_floated_quantifier_is_a_participle(string sentence) =>
        TagOf(sentence, "vowed").ShouldBe("VBN");
}
