namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Ends a reported content after its cue before a participle clause after a comma (<c>attacked the senator, calling
/// him ...</c>, <c>has called out the governor, slamming his plan</c>): the participle goes on from the report's
/// subject, not from what was reported, and PolNeAR's annotators end the content before it. The role tagger labels
/// tokens with local features, so its content runs on over it. A comma inside a quotation stays. An <c>including</c>
/// list right after the content belongs to it (<c>criticised the cuts, including those to schools</c>), as the
/// annotators mark it, and takes the content to its sentence's end. A single dash outside quotation marks followed by
/// a new clause of the writer's (a pronoun or <c>there</c> as subject, <c>though</c>, <c>where</c>) ends the content
/// too (<c>said he would run again - though it is unclear ...</c>; session 31).
/// </summary>
internal static class ContentAdjunct
{
    /// <summary>
    /// Widens every reported content after its cue over an <c>including</c> list right after it, else cuts it before its
    /// first comma and participle.
    /// </summary>
    public static void Cut(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (!QuoteText.ReportedAfterCue(quote))
            {
                continue;
            }
            var (first, end) = q.TokensOf(quote.Content.Start, quote.Content.End);
            if (Including(q, first, end) is { } widened)
            {
                quotes[i] = quote with { Content = q.Span(first, widened) };
                continue;
            }
            if (Boundary(q, first, end) is not { } cut)
            {
                continue;
            }
            var last = cut - 1;
            while (last > first && q.IsPunctuation(last) && !q.IsQuoteMark(last))
            {
                last--;
            }
            quotes[i] = quote with { Content = q.Span(first, last) };
        }
    }

    // The comma before the first participle after the content's first word (not `including`, a preposition), outside
    // quotation marks, or null.
    private static int? Boundary(QuoteText q, int first, int end)
    {
        var quoted = q.IsQuoteMark(first);
        for (var k = first + 1; k + 1 < end; k++)
        {
            quoted ^= q.IsQuoteMark(k);
            if (!quoted && q.Word(k) == "," && q.Tag(k + 1) == "VBG" && q.Word(k + 1) != "including")
            {
                return k;
            }
            if (!quoted && IsDash(q.Word(k)) && OpensAside(q, k + 1) && OnlyDash(q, k) && !Quoted(q, k))
            {
                return k;
            }
        }
        return null;
    }

    // A dash that sets off what follows (`-`, `--`, an em or horizontal bar dash).
    private static bool IsDash(string word) => word is "-" or "--" or "\u2014" or "\u2015";

    // After a single dash, a new clause of the writer's: a personal pronoun or `there` as its subject (`- she was`,
    // `- there are`), or a concessive or place subordinator (`- though it`, `- where he`).
    private static bool OpensAside(QuoteText q, int k) =>
        k < q.Count && (q.Tag(k) is "PRP" or "EX" || q.Word(k) is "though" or "although" or "where" or "whereas");

    // The dash at k is the sentence's only one: of two, they set off a parenthesis inside the content, which stays.
    private static bool OnlyDash(QuoteText q, int k)
    {
        var sentence = q.SentenceOf(k);
        for (var t = sentence.FirstToken; t < QuoteText.End(sentence); t++)
        {
            if (t != k && IsDash(q.Word(t)))
            {
                return false;
            }
        }
        return true;
    }

    // The token at k lies inside a pair of quotation marks (a content opening inside a quotation does not see its mark).
    private static bool Quoted(QuoteText q, int k) =>
        QuotationMarks.Pair(q.Text).Any(m => m.Start <= q.Span(k).Start && q.Span(k).End <= m.End);

    // The last token of an `including` list right after the content's end, to its sentence's end, or null.
    private static int? Including(QuoteText q, int first, int end)
    {
        if (end + 1 >= q.Count || q.Word(end) != "," || q.Word(end + 1) != "including")
        {
            return null;
        }
        var last = QuoteText.End(q.SentenceOf(end)) - 1;
        while (last > end && (q.IsPunctuation(last) || q.IsQuoteMark(last)))
        {
            last--;
        }
        return last > end + 1 ? last : null;
    }
}
