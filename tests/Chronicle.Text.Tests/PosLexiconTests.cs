using Chronicle.Text.Pos;

namespace Chronicle.Text.Tests;

public sealed class PosLexiconTests
{
    // A corpus where the past forms only ever follow a plural noun, and "arrested" is seen often, always after "were".
    private static readonly string[] Corpus =
    [
        "the/DT police/NNS seized/VBD the/DT men/NNS ./.", "the/DT guards/NNS released/VBD the/DT men/NNS ./.",
        "the/DT men/NNS were/VBD arrested/VBN ./.", "the/DT women/NNS were/VBD arrested/VBN ./.",
        "the/DT men/NNS were/VBD released/VBN ./.", "the/DT students/NNS were/VBD arrested/VBN ./.",
        "the/DT men/NNS were/VBD arrested/VBN ./.", "the/DT guards/NNS were/VBD arrested/VBN ./.",
        "the/DT guards/NNS were/VBD arrested/VBN ./.", "the/DT police/NNS freed/VBD the/DT women/NNS ./.",
        "the/DT women/NNS were/VBD freed/VBN ./.", "they/PRP want/VBP to/TO cut/VB the/DT budget/NN ./.",
        "the/DT council/NN plans/VBZ to/TO cut/VB the/DT budget/NN ./.", "the/DT groups/NNS monitor/VBP the/DT vote/NN ./.",
        "some/DT local/JJ groups/NNS monitor/VBP the/DT vote/NN ./.", "a/DT local/JJ group/NN said/VBD it/PRP ./.",
        "the/DT men/NNS were/VBD quickly/RB and/CC quietly/RB freed/VBN ./.", "the/DT council/NN said/VBD two/CD men/NNS ./.",
    ];

    private static readonly string[] Lexicon =
        ["arrested\tVBD VBN", "released\tVBD VBN", "freed\tVBD VBN", "detained\tVBD VBN", "guards\tNNS VBZ", "cut\tVB VBD VBN"];

    private static TaggedSentence Sentence(string line) => TaggedLines.Sentence(line);

    private static string[] Tag(PosModel model, string text)
    {
        var sentence = Sentence(string.Join(' ', text.Split(' ').Select(w => w + "/X")));
        var tags = new byte[sentence.Tokens.Length];
        model.Tag(sentence.Text, sentence.Tokens.AsSpan(), tags);
        return [.. tags.Select(t => model.Tags[t])];
    }

    private static PosModel Train(string[]? lexicon, int dictionaryMinCount = 1000) =>
        new PosTrainer(new PosTrainerOptions { Epochs = 5, DictionaryMinCount = dictionaryMinCount, Version = "test" })
            .Train([.. Corpus.Select(Sentence)], null, null, lexicon is null ? null : PosLexicon.Parse(lexicon));

    [Fact]
    public void Each_word_gets_a_bit_per_tag_the_lexicon_gives_it()
    {
        var lexicon = PosLexicon.Parse(["cut\tVB VBD VBN", "Soldiers\tNNS", "odd\tXYZ", "no tab here"]);

        lexicon.Count.ShouldBe(3);
        var vb = 1 << PosLexicon.Tags.IndexOf("VB");
        var vbd = 1 << PosLexicon.Tags.IndexOf("VBD");
        var vbn = 1 << PosLexicon.Tags.IndexOf("VBN");
        lexicon[WordFeatures.Of("CUT").Lower].ShouldBe((byte)(vb | vbd | vbn));
        lexicon[WordFeatures.Of("soldiers").Lower].ShouldBe((byte)(1 << PosLexicon.Tags.IndexOf("NNS")));
        lexicon[WordFeatures.Of("odd").Lower].ShouldBe((byte)0);
    }

    [Fact]
    public void A_past_form_training_never_saw_is_read_by_its_lexicon_class_and_the_lexicon_survives_the_file()
    {
        // Given a model trained with the lexicon, written out and read back
        var model = Train(Lexicon);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var reloaded = PosModel.Load(stream);

        // Then "detained", never in the corpus, is a past tense after a subject and a participle after "were"
        model.LexiconCount.ShouldBe(Lexicon.Length);
        reloaded.LexiconCount.ShouldBe(Lexicon.Length);
        Tag(reloaded, "the police detained the women .").ShouldBe(["DT", "NNS", "VBD", "DT", "NNS", "."]);
        Tag(reloaded, "the women were detained .").ShouldBe(["DT", "NNS", "VBD", "VBN", "."]);
    }

