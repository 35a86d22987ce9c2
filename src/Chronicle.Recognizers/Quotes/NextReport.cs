using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Ends a reported content before the next attribution coordinated with it: <c>X said the talks failed, and Y said
/// they would resume</c>, <c>X denied the charge but called the inquiry fair</c>, <c>some say ... - others say ...</c>.
/// Each attribution's roles are tagged apart, so a content after its cue runs on over a second report in the same
/// sentence; once every attribution of the sentence is known, a cue (with its source) opened by a conjunction or a
/// clause break inside the content is the next report, not part of this one. A cue right after the content's start
/// or after <c>that</c> is a report nested in it and stays.
/// </summary>
internal static class NextReport
{
    /// <summary>Cuts every reported content after its cue before the first coordinated attribution inside it.</summary>
    public static void Cut(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (!QuoteText.ReportedAfterCue(quote))
            {
                continue;
            }
            var (first, end) = ContentCuts.Tokens(q, quote.Content);
            var cut = end;
            for (var j = 0; j < quotes.Count; j++)
            {
                if (j != i && Opening(q, quotes[j], first, end) is { } opening && opening < cut && Boundary(q, first, opening) is { } boundary)
                {
                    cut = Math.Min(cut, boundary);
                }
            }
            if (cut < end)
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

    // The first token of another attribution lying inside the content [first, end): its source when that comes
    // before its cue inside the content, else its cue.
    private static int? Opening(QuoteText q, Quote other, int first, int end)
    {
        var cue = q.TokenAt(other.Cue.Start);
        if (cue <= first || cue >= end)
        {
            return null;
        }
        if (other.Speaker is { } speaker && speaker.Span.End <= other.Cue.Start && q.TokenAt(speaker.Span.Start) is var s && s > first)
        {
            return s;
        }
        return cue;
    }

    // Where the content ends when a conjunction or a clause break opens the other attribution at `opening`: at the
    // break (a comma before `and` included); null when nothing coordinates it (a nested report) or too little of the
    // content would be left.
    private static int? Boundary(QuoteText q, int first, int opening)
    {
        var k = opening - 1;
        if (q.Word(k) is "and" or "but" or "then" or "while")
        {
            k = k > first && q.Word(k - 1) == "," ? k - 1 : k;
        }
        else if (q.Word(k) is not (";" or "-" or "–" or "—" or "--" or ","))
        {
            return null;
        }
        return k >= first + 2 ? k : null;
    }
}
