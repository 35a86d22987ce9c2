namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// A cue that opens with an adverb of place right before its verb (<c>here said</c>, <c>there told</c>) holds a word
/// of the source (<c>her volunteers here</c>): PolNeAR's annotators mark the verb alone, so the cue starts at it.
/// Adverbs of past time (<c>recently</c>, <c>earlier</c>, <c>lately</c>) too scored lower on held-out train (69.665
/// against 69.684): the annotators take them into the cue as often as not.
/// </summary>
internal static class CueLeadAdverb
{
    private static readonly string[] Adverbs = ["here", "there"];

    /// <summary>The cues of <paramref name="quotes"/> opening with `here` or `there` before a verb, started at the verb.</summary>
    public static void Trim(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var (first, end) = q.TokensOf(quote.Cue.Start, quote.Cue.End);
            if (end - first < 2 || q.Tag(first) != "RB" || Array.IndexOf(Adverbs, q.Word(first).ToLowerInvariant()) < 0
                || !q.Tag(first + 1).StartsWith("VB", StringComparison.Ordinal))
            {
                continue;
            }
            quotes[i] = quote with { Cue = q.Span(first + 1, end - 1) };
        }
    }
}
