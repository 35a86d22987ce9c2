namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Takes into a reported content after its cue a concessive clause after a comma (<c>said the plan was sound, although
/// it would take years</c>) and a second <c>that</c> clause of the same cue after <c>but</c> (<c>said the budget was
/// fair, but that the council had acted late</c>): the speaker's own reservation, which PolNeAR's annotators keep in the
/// content to the sentence's end. The role tagger stops at the comma. Only a content that is already a clause (a
/// finite verb in it) is widened, not after a cue of belief (<c>observers believe</c>) and not over another
/// attribution's cue.
/// </summary>
internal static class ConcessiveClause
{
    /// <summary>Widens every reported clause content after its cue over a concessive clause right after it.</summary>
    public static void Extend(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (!QuoteText.ReportedAfterCue(quote) || Belief(q, quote))
            {
                continue;
            }
            var (first, end) = q.TokensOf(quote.Content.Start, quote.Content.End);
            if (!Opens(q, end) || !Enumerable.Range(first, end - first).Any(t => ReportedCuts.IsFinite(q.Tag(t))))
            {
                continue;
            }
            var last = QuoteText.End(q.SentenceOf(end)) - 1;
            while (last > end && (q.IsPunctuation(last) || q.IsQuoteMark(last)))
            {
                last--;
            }
            var widened = q.Span(first, last);
            if (last <= end + 2 || quotes.Any(o => o != quote && o.Cue.Start >= quote.Content.End && o.Cue.Start < widened.End))
            {
                continue;
            }
            quotes[i] = quote with { Content = widened };
        }
    }

    // A cue of belief (`observers believe X, although ...`): the reservation may be the writer's (BBC politics, session 32).
    private static bool Belief(QuoteText q, Quote quote)
    {
        var (_, cueEnd) = q.TokensOf(quote.Cue.Start, quote.Cue.End);
        return q.Word(cueEnd - 1).ToLowerInvariant() is "believe" or "believes" or "believed" or "think" or "thinks"
            or "thought" or "feel" or "feels" or "felt" or "expect" or "expects" or "expected" or "hope" or "hopes"
            or "hoped" or "fear" or "fears" or "feared" or "suspect" or "suspects" or "suspected";
    }

    // A comma and `although`, `though`, `even though` or `but that` at the token `end`.
    private static bool Opens(QuoteText q, int end) =>
        end + 2 < q.Count && q.Word(end) == ","
        && (q.Word(end + 1) is "although" or "though"
            || (q.Word(end + 1) is "even" && q.Word(end + 2) == "though")
            || (q.Word(end + 1) is "but" && q.Word(end + 2) == "that"));
}
