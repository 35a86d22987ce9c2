namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Ends a reported content before a second clause or predicate that goes on from the report rather than from what
/// was reported: <c>X condemned the plan and called for a vote</c> (a noun phrase content, then the subject's next
/// verb; a participle after a participle cue), <c>X said the talks would resume, and the minister left</c> (a comma, a
/// conjunction and a clause with its own subject). After a clause content a bare verb stays (`said he admired X and
/// thought ...` is as often the reported subject's). The role tagger
/// labels tokens with local features, so its content runs on over them; `, and that ...` goes on reporting and stays.
/// </summary>
internal static class SecondClause
{
    // Subjects of a new clause are at most this many words before its verb.
    private const int MaxSubject = 6;

    /// <summary>Cuts every reported content after its cue before its first second clause.</summary>
    public static void Cut(QuoteText q, List<Quote> quotes) => ReportedCuts.Apply(q, quotes, (quote, first, end) => Boundary(q, CueTag(q, quote.Cue), first, end));

    // The first token of the second clause's break (the comma before its conjunction, or the conjunction), or null.
    private static int? Boundary(QuoteText q, string cueTag, int first, int end)
    {
        // A content opened by `that`, `to`, `whether` or a wh-word is a clause whose verb may come after a
        // coordinated subject (`that officials at home and abroad wanted`); only a bare noun phrase is a phrase.
        var verb = q.Tag(first) is "IN" or "TO" or "WDT" or "WP" or "WRB";
        var quoted = false;
        for (var k = first; k < end; k++)
        {
            if (q.IsQuoteMark(k))
            {
                quoted = !quoted;
            }
            else if (!quoted && k >= first + 2 && q.Word(k) is "and" or "but")
            {
                var comma = q.Word(k - 1) == ",";
                var next = k + 1;
                while (next < end && q.Tag(next) == "RB")
                {
                    next++;
                }
                if (next < end && Opens(q, cueTag, verb, comma, next, end))
                {
                    return comma ? k - 1 : k;
                }
            }
            verb |= q.Tag(k).StartsWith("VB", StringComparison.Ordinal) || q.Tag(k) == "MD";
        }
        return null;
    }

    // Whether the words from `next` (after the conjunction and its adverbs) go on from the report: after a noun phrase
    // the cue's subject's next verb (`condemned the plan and called for a vote`); after a comma a clause with a
    // subject of its own (`, and the minister left`). After a clause a verb is as often the clause's own subject's
    // (`said he admired X and thought ...`), so it stays.
    private static bool Opens(QuoteText q, string cueTag, bool verb, bool comma, int next, int end)
    {
        var tag = q.Tag(next);
        if (IsFinite(tag) || (tag == "VBG" && cueTag == "VBG"))
        {
            // Not a verb of its own subject's clause after all (`the figures on the dead and lost had been`).
            return !verb && !(next + 1 < end && IsFinite(q.Tag(next + 1)));
        }
        if (!comma || q.Word(next) is "that" or "whether" or "if")
        {
            return false;
        }
        for (var t = next; t < end && t <= next + MaxSubject; t++)
        {
            var subject = q.Tag(t);
            if (IsFinite(subject))
            {
                return t > next;
            }
            // A pronoun only opens the subject: after a noun it opens a relative clause (`the treatment they received`).
            if (!(subject.StartsWith("NN", StringComparison.Ordinal) || subject is "DT" or "JJ" or "CD" or "PRP$" or "POS" or "RB" || (subject == "PRP" && t == next)))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsFinite(string tag) => tag is "VBD" or "VBZ" or "VBP" or "MD";

    // The tag of the cue's first verb (`has warned`: VBZ), or the empty string when it holds none.
    private static string CueTag(QuoteText q, TextSpan cue)
    {
        for (var t = q.TokenAt(cue.Start); t < q.Count && q.Span(t).Start < cue.End; t++)
        {
            if (q.Tag(t).StartsWith("VB", StringComparison.Ordinal) || q.Tag(t) == "MD")
            {
                return q.Tag(t);
            }
        }
        return "";
    }
}
