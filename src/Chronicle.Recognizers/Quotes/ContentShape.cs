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
