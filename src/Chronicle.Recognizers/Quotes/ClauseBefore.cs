namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Takes a report's content from the clause before its cue when the words after the cue are only the cue's adjunct:
/// <c>"The plans will not work," she said on the same call</c>, <c>The deal is done, the company announced earlier
/// this year</c>. After the cue a phrase with no verb that opens with a preposition, an adverb or a time is where or
/// when the report was made; the clause that ends with a comma or a quotation mark right before the source and cue
/// is what was said.
/// </summary>
internal static class ClauseBefore
{
    /// <summary>Moves the content of every such report to the clause before its cue.</summary>
    public static void Apply(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (!QuoteText.ReportedAfterCue(quote) || !IsAdjunct(q, quote.Content))
            {
                continue;
            }
            var anchor = quote.Speaker is { } speaker && speaker.Span.End <= quote.Cue.Start ? speaker.Span.Start : quote.Cue.Start;
            var before = q.TokenAt(anchor) - 1;
            var sentenceFirst = q.SentenceOf(q.TokenAt(quote.Cue.Start)).FirstToken;
            if (before <= sentenceFirst || !(q.Word(before) == "," || q.IsQuoteMark(before)))
            {
                continue;
            }
            var quoted = q.IsQuoteMark(sentenceFirst);
            var last = quoted ? before : before - 1;
            var clause = q.Span(sentenceFirst, last);
            if ((quoted || HasVerb(q, sentenceFirst, last)) && !quotes.Any(o => o != quote && o.Cue.Overlaps(clause)))
            {
                quotes[i] = quote with { Content = clause, Direct = quoted };
            }
        }
    }

    // A phrase with no verb that opens with a preposition, an adverb or a time: `on the same call`, `earlier this year`.
    private static bool IsAdjunct(QuoteText q, TextSpan content)
    {
        var (first, end) = Model.ContentCuts.Tokens(q, content);
        if (!(q.Tag(first) is "IN" or "RB" or "RBR" or "JJR" || q.IsTimeWord(first)))
        {
            return false;
        }
        return !HasVerb(q, first, end - 1);
    }

    private static bool HasVerb(QuoteText q, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (q.Tag(t).StartsWith("VB", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
