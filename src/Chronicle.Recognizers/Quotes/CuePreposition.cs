namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// A rules' cue verb whose content is the object of the preposition right after it (<c>called for a recount</c>,
/// <c>joked about his age</c>, <c>agreed with the ruling</c>, <c>worried about the costs</c>): PolNeAR's annotators
/// take the preposition into the cue and leave the content its object, as they take the particle of a phrasal verb.
/// Not a subordinator (<c>said that</c>, <c>asked whether</c>, <c>warned before</c>), nor a preposition of place, time,
/// occasion or agent, which opens an adjunct the annotators mostly leave out of the cue (<c>said in a statement</c>,
/// <c>wrote on Twitter</c>, <c>was endorsed by</c>), nor a modifier of a number (<c>expects up to 4,000</c>).
/// </summary>
internal static class CuePreposition
{
    private static readonly string[] NotTaken =
    [
        "that", "if", "whether", "because", "as", "than", "while", "although", "though", "since", "until", "unless", "so",
        "after", "before", "once", "in", "at", "on", "during", "by", "from", "through", "via", "under", "within", "amid",
        "across", "into", "throughout", "near", "outside", "inside", "along", "around", "between", "among",
    ];

    /// <summary>
    /// The quote with its cue taken over the preposition (or particle) after its verb when its content, after the
    /// cue, begins at that preposition or right after it and goes on past it; else the quote as it was.
    /// </summary>
    public static Quote Fit(QuoteText q, Quote quote) => FitTo(q, Fit(q, quote, to: false));

    /// <summary>
    /// The quote with its cue taken over a <c>to</c> after a verb of pointing (<c>point</c>, <c>refer</c>,
    /// <c>allude</c>) when its content begins there and no verb follows the <c>to</c> (<c>pointed to the costs</c>).
    /// Any verb's <c>to</c> lost on held-out train (mean 69.766 against 69.878: <c>reiterated to</c>, <c>agreed to</c>,
    /// <c>responds to</c>, passives <c>is expected to</c>), and active verbs' too (69.859).
    /// </summary>
    public static Quote FitTo(QuoteText q, Quote quote)
    {
        var (first, end) = q.TokensOf(quote.Cue.Start, quote.Cue.End);
        return end < q.Count && end > first && q.Tag(end) == "TO" && Pointing(q.Word(end - 1)) ? Fit(q, quote, to: true) : quote;
    }

    private static Quote Fit(QuoteText q, Quote quote, bool to)
    {
        var first = q.TokenAt(quote.Cue.Start);
        var p = first;
        while (p < q.Count && q.Span(p).Start < quote.Cue.End)
        {
            p++;
        }
        var contentFirst = q.TokenAt(quote.Content.Start);
        if (p + 1 >= q.Count || p <= first || !q.Tag(p - 1).StartsWith("VB", StringComparison.Ordinal) || !(to ? Infinitive(q, p) is false : q.Tag(p) is "IN" or "RP")
            || Array.IndexOf(NotTaken, q.Word(p)) >= 0 || (contentFirst != p && contentFirst != p + 1)
            || quote.Content.End <= q.Span(p + 1).Start || q.IsPunctuation(p + 1) || q.IsQuoteMark(p + 1)
            || q.SentenceOf(p + 1).FirstToken != q.SentenceOf(p).FirstToken || Quantity(q, p))
        {
            return quote;
        }
        return quote with { Cue = q.Span(first, p), Content = new TextSpan(q.Span(p + 1).Start, quote.Content.End) };
    }

    // The verbs whose `to` takes what they point at: `point to`, `refer to`, `allude to`.
    private static bool Pointing(string word) =>
        word.StartsWith("point", StringComparison.OrdinalIgnoreCase) || word.StartsWith("refer", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("allud", StringComparison.OrdinalIgnoreCase);

    // A `to` before a verb or modal marks an infinitive; a `to` before anything else is a preposition.
    private static bool Infinitive(QuoteText q, int p) =>
        q.Tag(p) != "TO" || p + 1 >= q.Count || q.Tag(p + 1).StartsWith("VB", StringComparison.Ordinal) || q.Tag(p + 1) == "MD";

    // The word is a number's modifier, not a preposition with an object (`said about three million`, `expects up to
    // 4,000`).
    private static bool Quantity(QuoteText q, int p) =>
        q.Tag(p + 1) == "CD" || (p + 2 < q.Count && q.Tag(p + 1) is "TO" or "IN" && q.Tag(p + 2) == "CD");
}
