using Chronicle.Recognizers.Names;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Tests.Names;
using Chronicle.Text;
using Chronicle.Text.Pos;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>Tokens, tags, names and quotes from the committed models, loaded once per test class.</summary>
public sealed class QuoteFixture
{
    private readonly Pipeline _pipeline;

    public QuoteFixture()
    {
        var data = Path.Combine(ModelFixture.RepositoryRoot(), "data");
        _pipeline = Pipeline.Of(
            new TokenizerStage(new Tokenizer(), new SentenceSplitter()),
            new PosTaggerStage(PosModel.Load(Path.Combine(data, "pos", "pos.bin.gz"))),
            new NameRecognizer(NameModelFile.Load(Path.Combine(data, "ner", "ner-model.bin.gz"))),
            new QuoteRecognizer(CueLexicon.English()));
    }

    /// <summary>The quotes found in <paramref name="text"/>, as (speaker words, canonical, cue, content, quote).</summary>
    public IReadOnlyList<Found> Find(string text)
    {
        var found = _pipeline.Run(new Document("test", null, null, text)).Annotations;
        return [.. found.Quotes.Select(q => new Found(
            q.Speaker?.Span.Of(text), q.Speaker?.Canonical, q.Cue.Of(text), q.Content.Of(text), q))];
    }

    public sealed record Found(string? Speaker, string? Canonical, string Cue, string Content, Quote Quote);
}
