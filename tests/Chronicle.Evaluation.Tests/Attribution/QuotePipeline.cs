using Chronicle.Recognizers.Names;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Recognizers.Times;
using Chronicle.Testing;
using Chronicle.Text;
using Chronicle.Text.Pos;

namespace Chronicle.Evaluation.Tests.Attribution;

/// <summary>Tokens, tags, names and quotes (rules and the attribution model) from the committed models, built once per test class.</summary>
public sealed class QuotePipeline
{
    public QuotePipeline()
    {
        var data = Path.Combine(RepositoryPaths.Root, "data");
        Pipeline = Pipeline.Of(
            new TokenizerStage(new Tokenizer(), new SentenceSplitter()),
            new PosTaggerStage(PosModel.Load(Path.Combine(data, "pos", "pos.bin.gz"))),
            new NameRecognizer(NameModelFile.Load(Path.Combine(data, "ner", "ner-model.bin.gz"))),
            new TimeRecognizer(TimeLexicon.English()),
            new QuoteRecognizer(CueLexicon.English(), AttributionModel.Load(Path.Combine(data, "quotes", "attribution.bin.gz"))));
    }

    public Pipeline Pipeline { get; }
}
