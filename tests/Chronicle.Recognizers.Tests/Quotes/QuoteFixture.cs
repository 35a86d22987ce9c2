using Chronicle.Recognizers.Names;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Recognizers.Tests.Names;
using Chronicle.Text;
using Chronicle.Text.Pos;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>Tokens, tags, names and quotes from the committed models, loaded once per test class.</summary>
public sealed class QuoteFixture
{
    private readonly Pipeline _pipeline;
    private readonly Pipeline _withModel;

    public QuoteFixture()
    {
        var data = Path.Combine(ModelFixture.RepositoryRoot(), "data");
        IStage[] before =
        [
            new TokenizerStage(new Tokenizer(), new SentenceSplitter()),
            new PosTaggerStage(PosModel.Load(Path.Combine(data, "pos", "pos.bin.gz"))),
            new NameRecognizer(NameModelFile.Load(Path.Combine(data, "ner", "ner-model.bin.gz"))),
        ];
        _pipeline = Pipeline.Of([.. before, new QuoteRecognizer(CueLexicon.English())]);
        var model = AttributionModel.Load(Path.Combine(data, "quotes", "attribution.bin.gz"));
        _withModel = Pipeline.Of([.. before, new QuoteRecognizer(CueLexicon.English(), model)]);
    }

    /// <summary>The quotes found in <paramref name="text"/>, as (speaker words, canonical, cue, content, quote).</summary>
    public IReadOnlyList<Found> Find(string text) => Find(_pipeline, text);

    /// <summary>The quotes the rules and the attribution model find in <paramref name="text"/>.</summary>
    public IReadOnlyList<Found> FindWithModel(string text) => Find(_withModel, text);

    private static IReadOnlyList<Found> Find(Pipeline pipeline, string text)
    {
        var found = pipeline.Run(new Document("test", null, null, text)).Annotations;
        return [.. found.Quotes.Select(q => new Found(
            q.Speaker?.Span.Of(text), q.Speaker?.Canonical, q.Cue.Of(text), q.Content.Of(text), q))];
    }

    public sealed record Found(string? Speaker, string? Canonical, string Cue, string Content, Quote Quote);
}
