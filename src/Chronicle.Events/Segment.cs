namespace Chronicle.Events;

/// <summary>The clause-like stretch around a trigger: tokens between the commas and clause marks nearest it.</summary>
internal readonly record struct Segment(int First, int Last)
{
    public static Segment Around(ArticleView view, Mention m)
    {
        var s = view.Found.Sentences[m.Sentence];
        var first = m.First;
        while (first > s.FirstToken && !Breaks(view, first - 1))
        {
            first--;
        }

        var last = m.Last;
        var end = s.FirstToken + s.TokenCount - 1;
        while (last < end && !Breaks(view, last + 1))
        {
            last++;
        }

        return new Segment(first, last);
    }

    public TextSpan Span(ArticleView view) => new(view.Tokens[First].Span.Start, view.Tokens[Last].Span.End);

    private static bool Breaks(ArticleView view, int k) => view.IsPunct(k, ',') || view.IsClauseBreak(k);
}
