namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// The loops the content-ending rules share (<see cref="SecondClause"/>, <see cref="ClauseAfter"/>,
/// <see cref="MediumAdjunct"/>, <see cref="ConjoinedClause"/>): each reported content after its cue ends before the token
/// its rule finds, without the punctuation before that token (a closing quotation mark stays).
/// </summary>
internal static class ReportedCuts
{
    /// <summary>
    /// Ends every reported content after its cue before the token <paramref name="boundary"/> gives for it (the quote,
    /// the content's first token and the token after its last), when it gives one.
    /// </summary>
    public static void Apply(QuoteText q, List<Quote> quotes, Func<Quote, int, int, int?> boundary)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (!QuoteText.ReportedAfterCue(quote))
            {
                continue;
            }

            var (first, end) = Model.ContentCuts.Tokens(q, quote.Content);
            if (boundary(quote, first, end) is { } cut)
            {
                var last = cut - 1;
                while (last > first && q.IsPunctuation(last) && !q.IsQuoteMark(last))
                {
                    last--;
                }

                quotes[i] = quote with { Content = q.Span(first, last) };
            }
        }
    }

    /// <summary>
    /// The first token of a noun phrase's content, outside quotation marks, that <paramref name="opens"/> accepts; null
    /// when a verb before it makes the content a clause or an infinitive, whose adjuncts and second clauses are as often
    /// reported.
    /// </summary>
    public static int? NounPhraseBoundary(QuoteText q, int first, int end, Func<int, bool> opens)
    {
        var quoted = false;
        for (var k = first; k < end; k++)
        {
            if (q.IsQuoteMark(k))
            {
                quoted = !quoted;
                continue;
            }

            if (IsVerb(q.Tag(k)))
            {
                return null;
            }

            if (!quoted && opens(k))
            {
                return k;
            }
        }

        return null;
    }

    public static bool IsFinite(string tag) => tag is "VBD" or "VBZ" or "VBP" or "MD";

    // A verb that makes the content a clause or an infinitive (a participle may modify a noun: `the proposed plan`).
    private static bool IsVerb(string tag) => IsFinite(tag) || tag is "VB" or "TO";
}
