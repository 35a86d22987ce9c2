namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Ends a reported content before a temporal or causal <c>as</c> clause with a subject and finite verb of its own
/// (<c>X announced that the mayor would lead the team as the campaign heads into June</c>, <c>criticized the plan as
/// scrutiny grows</c>): the clause sets the writer's scene for the report, and PolNeAR's annotators end the content
/// before it; the role tagger labels tokens with local features and runs the content on over it. A comparison's
/// <c>as</c> stays: after an adjective or adverb (<c>as long as</c>, <c>such as</c>, <c>the same as</c>; a comma before
/// the adverb, <c>, just as</c>, still cuts) or after another <c>as</c> in the content (<c>as strong as they were</c>),
/// as do a quotation and an <c>as</c> that opens the content.
/// </summary>
internal static class AsClause
{
    // Subjects of the clause are at most this many words before its verb.
    private const int MaxSubject = 6;

    /// <summary>Cuts every reported content after its cue before its first <c>as</c> clause.</summary>
    public static void Cut(QuoteText q, List<Quote> quotes) => ReportedCuts.Apply(q, quotes, (_, first, end) => Boundary(q, first, end));

    // The `as` opening the clause (or the comma, or the adverb after a comma, before it), or null.
    private static int? Boundary(QuoteText q, int first, int end)
    {
        var quoted = false;
        for (var k = first; k < end; k++)
        {
            if (q.IsQuoteMark(k))
            {
                quoted = !quoted;
                continue;
            }
            if (!q.Word(k).Equals("as", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (quoted || k < first + 1)
            {
                // An `as` inside a quotation is the speaker's; one opening the content is the content's.
                return null;
            }
            var before = q.Tag(k - 1);
            if (before.StartsWith("VB", StringComparison.Ordinal) || before == "IN" || Subordinate(q, first, k))
            {
                // After `that` the `as` clause opens the reported clause (`said that as X was away, he ...`); right after
                // a verb the clause is that verb's own adverbial (`have cringed as the talks went on`); inside
                // a subordinate clause of the content (`at a time when he is seeking X as it fends off`) it is that clause's.
                return null;
            }
            var opening = k;
            if (before is "JJ" or "JJR" or "RB" or "RBR")
            {
                if (q.Word(k - 2) != ",")
                {
                    // `as long as`, `such as`, `as well as`: a comparison or a connective.
                    return null;
                }
                opening = k - 1;
            }
            return ReportedCuts.OwnClause(q, k + 1, end, MaxSubject, noPluralBeforeNoun: false) ? opening : null;
        }
        return null;
    }

    // Whether a subordinating or wh-word after the content's first word opens a clause inside it before `at`.
    private static bool Subordinate(QuoteText q, int first, int at)
    {
        for (var t = first + 1; t < at; t++)
        {
            if (q.Tag(t) is "WRB" or "WDT" or "WP" || q.Tag(t) == "IN" && q.Word(t) is "because" or "while" or "if" or "when" or "after" or "before" or "although" or "since" or "until")
            {
                return true;
            }
        }
        return false;
    }
}
