namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Where reported (not quoted) content after its cue ends before the role tagger ends it: before
/// <c>, and called ...</c>, <c>but warning ...</c>, <c>in statements because ...</c>, as the annotators cut it.
/// The role tagger labels tokens with local features and runs on over a coordinated verb or a trailing clause; this
/// table, counted on the train articles, holds the situations (<see cref="Key"/>: the word or tag at a token and the
/// two after it, and whether the content so far has a verb) in which the annotators' content more often stopped than
/// went on.
/// </summary>
internal sealed class ContentCuts(IReadOnlySet<ulong> keys)
{
    /// <summary>No cuts.</summary>
    public static ContentCuts Empty { get; } = new(new HashSet<ulong>());

    /// <summary>The hashed situations before which a content ends.</summary>
    public IReadOnlySet<ulong> Keys => keys;

    /// <summary>Ends every reported content after its cue at the first situation the table cuts at.</summary>
    public void Apply(TokenFacts f, List<Quote> quotes)
    {
        if (keys.Count == 0)
        {
            return;
        }
        var q = f.Q;
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (!QuoteText.ReportedAfterCue(quote))
            {
                continue;
            }
            var (first, end) = Tokens(q, quote.Content);
            var verb = false;
            for (var k = first; k < end; k++)
            {
                if (k >= first + 2 && keys.Contains(Key(f, k, verb)))
                {
                    var last = k - 1;
                    while (last > first && q.IsPunctuation(last) && !q.IsQuoteMark(last))
                    {
                        last--;
                    }
                    quotes[i] = quote with { Content = q.Span(first, last) };
                    break;
                }
                verb |= q.Tag(k).StartsWith("VB", StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The tokens [First, End) of <paramref name="span"/>.</summary>
    public static (int First, int End) Tokens(QuoteText q, TextSpan span)
    {
        var first = q.TokenAt(span.Start);
        var end = first;
        while (end < q.Count && q.Span(end).Start < span.End)
        {
            end++;
        }
        return (first, end);
    }

    /// <summary>The situation at token <paramref name="k"/> of a content: what it and the two tokens after it are,
    /// and whether the content before it has a verb.</summary>
    public static ulong Key(TokenFacts f, int k, bool verb) =>
        TokenFacts.Key(TokenFacts.Key(401, Class(f, k), Class(f, k + 1)), Class(f, k + 2), verb ? 1UL : 0UL);

    // Punctuation and function words by themselves (`,`, `and`, `but`, `because`), other words by their tag.
    private static ulong Class(TokenFacts f, int t)
    {
        if (t >= f.Count)
        {
            return 0;
        }
        var q = f.Q;
        return q.IsPunctuation(t) || q.Tag(t) is "CC" or "IN" or "TO" or "WDT" or "WP" or "WRB" or "DT" or "MD" ? f.Word[t] : f.Tag[t];
    }
}
