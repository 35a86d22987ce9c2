namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Ends a reported content before a second clause or predicate that goes on from the report rather than from what
/// was reported: <c>X condemned the plan and called for a vote</c> (a noun phrase content, then the subject's next
/// verb), <c>X says the port is open but has warned ...</c> (a verb in the cue's own tense), <c>X said the talks
/// would resume, and the minister left</c> (a comma, a conjunction and a clause with its own subject). The role tagger
/// labels tokens with local features, so its content runs on over them; `, and that ...` goes on reporting and stays.
/// </summary>
internal static class SecondClause
{
    // Subjects of a new clause are at most this many words before its verb.
    private const int MaxSubject = 6;

    /// <summary>Cuts every reported content after its cue before its first second clause.</summary>
    public static void Cut(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (quote.Direct || quote.Content.Start < quote.Cue.End || quote.Content.Length == 0)
            {
                continue;
            }
            var (first, end) = Model.ContentCuts.Tokens(q, quote.Content);
            if (Boundary(q, CueTag(q, quote.Cue), first, end) is { } cut)
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

    // The first token of the second clause's break (the comma before its conjunction, or the conjunction), or null.
    private static int? Boundary(QuoteText q, string cueTag, int first, int end)
    {
        var finite = false;
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
                if (next < end && Opens(q, cueTag, finite, comma, next, end))
                {
                    return comma ? k - 1 : k;
                }
            }
            finite |= IsFinite(q.Tag(k));
        }
        return null;
    }

    // Whether the words from `next` (after the conjunction and its adverbs) go on from the report: a verb of the
    // cue's subject, or a clause with a subject of its own after a comma.
    private static bool Opens(QuoteText q, string cueTag, bool finite, bool comma, int next, int end)
    {
        var tag = q.Tag(next);
        if (IsFinite(tag) || (tag == "VBG" && cueTag == "VBG"))
        {
            // After a noun phrase the verb can only be the cue's subject's; after a clause, when it has the cue's form.
            return !finite || tag == cueTag || (Present(tag) && Present(cueTag));
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
            if (!(subject.StartsWith("NN", StringComparison.Ordinal) || subject is "PRP" or "DT" or "JJ" or "CD" or "PRP$" or "POS" or "CC" or "RB"))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsFinite(string tag) => tag is "VBD" or "VBZ" or "VBP" or "MD";

    private static bool Present(string tag) => tag is "VBZ" or "VBP";

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
