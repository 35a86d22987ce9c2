namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Carries a content after its cue that opens a quotation and stops inside it on to the quotation's closing mark:
/// <c>He went on to say, "She threw a book at an aide, hitting him. It was not acceptable."</c>. The role tagger sees
/// one sentence and the cuts see words, so a quotation inside a reported content is cut at its first comma or
/// sentence's end; the annotators take the quotation whole, as far as its paragraph.
/// </summary>
internal static class QuotationEnd
{
    /// <summary>Extends every content after its cue that ends inside a quotation it opened.</summary>
    public static void Extend(QuoteText q, List<Quote> quotes)
    {
        if (quotes.Count == 0)
        {
            return;
        }
        var pairs = QuotationMarks.Pair(q.Text);
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var content = quote.Content;
            if (content.Start < quote.Cue.End || content.Length == 0)
            {
                continue;
            }
            foreach (var marks in pairs)
            {
                if (marks.Start < content.Start || marks.Start >= content.End || marks.End <= content.End)
                {
                    continue;
                }
                var added = new TextSpan(content.End, marks.End);
                if (!quotes.Exists(o => o.Cue.Overlaps(added)))
                {
                    quotes[i] = quote with { Content = new TextSpan(content.Start, marks.End) };
                }
                break;
            }
        }
    }
}
