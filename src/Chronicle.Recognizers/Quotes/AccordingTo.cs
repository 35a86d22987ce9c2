namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// The roles of an <c>according to X</c> cue, which has one shape: the source is the phrase after <c>to</c> up to
/// its comma, and the content the rest of the sentence on the other side of that phrase.
/// </summary>
internal static class AccordingTo
{
    private const int MaxSource = 12;

    public static bool Is(QuoteText q, int cueFirst, int cueEnd) =>
        cueEnd - cueFirst == 2 && q.Word(cueFirst) == "according" && q.Word(cueFirst + 1) == "to";

    /// <summary>The source and content token ranges [First, End), or null when the sentence does not fit the shape.</summary>
    public static ((int First, int End) Source, (int First, int End) Content)? Roles(QuoteText q, int cueFirst, int cueEnd)
    {
        var sentence = q.SentenceOf(cueFirst);
        var first = sentence.FirstToken;
        var end = QuoteText.End(sentence);
        var comma = cueEnd;
        while (comma < end && comma - cueEnd < MaxSource && q.Word(comma) != "," && !IsFinal(q, comma))
        {
            comma++;
        }
        if (comma == cueEnd || comma >= end || comma - cueEnd >= MaxSource)
        {
            return null;
        }
        var source = (cueEnd, comma);
        var opens = true;
        for (var t = first; t < cueFirst && opens; t++)
        {
            opens = q.IsPunctuation(t);
        }
        return opens ? (source, (comma + 1, end)) : (source, (first, cueFirst));
    }

    private static bool IsFinal(QuoteText q, int t) => q.Word(t) is "." or "?" or "!" or ";";
}
