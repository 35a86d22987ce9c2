namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Ends a noun phrase's reported content before <c>and</c> or <c>but</c> with no comma and a clause with a subject and
/// finite verb of its own (<c>X has not endorsed the mayor and the governor withdrew his support</c>): the clause is the
/// writer's, not the object of the cue, and PolNeAR's annotators end the content before it. <see cref="SecondClause"/>
/// cuts such a clause after a comma, and a bare verb after the conjunction. A cue that takes a clause without
/// <c>that</c> (<c>said Ana and Rui left</c>) may have a coordinated subject as its content's start, so it stays, as do
/// a clause content (whose second clause is as often reported) and a quotation.
/// </summary>
internal static class ConjoinedClause
{
    // Subjects of a new clause are at most this many words before its verb.
    private const int MaxSubject = 6;

    // Cues whose object may be a clause without `that`, so that a noun phrase after them may be a coordinated subject.
    private static readonly string[] ClauseVerbs =
    [
        "say", "said", "tell", "told", "think", "thought", "believe", "claim", "add", "argue", "insist", "warn", "suggest",
        "predict", "hope", "know", "knew", "feel", "felt", "expect", "note", "acknowledge", "admit", "report", "announce",
        "write", "wrote", "recall", "estimate", "fear", "agree", "assert", "contend", "maintain", "explain", "confirm",
        "reckon", "guess", "suspect", "show", "indicate", "reveal", "state", "declare", "mean", "hear", "heard", "see", "saw", "remember",
    ];

    /// <summary>Cuts every reported noun phrase content after its cue before its first conjoined clause.</summary>
    public static void Cut(QuoteText q, List<Quote> quotes) =>
        ReportedCuts.Apply(q, quotes, (quote, first, end) => TakesClause(q, quote.Cue) ? null : Boundary(q, first, end));

    // The conjunction opening the conjoined clause, or null.
    private static int? Boundary(QuoteText q, int first, int end)
    {
        if (q.Tag(first) is "IN" or "TO" or "WDT" or "WP" or "WRB")
        {
            // `that ...`, `to ...`, `whether ...`: a clause.
            return null;
        }
        return ReportedCuts.NounPhraseBoundary(q, first, end,
            k => k >= first + 1 && q.Word(k) is "and" or "but" && q.Word(k - 1) != "," && ReportedCuts.OwnClause(q, k + 1, end, MaxSubject, noPluralBeforeNoun: true));
    }


    // Whether the cue's last verb is one that takes a clause without `that` (a form above or its -s, -d, -ed, -ing form).
    private static bool TakesClause(QuoteText q, TextSpan cue)
    {
        var (first, end) = q.TokensOf(cue.Start, cue.End);
        for (var t = end - 1; t >= first; t--)
        {
            if (q.Tag(t).StartsWith("VB", StringComparison.Ordinal))
            {
                var word = q.Word(t);
                return ClauseVerbs.Any(v => word == v || word == v + "s" || word == v + "d" || word == v + "ed" || word == v + "ing"
                    || word == v[..^1] + "ing" && v.EndsWith('e'));
            }
        }
        return false;
    }
}
