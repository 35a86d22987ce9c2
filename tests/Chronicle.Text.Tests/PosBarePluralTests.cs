using Chronicle.Testing;
using Chronicle.Text.Pos;

namespace Chronicle.Text.Tests;

public sealed class PosBarePluralTests
{
    private static readonly Lazy<PosModel> Model = new(() => PosModel.Load(Path.Combine(RepositoryPaths.Root, "data", "pos", "pos.bin.gz")));

    private static string[] Tag(string text)
    {
        var document = new Document("test", null, null, text);
        var found = new PosTaggerStage(Model.Value).Run(document, new TokenizerStage().Run(document, Annotations.Empty));
        return [.. found.Tokens.Select((t, i) => $"{t.Span.Of(text)}/{found.PosTags[i]}")];
    }

    [Fact]
    public void A_verb_after_an_opening_bare_plural_before_an_object_is_a_present_verb()
    {
        Tag("Unions accuse Ryanair of breaking labour law.").ShouldContain("accuse/VBP");
        Tag("Critics accuse the government of lying.").ShouldContain("accuse/VBP");
    }

    [Fact]
    public void A_preposition_or_compound_noun_after_an_opening_bare_plural_stays()
    {
        Tag("Protesters outside the embassy chanted slogans.").ShouldContain("outside/IN");
        Tag("Teachers strike ballots were counted.").ShouldContain("strike/NN");
        Tag("Students union leaders met.").ShouldContain("union/NN");
    }
}
