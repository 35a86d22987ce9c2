namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// A cue that is a colon alone (<c>Ana Ruiz issued a statement: "..."</c>, <c>she added a warning:</c>): PolNeAR's
/// annotators take the clause's verb and what follows it up to the colon into the cue (<c>issued a statement:</c>), so
/// the cue begins at the first verb after its source (or after the clause's punctuation) when no punctuation or
/// quotation mark lies between it and the colon.
/// </summary>
internal static class CueColon
{
    private const int Longest = 7;

    /// <summary>The cues of <paramref name="quotes"/> that are a colon alone, taken back to the clause's verb.</summary>
    public static void Widen(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var colon = q.TokenAt(quote.Cue.Start);
            if (q.Word(colon) != ":" || q.Span(colon).End != quote.Cue.End)
            {
                continue;
            }
            var sentenceFirst = q.SentenceOf(colon).FirstToken;
            var from = colon;
            while (from > sentenceFirst && !q.IsPunctuation(from - 1) && !q.IsQuoteMark(from - 1))
            {
                from--;
            }
            // The source before the verb bounds the clause; one after it (`issued a statement:` read as the
            // statement's) is the verb's object, not its source.
            if (quote.Speaker is { } subject && subject.Span.End <= quote.Cue.Start && q.TokenAt(subject.Span.Start) >= from
                && Verb(q, from, q.TokenAt(subject.Span.Start)) < 0)
            {
                from = q.TokenAt(subject.Span.End - 1) + 1;
            }
            // A short clause (`gave the minister a warning:`), not a sentence's whole predicate before its colon.
            var verb = Verb(q, from, colon);
            if (verb < 0 || colon - verb > Longest || Subordinate(q, verb, colon))
            {
                continue;
            }
            var cue = new TextSpan(q.Span(verb).Start, quote.Cue.End);
            var inside = quote.Speaker is { } sp && cue.Overlaps(sp.Span);
            if (cue.Overlaps(quote.Content) || (inside && quote.Speaker!.Span.Start < cue.Start)
                || quotes.Exists(x => !ReferenceEquals(x, quote) && x.Cue.Overlaps(cue)))
            {
                continue;
            }
            quotes[i] = quote with { Cue = cue, Speaker = inside ? null : quote.Speaker };
        }
    }

    private static bool Subordinate(QuoteText q, int from, int end)
    {
        for (var t = from; t < end; t++)
        {
            if (q.Word(t) is "that" or "which" or "who" or "because" or "if" or "whether" || q.Tag(t) is "WDT" or "WP")
            {
                return true;
            }
        }
        return false;
    }

    // The first finite verb or modal in [from, end), else the first participle not after a determiner (`tweeting the
    // following`, not `the following`); -1 when none.
    private static int Verb(QuoteText q, int from, int end)
    {
        for (var t = from; t < end; t++)
        {
            if (q.Tag(t) is "VB" or "VBD" or "VBZ" or "VBP" or "MD")
            {
                return t;
            }
        }
        for (var t = from; t < end; t++)
        {
            if (q.Tag(t) == "VBG" && (t == from || q.Tag(t - 1) != "DT"))
            {
                return t;
            }
        }
        return -1;
    }
}
