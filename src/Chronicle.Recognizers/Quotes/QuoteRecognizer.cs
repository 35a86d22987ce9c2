namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Finds attributions: direct quotes (quotation marks with a cue and speaker before, after or between their parts)
/// and indirect ones (<c>X said (that) ...</c>, <c>..., X said.</c>, <c>according to X, ...</c>). Reads tokens,
/// sentences, part-of-speech tags and entities; fills <see cref="Annotations.Quotes"/>.
/// </summary>
public sealed class QuoteRecognizer(CueLexicon lexicon) : IStage
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        if (found.Tokens.IsEmpty)
        {
            return found;
        }
        var text = new QuoteText(document.Text, found, lexicon);
        var quotes = new List<Quote>();
        var quoted = new bool[found.Tokens.Length];
        new DirectQuotes(text).Find(quotes, quoted);
        new IndirectQuotes(text).Find(quotes, quoted);
        quotes.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return found with { Quotes = [.. quotes] };
    }
}
