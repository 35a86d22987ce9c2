namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Ends a reported content before a clause of the writer's that follows it with no conjunction: a comma and a subject of
/// its own with its finite verb after a content that is already a clause (<c>X said the vote was close, the count
/// took two days</c>). The role tagger labels tokens with local features, so its content runs on over the next clause,
/// often over another report's source and cue. A clause after an adverbial clause inside the content is the content's
/// own main clause (<c>said that when the polls closed, the count began</c>) and stays, as does a comma inside a
/// quotation.
/// </summary>
internal static class ClauseAfter
{
    // Subjects of a new clause are at most this many words before its verb.
    private const int MaxSubject = 6;

    /// <summary>Cuts every reported content after its cue before its first unjoined clause after a comma.</summary>
    public static void Cut(QuoteText q, List<Quote> quotes) => ReportedCuts.Apply(q, quotes, (_, first, end) => Boundary(q, first, end));

    // The comma before the unjoined clause, or null.
    private static int? Boundary(QuoteText q, int first, int end)
    {
        var quoted = false;
        var finite = false;
        var subordinate = false;
        for (var k = first; k < end; k++)
        {
            if (q.IsQuoteMark(k))
            {
                quoted = !quoted;
                continue;
            }
            if (quoted)
            {
                continue;
            }
            if (k > first && (IsSubordinator(q, k) || (k == first + 1 && q.Word(k) == ",")))
            {
                // `when the polls closed, the count began`, `that, had he known, he would ...`: the clause after the comma
                // is the main one.
                subordinate = true;
            }
            else if (q.Word(k) == ",")
            {
                if (finite && !subordinate && k >= first + 2 && Clause(q, k + 1, end))
                {
                    return k;
                }
                subordinate = false;
            }
            finite |= IsFinite(q.Tag(k));
        }
        return null;
    }

    // Whether a subject of its own (a pronoun or `there` alone, or nouns, determiners, adjectives, numbers and
    // possessives, not a number alone) and its finite verb open the words from `next`, with words after the verb (not
    // a bare `X said,` aside).
    private static bool Clause(QuoteText q, int next, int end)
    {
        if (next < end && q.Tag(next) is "PRP" or "EX")
        {
            return next + 2 < end && IsFinite(q.Tag(next + 1));
        }
        for (var t = next; t < end && t <= next + MaxSubject; t++)
        {
            var tag = q.Tag(t);
            if (IsFinite(tag))
            {
                // A number alone is a list's last item (`Ana, 16, and Rui, 14 were ...`), not a subject.
                return t > next && t + 1 < end && !q.IsPunctuation(t + 1) && Enumerable.Range(next, t - next).Any(s => q.Tag(s) != "CD");
            }
            if (!(tag.StartsWith("NN", StringComparison.Ordinal) || tag is "DT" or "JJ" or "CD" or "PRP$" or "POS"))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsSubordinator(QuoteText q, int t) =>
        q.Word(t) is "when" or "if" or "although" or "though" or "because" or "as" or "while" or "after" or "before"
            or "since" or "once" or "unless" or "until" or "whether" or "where";

    private static bool IsFinite(string tag) => tag is "VBD" or "VBZ" or "VBP" or "MD";
}
