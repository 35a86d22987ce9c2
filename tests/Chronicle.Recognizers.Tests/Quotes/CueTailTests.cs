using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Testing;
using Chronicle.Text;
using Chronicle.Text.Pos;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class CueTailTests
{
    private static readonly Pipeline Tagged = Pipeline.Of(
        new TokenizerStage(new Tokenizer(), new SentenceSplitter()),
        new PosTaggerStage(PosModel.Load(Path.Combine(RepositoryPaths.Root, "data", "pos", "pos.bin.gz"))));

    private static TokenFacts Facts(string text) =>
        new(new QuoteText(text, Tagged.Run(new Document("test", null, null, text)).Annotations, CueLexicon.English()), ClusterMap.Empty);

    private static int After(TokenFacts f, string word)
    {
        for (var t = 0; t < f.Count; t++)
        {
            if (f.Q.Word(t) == word)
            {
                return t + 1;
            }
        }
        throw new InvalidOperationException(word);
    }

    [Fact]
    public void A_tail_runs_from_the_verb_to_the_clause_punctuation()
    {
        var f = Facts("“We will rebuild the bridge,” the mayor said in a long email.");
        var end = After(f, "said");
        var (key, stop) = CueExtensions.Tail(f, end);

        key.ShouldNotBe(0UL);
        f.Q.Word(stop).ShouldBe(".");
        f.Q.Word(stop - 1).ShouldBe("email");
    }

    [Fact]
    public void A_tail_stops_before_that_and_never_follows_a_noun()
    {
        var f = Facts("The council said on Monday that the bridge would reopen.");
        var (_, stop) = CueExtensions.Tail(f, After(f, "said"));
        f.Q.Word(stop).ShouldBe("that");

        CueExtensions.Tail(f, After(f, "council")).Key.ShouldBe(0UL);
    }

    [Fact]
    public void Tails_of_the_same_shape_share_a_key_and_other_shapes_do_not()
    {
        var email = Facts("“It is over,” the coach said in an email.");
        var letter = Facts("“It is not over,” the minister wrote in a letter.");
        var named = Facts("“It is over,” said Ana Ruiz, a spokeswoman for the club.");

        var a = CueExtensions.Tail(email, After(email, "said")).Key;
        CueExtensions.Tail(letter, After(letter, "wrote")).Key.ShouldBe(a);
        CueExtensions.Tail(named, After(named, "said")).Key.ShouldNotBe(a);
    }

    [Fact]
    public void A_learned_tail_extends_a_cue_that_no_learned_words_extend()
    {
        var f = Facts("“The plan is dead,” the senator said with a grin.");
        var end = After(f, "said");
        var tail = CueExtensions.Tail(f, end);

        new CueExtensions(new HashSet<ulong>()).Extend(f, end - 1, end).ShouldBe(end);
        new CueExtensions(new HashSet<ulong> { tail.Key }).Extend(f, end - 1, end).ShouldBe(tail.Stop);
    }
}
