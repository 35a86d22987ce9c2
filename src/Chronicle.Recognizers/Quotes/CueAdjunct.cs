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

    // The words [first, end) after a cue's verb open with a time word (not the programme `Today`, which is told
    // things) or a preposition of place or occasion with its object (`in a statement`; not a particle the cue took in
    // because its object is the content, `look at`).
    private static bool Adjunct(QuoteText q, int first, int end)
    {
        if (q.IsTimeWord(first) && q.Word(first) != "on")
        {
            return !(q.Word(first) is "today" or "yesterday" && char.IsUpper(q.Text[q.Span(first).Start]) && first > q.SentenceOf(first).FirstToken);
        }
        return q.Tag(first) == "IN" && Array.IndexOf(Openers, q.Word(first)) >= 0 && end - first >= 2;
    }

    // `in a statement`, `in an interview`: the annotators keep a message the speaker used in the cue even before its
    // content (session 28: held out 69.644 -> 69.663, exact cues 1,237 -> 1,238).
    private static bool Message(QuoteText q, int first, int end) =>
        end - first == 3 && q.Word(first) == "in" && q.Word(first + 1) is "a" or "an" && q.Word(end - 1) is "statement" or "interview";

    /// <summary>The cues of <paramref name="quotes"/> whose content follows an adjunct after their verb, ended at the verb.</summary>
    public static void Trim(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var (first, end) = q.TokensOf(quote.Cue.Start, quote.Cue.End);
            var verb = end - 1;
            while (verb > first && !q.Tag(verb).StartsWith("VB", StringComparison.Ordinal))
            {
                verb--;
            }
            if (verb == end - 1 || !q.Tag(verb).StartsWith("VB", StringComparison.Ordinal) || end >= q.Count || !Adjunct(q, verb + 1, end))
            {
                continue;
            }
            if (Message(q, verb + 1, end))
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
