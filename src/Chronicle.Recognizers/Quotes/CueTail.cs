namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Where a cue's learned tail may go (session 25): outside the content, or between the two parts of a quotation the
/// cue interrupts (<c>"We will win," she said with a grin. "We always do."</c>, <c>he wrote in a blog post.</c>). A
/// quotation resumed after its cue makes the content wrap the cue and its tail, but the tail's words lie outside the
/// quotation marks: they say how the words were given, and the annotators take them into the cue.
/// </summary>
internal static class CueTail
{
    /// <summary>Whether the words <paramref name="added"/> after <paramref name="quote"/>'s cue may join the cue.</summary>
    public static bool Free(Quote quote, TextSpan added) =>
        !added.Overlaps(quote.Content)
        || (quote.Direct && quote.Content.Start < quote.Cue.Start && added.End < quote.Content.End);
}
