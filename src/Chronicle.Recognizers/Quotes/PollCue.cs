namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// A finding reported <c>in</c> a poll or survey: <c>Ana Ruiz led by six points in a Leeds Post poll</c>. The
/// annotators mark the preposition as the cue, the poll as the source and the clause it qualifies as the content; the
/// cue tagger never scores a preposition, so the shape is added after the filter. The content is the clause before the
/// cue (from the sentence's start or the previous such poll), or, when the phrase opens the sentence, the rest of the
/// sentence after its comma.
/// </summary>
internal static class PollCue
{
    private const int MaxPhrase = 8;

    private static readonly string[] Polls = ["poll", "polls", "survey", "surveys", "polling"];

    /// <summary>Adds an attribution for every such phrase outside the attributions already found.</summary>
    public static void Add(QuoteText q, List<Quote> quotes)
    {
        var taken = quotes.SelectMany(x => x.Speaker is { } s ? new[] { x.Cue, x.Content, s.Span } : [x.Cue, x.Content]).ToList();
        var added = new List<Quote>();
        foreach (var sentence in q.Sentences)
        {
            var first = sentence.FirstToken;
            var end = QuoteText.End(sentence);
            var clause = first;
            for (var t = first; t < end; t++)
            {
                if (q.Word(t) != "in" || Head(q, t, end) is not { } head)
                {
                    continue;
                }
                var phrase = q.Span(t, head);
                if (taken.Any(s => s.Overlaps(phrase)))
                {
                    clause = head + 1;
                    continue;
                }
                var from = clause;
                while (from < t && q.IsPunctuation(from))
                {
                    from++;
                }
                (int First, int Last)? content = null;
                if (from == t)
                {
                    // `In a Leeds Post poll (released Sunday), Ana Ruiz led by six points.`
                    var comma = head + 1;
                    while (comma < end && comma - head <= MaxPhrase && q.Word(comma) != ",")
                    {
                        comma++;
                    }
                    if (comma < end && q.Word(comma) == ",")
                    {
                        var last = Last(q, comma + 1, end);
                        content = last - comma - 1 >= 2 && Finite(q, comma + 1, end) && Measured(q, comma + 1, end) ? (comma + 1, last) : null;
                    }
                }
                else
                {
                    var last = Last(q, from, t);
                    content = last - from >= 2 && Finite(q, from, t) && Measured(q, from, t) ? (from, last) : null;
                }
                clause = head + 1;
                if (content is not { } c)
                {
                    continue;
                }
                var source = q.Span(t + 1, head);
                added.Add(new Quote(q.Speakers.ForSpan(source), q.Span(t), q.Span(c.First, c.Last), false, Stance.Asserts, null, false));
            }
        }
        quotes.AddRange(added);
    }

    // The poll noun heading the object of `in` at t: within a few words, before any verb or punctuation, and not
    // itself modifying a noun after it (`poll numbers`).
    private static int? Head(QuoteText q, int t, int end)
    {
        for (var h = t + 1; h < end && h - t <= MaxPhrase; h++)
        {
            if (q.IsPunctuation(h) && !q.IsQuoteMark(h) && q.Word(h) != "/" || q.Tag(h).StartsWith("VB", StringComparison.Ordinal) || q.Tag(h) == "IN")
            {
                return null;
            }
            if (Array.IndexOf(Polls, q.Word(h)) >= 0)
            {
                return h + 1 < end && q.Tag(h + 1).StartsWith("NN", StringComparison.Ordinal) ? null : h;
            }
        }
        return null;
    }

    private static int Last(QuoteText q, int first, int end)
    {
        var last = end - 1;
        while (last > first && q.IsPunctuation(last) && !q.IsQuoteMark(last))
        {
            last--;
        }
        return last;
    }

    // A poll's finding is measured: a number or share (`8 per cent`, `a 24-point lead`, `came second`), not a year; a
    // clause with none reads `poll` as the election (`keen to play a part in the poll`).
    private static bool Measured(QuoteText q, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            var w = q.Word(t);
            if (w is "%" or "percent" or "per" or "lead" or "points" or "first" or "second" or "third" or "fourth" or "ahead"
                || q.Tag(t) == "CD" && !(w.Length == 4 && w.All(char.IsDigit)) || w.EndsWith("-point", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
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
