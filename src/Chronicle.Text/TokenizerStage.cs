namespace Chronicle.Text;

/// <summary>The pipeline stage that fills <see cref="Annotations.Tokens"/> and <see cref="Annotations.Sentences"/>.</summary>
/// <param name="tokenizer">Splits text into tokens.</param>
/// <param name="splitter">Groups tokens into sentences.</param>
public sealed class TokenizerStage(Tokenizer tokenizer, SentenceSplitter splitter) : IStage
{
    /// <summary>A stage with the English news abbreviations.</summary>
    public TokenizerStage()
        : this(new Tokenizer(), new SentenceSplitter())
    {
    }

    /// <inheritdoc />
    public string Name => "tokens";

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        var tokens = tokenizer.Tokenize(document.Text);
        return found with { Tokens = tokens, Sentences = splitter.Split(document.Text, tokens) };
    }
}
