using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Finds attributions: direct quotes by rule (quotation marks with a cue and speaker before, after or between their
/// parts) and, with a trained <see cref="AttributionModel"/>, every other cue the model marks (indirect speech,
/// beliefs, <c>according to</c>, nominal cues) with its source and content; without a model, indirect rules
/// (<c>X said (that) ...</c>, <c>..., X said.</c>, <c>according to X, ...</c>). Reads tokens, sentences,
/// part-of-speech tags and entities; fills <see cref="Annotations.Quotes"/>.
/// </summary>
public sealed class QuoteRecognizer(CueLexicon lexicon, AttributionModel? model = null) : IStage
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public string Version => model is null ? "1" : "2+" + model.Version;

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
        if (model is not null)
        {
            Merge(quotes, new ModelQuotes(text, model).Find());
        }
        quotes.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return found with { Quotes = [.. quotes] };
    }

    // The rules come first: they join a quote's parts across sentences, which the model's window does not reach, and
    // are precise where they apply. A model attribution whose cue the rules already found is the same attribution.
    private static void Merge(List<Quote> quotes, List<Quote> more)
    {
        var count = quotes.Count;
        foreach (var m in more)
        {
            var seen = false;
            for (var i = 0; i < count && !seen; i++)
            {
                seen = quotes[i].Cue.Overlaps(m.Cue);
            }
            if (!seen)
            {
                quotes.Add(m);
            }
        }
    }
}
