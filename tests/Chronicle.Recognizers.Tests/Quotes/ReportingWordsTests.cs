using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Testing;
using Chronicle.Text;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class ReportingWordsTests
{
    private static byte ClassOf(ReportingWords words, string word) => words.Of(TokenFacts.Hash(word));

    private static byte Number(string name) => (byte)(ReportingWords.ClassNames.ToList().IndexOf(name) + 1);

    [Fact]
    public void A_lemma_alone_brings_its_regular_inflections_into_its_class()
    {
        var words = ReportingWords.Parse(new StringReader("insist\tassertion\nworry\tcognition\nurge\tdirective\npress\tdirective\n"));

        foreach (var form in new[] { "insist", "insists", "insisted", "insisting" })
        {
            ClassOf(words, form).ShouldBe(Number("assertion"), form);
        }
        foreach (var form in new[] { "worries", "worried", "worrying" })
        {
            ClassOf(words, form).ShouldBe(Number("cognition"), form);
        }
        foreach (var form in new[] { "urges", "urged", "urging", "presses", "pressed" })
        {
            ClassOf(words, form).ShouldBe(Number("directive"), form);
        }
        ClassOf(words, "table").ShouldBe((byte)0);
    }

    [Fact]
    public void Listed_forms_are_taken_as_they_are_and_comments_are_skipped()
    {
        var words = ReportingWords.Parse(new StringReader("# a comment\tspeech\nsay says said saying\tspeech\n\nFear\tcognition\n"));

        ClassOf(words, "said").ShouldBe(Number("speech"));
        ClassOf(words, "sayed").ShouldBe((byte)0);
        ClassOf(words, "fears").ShouldBe(Number("cognition"));
        ClassOf(words, "#").ShouldBe((byte)0);
        words.Count.ShouldBe(8);
    }

    [Fact]
    public void A_line_without_a_known_class_is_an_error()
    {
        Should.Throw<InvalidDataException>(() => ReportingWords.Parse(new StringReader("insist\tshouting\n")));
        Should.Throw<InvalidDataException>(() => ReportingWords.Parse(new StringReader("insist\n")));
    }

    [Fact]
    public void The_committed_list_holds_the_classes_of_rare_and_common_cue_words()
    {
        var words = ReportingWords.Load(Path.Combine(RepositoryPaths.Root, "data", "quotes", "reporting-words.tsv"));

        ClassOf(words, "said").ShouldBe(Number("speech"));
        ClassOf(words, "insisted").ShouldBe(Number("assertion"));
        ClassOf(words, "expected").ShouldBe(Number("cognition"));
        ClassOf(words, "according").ShouldBe(Number("evidential"));
        ClassOf(words, "denies").ShouldBe(Number("stance"));
        ClassOf(words, "seeking").ShouldBe(Number("directive"));
        ClassOf(words, "warning").ShouldBe(Number("directive"));
        ClassOf(words, "parliament").ShouldBe((byte)0);
    }

    [Fact]
    public void Reporting_words_survive_a_save_and_load_and_reach_the_token_facts()
    {
        var weights = new LinearWeights(2, [1UL], [0.5f, -0.5f]);
        var model = new AttributionModel("test", weights, weights).WithReporting(ReportingWords.Parse(new StringReader("contend\tassertion\n")));
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var reloaded = AttributionModel.Load(stream);
        reloaded.ReportingWordCount.ShouldBe(4);
        reloaded.WithCueMargin(3).ReportingWordCount.ShouldBe(4);

        const string text = "The minister contended that the port was safe.";
        var found = Pipeline.Of(new TokenizerStage(new Tokenizer(), new SentenceSplitter())).Run(new Document("test", null, null, text)).Annotations;
        var facts = new TokenFacts(new QuoteText(text, found, CueLexicon.English()), reloaded.Clusters, reloaded.Rates, reloaded.Reporting);
        facts.Reporting[2].ShouldBe(Number("assertion"));
        facts.Reporting[1].ShouldBe((byte)0);
        facts.Reporting[4].ShouldBe((byte)0);
    }
}
