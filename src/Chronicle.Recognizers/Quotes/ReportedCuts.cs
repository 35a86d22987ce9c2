namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// The loops the content-ending rules share (<see cref="SecondClause"/>, <see cref="ClauseAfter"/>,
/// <see cref="MediumAdjunct"/>, <see cref="ConjoinedClause"/>): each reported content after its cue ends before the token
/// its rule finds, without the punctuation before that token (a closing quotation mark stays).
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

    /// <summary>
    /// The first token of a noun phrase's content, outside quotation marks, that <paramref name="opens"/> accepts; null
    /// when a verb before it makes the content a clause or an infinitive, whose adjuncts and second clauses are as often
    /// reported.
    /// </summary>
    public static int? NounPhraseBoundary(QuoteText q, int first, int end, Func<int, bool> opens)
    {
        var quoted = false;
        for (var k = first; k < end; k++)
        {
            if (q.IsQuoteMark(k))
            {
                quoted = !quoted;
                continue;
            }

            if (IsVerb(q.Tag(k)))
            {
                return null;
            }

            if (!quoted && opens(k))
            {
                return k;
            }
        }

        return null;
    }

    public static bool IsFinite(string tag) => tag is "VBD" or "VBZ" or "VBP" or "MD";

    /// <summary>
    /// Whether a subject of its own (a pronoun or <c>there</c> alone, or up to <paramref name="maxSubject"/> nouns,
    /// determiners, adjectives, numbers and possessives with a noun among them) and its finite verb open the words from
    /// <paramref name="next"/>, with words after the verb. With <paramref name="noPluralBeforeNoun"/>, a plural noun
    /// followed by another noun opens no clause: it is a relative clause without its pronoun on a coordinated object
    /// (<c>condemned the cuts and the wages employers paid</c>).
    /// </summary>
    public static bool OwnClause(QuoteText q, int next, int end, int maxSubject, bool noPluralBeforeNoun)
    {
        if (next < end && q.Tag(next) is "PRP" or "EX")
        {
            return next + 2 < end && IsFinite(q.Tag(next + 1));
        }
        var noun = false;
        for (var t = next; t < end && t <= next + maxSubject; t++)
        {
            var tag = q.Tag(t);
            if (IsFinite(tag))
            {
                return noun && t + 1 < end && !q.IsPunctuation(t + 1);
            }
            if (!(tag.StartsWith("NN", StringComparison.Ordinal) || tag is "DT" or "JJ" or "CD" or "PRP$" or "POS"))
            {
                return false;
            }
            if (noPluralBeforeNoun && tag is "NNS" or "NNPS" && t + 1 < end && q.Tag(t + 1).StartsWith("NN", StringComparison.Ordinal))
            {
                return false;
            }
            noun |= tag.StartsWith("NN", StringComparison.Ordinal);
        }
        return false;
    }

    // A verb that makes the content a clause or an infinitive (a participle may modify a noun: `the proposed plan`).
    private static bool IsVerb(string tag) => IsFinite(tag) || tag is "VB" or "TO";
}
