namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// A cue verb followed by <c>on</c>, a noun phrase and an infinitive (<c>called on the council to act</c>, <c>have
/// been calling on Congress to amend</c>), or a participle cue followed by <c>on</c> (<c>commenting on the vote</c>),
/// takes in the <c>on</c>, as PolNeAR's annotators bound a prepositional verb; <see cref="CuePreposition"/> leaves <c>on</c> out, which mostly opens an adjunct (<c>said on
/// Tuesday</c>).
/// </summary>
internal static class CueOnTo
{
    /// <summary>
    /// The cues of <paramref name="quotes"/> that end at a verb with <c>on</c> right after it, where the content
    /// begins after the <c>on</c> and (but after a participle) holds, within six words and before any punctuation or verb, <c>to</c> and a bare verb (not after a time),
    /// taken over the <c>on</c>; the content then begins after it.
    /// </summary>
    public static void Fit(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var on = q.TokenAt(quote.Cue.End);
            if (on <= 0 || on + 2 >= q.Count || q.Word(on) != "on" || !q.Tag(on - 1).StartsWith("VB", StringComparison.Ordinal)
                || q.Span(on - 1).End != quote.Cue.End || q.SentenceOf(on + 1).FirstToken != q.SentenceOf(on).FirstToken)
            {
                continue;
            }
            var contentFirst = q.TokenAt(quote.Content.Start);
            if ((contentFirst != on && contentFirst != on + 1) || quote.Content.End <= q.Span(on + 1).Start || !(Urged(q, on + 1) || (q.Tag(on - 1) == "VBG" && !q.IsTimeWord(on + 1))))
            {
                continue;
            }
            if (quotes.Exists(x => !ReferenceEquals(x, quote) && x.Cue.Overlaps(q.Span(on))))
            {
                continue;
            }
            quotes[i] = quote with
            {
                Cue = new TextSpan(quote.Cue.Start, q.Span(on).End),
                Content = new TextSpan(q.Span(on + 1).Start, quote.Content.End),
            };
        }
    }

    // A noun phrase and `to` with a bare verb within six words, before any punctuation or verb: `Congress to amend`;
    // not a time (`said on Friday he hoped to be`).
    private static bool Urged(QuoteText q, int from)
    {
        if (q.IsTimeWord(from))
        {
            return false;
        }
        for (var t = from + 1; t < Math.Min(q.Count - 1, from + 7); t++)
        {
            if (q.IsPunctuation(t) || q.Tag(t).StartsWith("VB", StringComparison.Ordinal) || q.Tag(t) == "MD")
            {
                return false;
            }
            if (q.Word(t) == "to" && q.Tag(t + 1) == "VB")
            {
                return !q.Tag(from).StartsWith("VB", StringComparison.Ordinal) && q.Word(from) != "to";
            }
        }
        return false;
    }
}
