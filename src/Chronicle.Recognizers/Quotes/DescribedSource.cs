namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Turns a report whose content before its cue is only a described name into one with that name as its source and the
/// clause after the cue as its content: <c>Ana Ruiz, 63, a teacher raised in Leeds, said she wanted change</c>. The
/// role tagger sometimes reads a long description before the cue as what was said; a noun phrase with no verb of its
/// own outside a relative clause or participle, right before the cue, is who said it.
/// </summary>
internal static class DescribedSource
{
    /// <summary>Swaps the roles of every such report.</summary>
    public static void Apply(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (quote.Direct || quote.Content.End > quote.Cue.Start || quote.Content.Length == 0)
            {
                continue;
            }
            var (first, end) = Model.ContentCuts.Tokens(q, quote.Content);
            // An opening participle or prepositional phrase (`Speaking on the same show, Ana Ruiz, ...`) is not the source.
            if (q.Tag(first) is "VBG" or "IN")
            {
                var comma = first + 1;
                while (comma < end - 1 && !(q.Word(comma) == "," && q.Tag(comma + 1).StartsWith("NNP", StringComparison.Ordinal)))
                {
                    comma++;
                }
                first = comma + 1 < end ? comma + 1 : first;
            }
            var cueFirst = q.TokenAt(quote.Cue.Start);
            var cueEnd = Model.ContentCuts.Tokens(q, quote.Cue).End;
            var gap = end;
            while (gap < cueFirst && q.Word(gap) == ",")
            {
                gap++;
            }
            if (gap != cueFirst || !q.Tag(first).StartsWith("NNP", StringComparison.Ordinal) && q.Tag(first) != "DT" || !NounPhrase(q, first, end))
            {
                continue;
            }
            var sentenceEnd = QuoteText.End(q.SentenceOf(cueFirst));
            var last = sentenceEnd - 1;
            while (last > cueEnd && q.IsPunctuation(last) && !q.IsQuoteMark(last))
            {
                last--;
            }
            if (last - cueEnd < 1 || !Finite(q, cueEnd, last + 1))
            {
                continue;
            }
            var noun = end - 1;
            while (noun > first && q.IsPunctuation(noun))
            {
                noun--;
            }
            var source = q.Span(first, noun);
            quotes[i] = quote with { Speaker = q.Speakers.ForSpan(source), Content = q.Span(cueEnd, last) };
        }
    }

    // No finite verb outside a relative clause (`who played a role`) between first and end: a name and its description.
    private static bool NounPhrase(QuoteText q, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (q.Word(t) is "who" or "which" or "whose" or "whom")
            {
                return true;
            }
            if (q.Tag(t) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return false;
            }
        }
        return true;
    }

    private static bool Finite(QuoteText q, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (q.Tag(t) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
        }
        return false;
    }
}
