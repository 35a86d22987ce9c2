namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Drops a report nested inside another attribution's content: <c>X said he wanted to ...</c>, <c>X warned that the
/// voters who supported him ...</c>, <c>the plan, which she said was ...</c>. PolNeAR's annotators mark the outer
/// report and leave most reports inside its content out (about three in four nested cues the model keeps match no
/// annotator's cue on held-out train). A cue right after a comma, semicolon, dash or coordinating conjunction stays:
/// that is mostly a second report of the same speaker (<c>..., adding that</c>, <c>and called the plan ...</c>) the
/// outer content ran on over, as the annotators mark it. So does a report with a source of its own relayed by an
/// outer <c>reported</c> (<c>the agency reported that Ana Ruiz told reporters ...</c>), a direct quote, and a
/// report whose content opens with a quotation mark (the inner source's own words, kept as a claim of theirs).
/// </summary>
internal static class NestedReport
{
    /// <summary>Removes every attribution whose cue lies inside another kept attribution's content.</summary>
    public static void Drop(QuoteText q, List<Quote> quotes)
    {
        var drop = new bool[quotes.Count];
        for (var i = 0; i < quotes.Count; i++)
        {
            var inner = quotes[i];
            var cue = q.TokenAt(inner.Cue.Start);
            if (cue == 0 || inner.Direct || Quoted(q, inner) || Coordinated(q, cue - 1))
            {
                continue;
            }
            for (var j = 0; j < quotes.Count; j++)
            {
                var outer = quotes[j];
                // Two attributions each holding the other's cue are one report read twice: neither is dropped. An outer
                // report with no source is too weak to drop another (`Downing` taken for a cue before `Street has
                // stressed ...`).
                if (j != i && outer.Speaker is not null && Holds(outer, inner.Cue) && !Holds(inner, outer.Cue) && !Relayed(q, inner, outer))
                {
                    drop[i] = true;
                    break;
                }
            }
        }
        var k = 0;
        for (var i = 0; i < quotes.Count; i++)
        {
            if (!drop[i])
            {
                quotes[k++] = quotes[i];
            }
        }
        quotes.RemoveRange(k, quotes.Count - k);
    }

    // A report relayed by another, `the agency reported that Ana Ruiz told reporters ...`: an outer cue of the lemma
    // `report` passes on what the inner source said, and the annotators mark both.
    private static bool Relayed(QuoteText q, Quote inner, Quote outer)
    {
        if (inner.Speaker is null)
        {
            return false;
        }
        for (var t = q.TokenAt(outer.Cue.Start); t < q.Count && q.Span(t).Start < outer.Cue.End; t++)
        {
            if (q.Word(t) is "reported" or "reports" or "report" or "reporting")
            {
                return true;
            }
        }
        return false;
    }

    // A content that opens with a quotation mark: words quoted as the inner source's own, as the annotators keep.
    private static bool Quoted(QuoteText q, Quote inner) =>
        inner.Content.Length > 0 && q.TokenAt(inner.Content.Start) is var t && t < q.Count && q.IsQuoteMark(t);

    private static bool Holds(Quote outer, TextSpan cue) =>
        outer.Content.Length > 0 && outer.Content.Start <= cue.Start && cue.End <= outer.Content.End;

    // A comma, semicolon, dash, quotation mark or conjunction before the cue: a report of its own beside the other.
    private static bool Coordinated(QuoteText q, int before) =>
        q.IsQuoteMark(before) || q.Word(before) is "," or ";" or "-" or "–" or "—" or "--" or ":" or "and" or "but" or "or" or "while" or "then";
}
