using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Fits the role tagger's content run to a clause: the tagger labels tokens one by one, so its runs can swallow the
/// cue, begin on a comma, end on the sentence's full stop or run on into a later <c>..., officials said</c>.
/// </summary>
internal static class ContentShape
{
    // A trailing `, X said` is another attribution's cue when it is this short.
    private const int MaxTrailingCue = 8;

    /// <summary>The content's tokens [First, End) once fitted, or null when nothing but punctuation is left.</summary>
    public static (int First, int End)? Fit(TokenFacts f, int first, int end, int cueFirst, int cueEnd)
    {
        var q = f.Q;
        if (first < cueEnd && end > cueFirst)
        {
            // Content holds no part of its own cue: keep the longer side.
            (first, end) = cueFirst - first >= end - cueEnd ? (first, cueFirst) : (cueEnd, end);
        }
        if (first >= cueEnd)
        {
            end = BeforeTrailingCue(f, first, end);
            if (!q.IsQuoteMark(first))
            {
                end = ClauseEnd(q, first, end);
            }
        }
        while (first < end && q.IsPunctuation(first) && !q.IsQuoteMark(first))
        {
            first++;
        }
        // A quotation keeps its closing marks and full stop (as annotated); reported speech does not.
        var quoted = first < end && q.IsQuoteMark(first);
        while (end > first && q.IsPunctuation(end - 1) && !(quoted || q.IsQuoteMark(end - 1)))
        {
            end--;
        }
        for (var t = first; t < end; t++)
        {
            if (!q.IsPunctuation(t))
            {
                return (first, end);
            }
        }
        return null;
    }

    /// <summary>
    /// The clause on the side of the cue where the tagger put the content: after the cue (and a source after it) to
    /// the tagger's end, or from the sentence's start to the source or cue before it.
    /// </summary>
    public static (int First, int End) Clause(TokenFacts f, (int First, int End) run, (int First, int End)? source, int cueFirst, int cueEnd)
    {
        var q = f.Q;
        var sentence = q.SentenceOf(cueFirst);
        if (run.First >= cueEnd)
        {
            var first = source is { } s && s.First >= cueEnd && s.First <= run.First ? s.End : cueEnd;
            // The tagger's own end is kept: carried to the sentence's end, the content took in the clauses and
            // adjuncts after it (`..., his critics denounced him`, `... with her mother`); held-out train content
            // overlap 59.5 against 58.1.
            return (Math.Min(first, run.First), run.End);
        }
        if (run.End <= cueFirst)
        {
            var end = source is { } s && s.End <= cueFirst && s.First >= run.End ? s.First : cueFirst;
            return (Math.Min(run.First, sentence.FirstToken), Math.Max(run.End, end));
        }
        return run;
    }

    /// <summary>
    /// Where reported content after its cue ends: before a clause that comments on it rather than continues it
    /// (<c>, acknowledging ...</c>, <c>, which ...</c>, <c>, while ...</c>), else at <paramref name="end"/>.
    /// </summary>
    public static int ClauseEnd(QuoteText q, int first, int end)
    {
        for (var k = first + 2; k + 1 < end; k++)
        {
            if (q.Word(k) == ";" || (q.Word(k) == "," && Comments(q, k + 1)))
            {
                return k;
            }
        }
        return end;
    }

    private static bool Comments(QuoteText q, int t) =>
        q.Tag(t) == "VBG" || q.Word(t) is "which" or "who" or "while" or "whereas" or "although" or "though" or "but";

    private static int BeforeTrailingCue(TokenFacts f, int first, int end)
    {
        var q = f.Q;
        for (var k = Math.Max(first + 1, end - MaxTrailingCue); k < end; k++)
        {
            if (q.Word(k) != "," || f.Sentence[k] != f.Sentence[end - 1])
            {
                continue;
            }
            for (var t = k + 1; t < end; t++)
            {
                if (f.Lexicon[t] > 0 && f.Class[t] == TokenFacts.Verb)
                {
                    return k;
                }
            }
        }
        return end;
    }
}
