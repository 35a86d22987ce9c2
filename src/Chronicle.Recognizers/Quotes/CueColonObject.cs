namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// A cue verb whose content opens with a short object and a colon before a quotation (<c>added a warning: "..."</c>,
/// <c>called them on it: "..."</c>) takes in the object and the colon, as PolNeAR's annotators bound such a clause's
/// cue (<c>added a warning:</c>); the content then begins after the colon, at the quotation. A colon right after the verb
/// (<c>said:</c>) is left as it is: the annotators split on it.
/// </summary>
internal static class CueColonObject
{
    private const int Longest = 6;

    /// <summary>
    /// The cues of <paramref name="quotes"/> that end at a verb whose content begins right after it and holds a colon
    /// within six words, with no punctuation, quotation mark, finite verb, modal or subordinating word before it and a
    /// quotation opening after it, taken to the colon. Before a noun phrase the object is the message's own start
    /// (<c>suggested one method: a speech ...</c>), so it stays in the content.
    /// </summary>
    public static void Widen(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (quote.Cue.Length == 0 || quote.Content.Length == 0 || quote.Content.Start < quote.Cue.End)
            {
                continue;
            }
            var first = q.TokenAt(quote.Cue.End);
            var verb = first - 1;
            if (verb < 0 || first >= q.Count || q.Span(verb).End != quote.Cue.End || !q.Tag(verb).StartsWith("VB", StringComparison.Ordinal)
                || q.TokenAt(quote.Content.Start) != first || q.SentenceOf(first).FirstToken != q.SentenceOf(verb).FirstToken)
            {
                continue;
            }
            var colon = Colon(q, first);
            if (colon < 0 || colon + 1 >= q.Count || q.Span(colon + 1).Start >= quote.Content.End || !q.IsQuoteMark(colon + 1))
            {
                continue;
            }
            var cue = new TextSpan(quote.Cue.Start, q.Span(colon).End);
            if (quotes.Exists(x => !ReferenceEquals(x, quote) && x.Cue.Overlaps(new TextSpan(quote.Cue.End, cue.End))))
            {
                continue;
            }
            quotes[i] = quote with { Cue = cue, Content = new TextSpan(q.Span(colon + 1).Start, quote.Content.End) };
        }
    }

    // The colon after one to six words from `from`, none of them punctuation, a quotation mark, a finite verb, a modal
    // or a subordinating word; -1 when none.
    private static int Colon(QuoteText q, int from)
    {
        var end = Math.Min(q.Count, QuoteText.End(q.SentenceOf(from)));
        for (var t = from; t < Math.Min(end, from + Longest + 1); t++)
        {
            if (q.Word(t) == ":")
            {
                return t > from ? t : -1;
            }
            if (q.IsPunctuation(t) || q.IsQuoteMark(t) || q.Tag(t) is "VBD" or "VBZ" or "VBP" or "MD" or "WDT" or "WP"
                || q.Word(t) is "that" or "which" or "who" or "because" or "if" or "whether")
            {
                return -1;
            }
        }
        return -1;
    }
}
