namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Ends a reported content before the cue's adjunct of medium or occasion: a preposition and a noun phrase headed by a
/// noun of a statement, a speech or a meeting with the press (<c>X criticized the plan in a statement</c>, <c>welcomed
/// the deal at a news conference</c>). The adjunct tells where the report was made, so annotators leave it out
/// of the content; the role tagger labels tokens with local features and runs the content on over it. Only a noun
/// phrase's content is cut: a clause's adjunct may be its own (<c>said the deal was signed at a conference</c>), and a
/// content that goes on with a finite verb after the adjunct stays, as does a quotation.
/// </summary>
internal static class MediumAdjunct
{
    // A noun phrase of the adjunct has at most this many words before its head.
    private const int MaxModifiers = 4;

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "during", "via", "through",
    };

    private static readonly HashSet<string> Media = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "statements", "tweet", "tweets", "interview", "interviews", "conference", "speech", "speeches",
        "letter", "letters", "post", "posts", "briefing", "briefings", "address", "release", "broadcast", "message",
        "messages", "remarks", "op-ed", "editorial", "column", "communique", "memo", "video", "podcast",
    };

    /// <summary>Cuts every reported content after its cue before an adjunct of medium that ends it.</summary>
    public static void Cut(QuoteText q, List<Quote> quotes) => ReportedCuts.Apply(q, quotes, (_, first, end) => Boundary(q, first, end));

    // The preposition opening the adjunct, or null.
    private static int? Boundary(QuoteText q, int first, int end)
    {
        // (A clause's or an infinitive's adjunct may be its own: `said the deal was signed at a conference`, `expected to
        // remain in a post`.)
        return ReportedCuts.NounPhraseBoundary(q, first, end,
            k => k >= first + 2 && Prepositions.Contains(q.Word(k)) && Head(q, k + 1, end) is { } head
                && !Enumerable.Range(head + 1, end - head - 1).Any(t => ReportedCuts.IsFinite(q.Tag(t))));
    }

    // The medium noun heading the noun phrase from `next` (determiners, adjectives, nouns and possessives, then the
    // noun phrase's last noun), or null.
    private static int? Head(QuoteText q, int next, int end)
    {
        var last = -1;
        for (var t = next; t < end && t <= next + MaxModifiers; t++)
        {
            var tag = q.Tag(t);
            if (tag.StartsWith("NN", StringComparison.Ordinal))
            {
                last = t;
            }
            else if (!(tag is "DT" or "JJ" or "PRP$" or "POS" or "CD" or "VBN" or "VBG") || last >= 0 && tag is not "POS")
            {
                break;
            }
        }
        return last >= 0 && Media.Contains(q.Word(last)) ? last : null;
    }
}
