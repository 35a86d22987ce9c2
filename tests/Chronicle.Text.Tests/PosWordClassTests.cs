using System.IO.Compression;
using System.Text;
using Chronicle.Text.Learning;
using Chronicle.Text.Pos;

namespace Chronicle.Text.Tests;

public sealed class PosWordClassTests
{
    private static readonly string[] Corpus =
    [
        "the/DT cats/NNS sleep/VBP ./.", "the/DT dogs/NNS run/VBP ./.", "some/DT cats/NNS run/VBP ./.",
        "the/DT cat/NN sleeps/VBZ ./.", "a/DT dog/NN runs/VBZ ./.", "the/DT dogs/NNS sleep/VBP ./.",
    ];

    private static TaggedSentence Sentence(string line) => TaggedLines.Sentence(line);

    private static WordClusters Clusters(params string[] lines)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        }

        buffer.Position = 0;
        return WordClusters.Load(buffer);
    }

    private static string[] Tag(PosModel model, string text)
    {
        var sentence = Sentence(string.Join(' ', text.Split(' ').Select(w => w + "/X")));
        var tags = new byte[sentence.Tokens.Length];
        model.Tag(sentence.Text, sentence.Tokens.AsSpan(), tags);
        return [.. tags.Select(t => model.Tags[t])];
    }

    [Fact]
    public void A_word_never_tagged_takes_the_tag_of_its_class_and_the_classes_survive_the_file()
    {
        // Given classes from untagged text where "geese" keeps company with "cats" and "dogs"
        var clusters = Clusters("cats\t0\t0", "dogs\t0\t0", "geese\t0\t0", "cat\t1\t1", "dog\t1\t1", "sleep\t2\t2", "run\t2\t2");
        var options = new PosTrainerOptions { Epochs = 5, DictionaryMinCount = 1000, Version = "test" };

        // When a model is trained with them and written out
        var model = new PosTrainer(options).Train([.. Corpus.Select(Sentence)], clusters, null);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var reloaded = PosModel.Load(stream);

        // Then the unseen word is tagged as its class, by the model and by its reloaded copy
        model.ClassCount.ShouldBe(7);
        reloaded.ClassCount.ShouldBe(7);
        Tag(model, "the geese sleep .").ShouldBe(["DT", "NNS", "VBP", "."]);
        Tag(reloaded, "the geese sleep .").ShouldBe(Tag(model, "the geese sleep ."));
    }
}
