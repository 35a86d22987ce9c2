using Chronicle.Evaluation.Ner;
using Chronicle.Recognizers.Names;

namespace Chronicle.Evaluation.Tests.Ner;

public sealed class ConllReaderTests
{
    private const string Sample = """
        -DOCSTART- -X- -X- O

        Officials NNS B-NP O
        of IN B-PP O
        Acme NNP B-NP I-ORG
        Corp NNP I-NP I-ORG
        met VBD B-VP O
        Lena NNP B-NP I-PER
        Hart NNP I-NP I-PER
        Tom NNP I-NP B-PER
        Reyes NNP I-NP I-PER
        in IN B-PP O
        Lisbon NNP B-NP I-LOC
        . . O O

        -DOCSTART- -X- -X- O

        Danish JJ B-NP I-MISC
        shares NNS I-NP O
        """;

    [Fact]
    public void Reads_iob1_names_with_b_marking_adjacent_names_of_one_class()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, Sample);
        try
        {
            var documents = ConllReader.Read(path);

            documents.Count.ShouldBe(2);
            documents[0].Names.ShouldBe([
                new NameSpan(2, 2, NameClass.Org), new NameSpan(5, 2, NameClass.Per),
                new NameSpan(7, 2, NameClass.Per), new NameSpan(10, 1, NameClass.Loc)]);
            documents[0].Sentences.Length.ShouldBe(1);
            var t = documents[0].Tokens[2].Span;
            documents[0].Text[t.Start..t.End].ShouldBe("Acme");
            documents[1].Names.ShouldBe([new NameSpan(0, 1, NameClass.Misc)]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Counts_give_conlleval_precision_recall_and_f1()
    {
        var c = new NerCounts(Gold: 10, Found: 8, Correct: 6);

        c.Precision.ShouldBe(75.0);
        c.Recall.ShouldBe(60.0);
        c.F1.ShouldBe(2 * 75.0 * 60.0 / 135.0, 1e-9);
    }
}
