namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// A cue verb takes in the auxiliaries, modals, negation and adverbs right before it (<c>has been warning</c>,
/// <c>is said</c>, <c>have not said</c>, <c>has already said</c>, <c>quickly adding</c>), as PolNeAR's annotators mark a
/// cue's verb group; a cue whose decoder began it at the verb (the rules', a participle) leaves them out otherwise. A
/// cue that opens with lower-case adverbs before its verb (<c>repeatedly criticized</c>, <c>openly expressed</c>) is
/// widened as one opening at the verb: the annotators take the auxiliaries before the adverbs too (session 31).
/// </summary>
internal static class CueAuxiliary
{
    private static readonly string[] Auxiliaries =
    [
        "has", "have", "had", "is", "are", "was", "were", "been", "be", "being", "will", "would", "could", "should", "may",
        "might", "must", "can", "do", "does", "did", "not", "n't", "n’t", "both",
    ];

    /// <summary>
    /// The cues of <paramref name="quotes"/> that begin at a verb, taken back over the auxiliaries, modals and
    /// (lower-case) adverbs before it (<see cref="QuoteText.IsAuxiliary"/>) when those
    /// stay clear of the quote's source and content and of other cues.
    /// </summary>
    public static void Widen(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var start = q.TokenAt(quote.Cue.Start);
            var first = start;
            // `repeatedly criticized`: a cue opening with adverbs before its verb is widened as one opening at it.
            var (_, cueEnd) = q.TokensOf(quote.Cue.Start, quote.Cue.End);
            var verb = start;
            while (verb + 1 < cueEnd && q.Tag(verb).StartsWith("RB", StringComparison.Ordinal) && char.IsLower(q.Text[q.Span(verb).Start]))
            {
                verb++;
            }
            var sentenceFirst = q.SentenceOf(verb).FirstToken;
            while (first > sentenceFirst && (Array.IndexOf(Auxiliaries, q.Word(first - 1)) >= 0 || q.IsAuxiliary(first - 1)))
            {
                first--;
            }
            // `ready to tell`, `came to discuss`: the infinitive's `to` is part of a bare verb's cue.
            if (first == start && verb == start && first > sentenceFirst && q.Tag(verb) == "VB" && q.Word(first - 1) == "to" && !Plural(q.Word(verb)))
            {
                first--;
            }
            if (first == start || !q.Tag(verb).StartsWith("VB", StringComparison.Ordinal))
            {
                continue;
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

    // A base verb does not end in a single `s`: `leading to claims that` holds a noun the tagger read as a verb.
    private static bool Plural(string word) => word.Length > 3 && word[^1] == 's' && word[^2] != 's';
}
