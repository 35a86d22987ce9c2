namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// A cue that opens at an infinitive's <c>to</c> takes in the catenative verb group that governs it (<c>went on to
/// promote</c>, <c>is planning to boycott</c>, <c>seemed to suggest</c>), as PolNeAR's annotators bound a cue on its
/// left: the verb before the <c>to</c> (with a particle, <c>went on</c>) and its auxiliaries and adverbs.
/// </summary>
internal static class CueCatenative
{
    private static readonly string[] Auxiliaries =
    [
        "has", "have", "had", "is", "are", "was", "were", "been", "be", "being", "will", "would", "could", "should", "may",
        "might", "must", "can", "do", "does", "did", "not", "n't", "n’t",
    ];

    /// <summary>
    /// The cues of <paramref name="quotes"/> that begin at <c>to</c> and a bare verb, taken back over the verb before
    /// the <c>to</c> and its auxiliaries when those stay clear of the quote's source and content and of other cues.
    /// </summary>
    public static void Widen(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var to = q.TokenAt(quote.Cue.Start);
            var sentenceFirst = q.SentenceOf(to).FirstToken;
            if (to <= sentenceFirst || to + 1 >= q.Count || q.Word(to) != "to" || q.Tag(to + 1) != "VB")
            {
                continue;
            }
            var first = to - 1;
            // `went on to`: a particle between the verb and its infinitive.
            if ((q.Tag(first) == "RP" || q.Word(first) == "on") && first > sentenceFirst && q.Tag(first - 1).StartsWith("VB", StringComparison.Ordinal))
            {
                first--;
            }
            if (!q.Tag(first).StartsWith("VB", StringComparison.Ordinal) || char.IsUpper(q.Text[q.Span(first).Start]))
            {
                continue;
            }
            while (first > sentenceFirst && (Array.IndexOf(Auxiliaries, q.Word(first - 1)) >= 0 || q.IsAuxiliary(first - 1)))
            {
                first--;
            }
            var added = new TextSpan(q.Span(first).Start, quote.Cue.Start);
            if (added.Overlaps(quote.Content) || (quote.Speaker is { } speaker && added.Overlaps(speaker.Span))
                || quotes.Exists(x => !ReferenceEquals(x, quote) && x.Cue.Overlaps(added)))
            {
                continue;
            }
            quotes[i] = quote with { Cue = new TextSpan(added.Start, quote.Cue.End) };
        }
    }
}
