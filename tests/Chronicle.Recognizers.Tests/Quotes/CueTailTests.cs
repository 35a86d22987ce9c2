using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class CueTailTests
{
    [Fact]
    public void A_tail_runs_from_the_verb_to_the_clause_punctuation()
    {
        var f = QuoteFacts.Of("“We will rebuild the bridge,” the mayor said in a long email.");
        var end = f.At("said") + 1;
        var (key, stop) = CueExtensions.Tail(f, end);

        key.ShouldNotBe(0UL);
        f.Q.Word(stop).ShouldBe(".");
        f.Q.Word(stop - 1).ShouldBe("email");
    }

    [Fact]
    public void A_tail_stops_before_that_and_never_follows_a_noun()
    {
        var f = QuoteFacts.Of("The council said on Monday that the bridge would reopen.");
        var (_, stop) = CueExtensions.Tail(f, f.At("said") + 1);
        f.Q.Word(stop).ShouldBe("that");

        CueExtensions.Tail(f, f.At("council") + 1).Key.ShouldBe(0UL);
    }

    [Fact]
    public void Tails_of_the_same_shape_share_a_key_and_other_shapes_do_not()
    {
        var email = QuoteFacts.Of("“It is over,” the coach said in an email.");
        var letter = QuoteFacts.Of("“It is not over,” the minister wrote in a letter.");
        var named = QuoteFacts.Of("“It is over,” said Ana Ruiz, a spokeswoman for the club.");

        var a = CueExtensions.Tail(email, email.At("said") + 1).Key;
        CueExtensions.Tail(letter, letter.At("wrote") + 1).Key.ShouldBe(a);
        CueExtensions.Tail(named, named.At("said") + 1).Key.ShouldNotBe(a);
    }

    [Fact]
    public void A_learned_tail_extends_a_cue_that_no_learned_words_extend()
    {
        var f = QuoteFacts.Of("“The plan is dead,” the senator said with a grin.");
        var end = f.At("said") + 1;
        var tail = CueExtensions.Tail(f, end);

        new CueExtensions(new HashSet<ulong>()).Extend(f, end - 1, end).ShouldBe(end);
        new CueExtensions(new HashSet<ulong> { tail.Key }).Extend(f, end - 1, end).ShouldBe(tail.Stop);
    }
}
