namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Starts a reported content after its cue past a time phrase that opens it (<c>reported that night that the dam had
/// failed</c>, <c>said this week that ...</c>): the phrase says when the report was made, not what was reported, and
/// PolNeAR's annotators leave it out of the content (16 against 5 on train). A demonstrative or <c>last</c>/<c>next</c>
/// before a time noun (<c>that night</c>, <c>last week</c>) is not the complementiser that opens a content. Not when
/// a verb follows the phrase (<c>said last week was hard</c>: the phrase is the clause's subject) or a possessive
/// (<c>last month's vote</c>).
/// </summary>
internal static class ContentTime
{
    private static readonly string[] Determiners = ["that", "this", "last", "next", "earlier", "later"];

    private static readonly string[] TimeNouns =
        ["night", "day", "week", "month", "year", "morning", "afternoon", "evening", "weekend", "spring", "summer", "autumn", "fall", "winter"];

    /// <summary>Moves the start of every reported content after its cue past a time phrase that opens it.</summary>
    public static void Apply(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (!QuoteText.ReportedAfterCue(quote))
            {
                continue;
            }
            var (first, end) = q.TokensOf(quote.Content.Start, quote.Content.End);
            if (PhraseEnd(q, first, end) is { } start)
            {
                quotes[i] = quote with { Content = q.Span(start, end - 1) };
            }
        }
    }

    /// <summary>
    /// The first token after a time phrase of a determiner and a time noun opening [first, end), when at least two
    /// tokens of the content follow it and the first of them is neither a verb nor a possessive; else null.
    /// </summary>
    internal static int? PhraseEnd(QuoteText q, int first, int end)
    {
        if (first + 1 >= end || Array.IndexOf(Determiners, q.Word(first)) < 0 || Array.IndexOf(TimeNouns, q.Word(first + 1)) < 0)
        {
            return null;
        }
        var start = first + 2;
        if (end - start < 2 || q.IsPunctuation(start) || q.IsQuoteMark(start))
        {
            return null;
        }
        var tag = q.Tag(start);
        return tag.StartsWith("VB", StringComparison.Ordinal) || tag is "MD" or "POS" ? null : start;
    }
}