    [Fact]
    public void A_frequent_word_the_lexicon_gives_two_tags_is_left_to_the_context_not_the_tag_dictionary()
    {
        // "arrested" is seen six times, always VBN: without a lexicon it goes to the dictionary and is VBN everywhere
        var plain = Train(null, dictionaryMinCount: 5);
        var withLexicon = Train(Lexicon, dictionaryMinCount: 5);

        Tag(plain, "the police arrested the men .")[2].ShouldBe("VBN");
        withLexicon.DictionaryCount.ShouldBe(plain.DictionaryCount - 1);
        Tag(withLexicon, "the police arrested the men .")[2].ShouldBe("VBD");
    }

    [Theory]
    // A participle between a subject and the start of an object is a past tense; after "were", or with no object, not.
    [InlineData("the police arrested the men .", "DT NNS VBN DT NNS .", "DT NNS VBD DT NNS .")]
    [InlineData("the police arrested two men .", "DT NNS VBN CD NNS .", "DT NNS VBD CD NNS .")]
    [InlineData("the men were arrested .", "DT NNS VBD VBN .", "DT NNS VBD VBN .")]
    [InlineData("the men arrested yesterday .", "DT NNS VBN NN .", "DT NNS VBN NN .")]
    // A base form after a singular noun that the lexicon lists as a past is one; after "to" or a plural noun, not.
    [InlineData("the council cut the budget .", "DT NN VB DT NN .", "DT NN VBD DT NN .")]
    [InlineData("they want to cut the budget .", "PRP VBP TO VB DT NN .", "PRP VBP TO VB DT NN .")]
    [InlineData("the councils cut the budget .", "DT NNS VBP DT NN .", "DT NNS VBP DT NN .")]
    [InlineData("the council monitor the budget .", "DT NN VB DT NN .", "DT NN VB DT NN .")]
    // "a ... NNS" is no subject: the base form after it is the head noun, unless a quantifier makes the phrase plural.
    [InlineData("to a local groups monitor .", "TO DT JJ NNS VBP .", "TO DT JJ NNS NN .")]
    [InlineData("a few local groups monitor the vote .", "DT JJ JJ NNS VBP DT NN .", "DT JJ JJ NNS VBP DT NN .")]
    [InlineData("the groups monitor the vote .", "DT NNS VBP DT NN .", "DT NNS VBP DT NN .")]
    // A word coordinated with a participle after be or have is a participle when it can be one.
    [InlineData("the rules had been bent and abused .", "DT NNS VBD VBN RB CC VBN .", "DT NNS VBD VBN VBN CC VBN .")]
    [InlineData("the men were tortured and abused .", "DT NNS VBD JJ CC VBN .", "DT NNS VBD VBN CC VBN .")]
    [InlineData("the men were happy and relieved .", "DT NNS VBD JJ CC VBN .", "DT NNS VBD JJ CC VBN .")]
    [InlineData("the rules bent and abused .", "DT NNS RB CC VBN .", "DT NNS RB CC VBN .")]
    public void The_checks_change_a_tag_only_where_the_grammar_leaves_no_choice(string text, string tagged, string expected)
    {
        var model = Train(Lexicon);
        var sentence = Sentence(string.Join(' ', text.Split(' ').Select(w => w + "/X")));
        Span<WordFeatures> context = new WordFeatures[sentence.Tokens.Length + 4];
        PosModel.Fill(sentence.Text, sentence.Tokens.AsSpan(), PosWordClasses.None, WordProfiles.None, PosLexicon.Parse(Lexicon), context);
        var tags = tagged.Split(' ').Select(t => (byte)model.Tags.IndexOf(t)).ToArray();

        model.Check(context, tags);

        string.Join(' ', tags.Select(t => model.Tags[t])).ShouldBe(expected);
    }

    [Fact]
    public void The_nearest_auxiliary_is_found_up_to_three_words_back()
    {
        var words = "they had been bent and abused".Split(' ');
        Span<WordFeatures> context = new WordFeatures[words.Length + 4];
        var sentence = Sentence(string.Join(' ', words.Select(w => w + "/X")));
        PosModel.Fill(sentence.Text, sentence.Tokens.AsSpan(), PosWordClasses.None, WordProfiles.None, PosLexicon.Parse(Lexicon), context);

        Auxiliaries.Before(context, 3).ShouldBe((Auxiliaries.Be << 2) | 1);   // bent: "been" just before
        Auxiliaries.Before(context, 5).ShouldBe((Auxiliaries.Be << 2) | 3);   // abused: "been" three back
        Auxiliaries.Before(context, 1).ShouldBe(Auxiliaries.None);            // had: nothing before it
    }
}
