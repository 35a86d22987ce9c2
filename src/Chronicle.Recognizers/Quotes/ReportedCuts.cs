namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// The loop the content-ending rules share (<see cref="SecondClause"/>, <see cref="ClauseAfter"/>,
/// <see cref="MediumAdjunct"/>): each reported content after its cue ends before the token its rule finds, without the
/// punctuation before that token (a closing quotation mark stays).
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
}
