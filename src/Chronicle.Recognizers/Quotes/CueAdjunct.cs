namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// A cue extended over an adjunct of time, place or occasion after its verb (<c>said in a statement</c>, <c>warned
/// Saturday</c>, <c>wrote in his memoir</c>) that its content follows (<c>said in a statement that ...</c>): PolNeAR's
/// annotators take such an adjunct into the cue when it closes the clause after a quotation (<c>"...," she said in a
/// statement.</c>) and leave it out when the reported content comes after it, so the cue ends at its verb there.
/// </summary>
internal static class CueAdjunct
{
    private static readonly string[] Openers = ["in", "at", "during", "from", "via", "through"];

    /// <summary>The cues of <paramref name="quotes"/> whose content follows an adjunct after their verb, ended at the verb.</summary>
    public static void Trim(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var first = q.TokenAt(quote.Cue.Start);
            var end = first;
            while (end < q.Count && q.Span(end).Start < quote.Cue.End)
            {
                end++;
            }
            var verb = end - 1;
            while (verb > first && !q.Tag(verb).StartsWith("VB", StringComparison.Ordinal))
            {
                verb--;
            }
            if (verb == end - 1 || !q.Tag(verb).StartsWith("VB", StringComparison.Ordinal) || end >= q.Count
                || !((q.IsTimeWord(verb + 1) && q.Word(verb + 1) != "on") || (q.Tag(verb + 1) == "IN" && Array.IndexOf(Openers, q.Word(verb + 1)) >= 0)))
            {
                continue;
            }
            var contentFirst = q.TokenAt(quote.Content.Start);
            if (quote.Content.Start < quote.Cue.End || (contentFirst != end && !(contentFirst == end + 1 && q.Word(end) is "that" or ",")))
            {
                continue;
            }
            quotes[i] = quote with { Cue = q.Span(first, verb) };
        }
    }
}
