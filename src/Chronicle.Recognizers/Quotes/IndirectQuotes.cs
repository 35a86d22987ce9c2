namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Reported speech outside quotation marks: <c>X said (that) CLAUSE</c>, <c>CLAUSE, X said.</c>,
/// <c>CLAUSE, said X.</c> and <c>according to X, CLAUSE</c>.
/// </summary>
internal sealed class IndirectQuotes(QuoteText q)
{
    private const int MinContentTokens = 3;

    // Cues already used by an attribution.
    private readonly bool[] _used = new bool[q.Count];

    public void Find(List<Quote> quotes, bool[] quoted)
    {
        // A cue inside quotation marks is the quoted speaker's, and PolNeAR leaves those unannotated.
        foreach (var marks in QuotationMarks.Pair(q.Text))
        {
            for (var t = q.TokenAt(marks.Start); t < q.Count && q.Span(t).End <= marks.End; t++)
            {
                _used[t] = true;
            }
        }
        foreach (var sentence in q.Sentences)
        {
            var start = sentence.FirstToken;
            var end = QuoteText.End(sentence);
            for (var t = start; t < end; t++)
            {
                if (quoted[t] || _used[t])
                {
                    continue;
                }
                if (t == start)
                {
                    Colon(quotes, quoted, start, end);
                }
                if (q.Word(t) == "according" && t + 1 < end && q.Word(t + 1) == "to")
                {
                    t = According(quotes, quoted, t, start, end);
                }
                else if (q.IsCue(t, out var stance))
                {
                    t = Verb(quotes, quoted, t, start, end, stance);
                }
            }
        }
    }

    private int According(List<Quote> quotes, bool[] quoted, int t, int start, int end)
    {
        var comma = t + 2;
        while (comma < end && q.Word(comma) != ",")
        {
            comma++;
        }
        var speaker = q.Speakers.After(t + 2, comma);
        if (speaker is null)
        {
            return t + 1;
        }
        var content = t <= start + 1 ? Clause(comma + 1, end, quoted) : Clause(start, t, quoted);
        if (content is { } c)
        {
            Add(quotes, quoted, speaker, t, t + 2, c, Stance.Asserts);
        }
        return t + 1;
    }

    private int Verb(List<Quote> quotes, bool[] quoted, int t, int start, int end, Stance stance)
    {
        var match = CueFinder.SpeakerBefore(q, t, start, stance);
        if (match is { } m)
        {
            var speakerFirst = q.TokenAt(m.Speaker!.Span.Start);
            var contentFirst = ContentStart(AfterObject(t, end), end);
            var content = Clause(contentFirst, Ends(contentFirst, end), quoted);
            if (content is { } inner && speakerFirst - 1 > start && q.Word(speakerFirst - 1) == ","
                && Clause(start, speakerFirst - 1, quoted) is { } outer && HasCommaSoon(m.End, end))
            {
                // `The benefit, it says, would be $300`: the content runs round the cue.
                content = outer.Union(inner);
            }
            if (content is null && speakerFirst - 1 > start && q.Word(speakerFirst - 1) == ",")
            {
                content = Clause(start, speakerFirst - 1, quoted);
            }
            if (content is { } c)
            {
                Add(quotes, quoted, m.Speaker, m.First, m.End, c, stance);
                return t;
            }
        }
        if (t - 1 > start && q.Word(t - 1) == "," && q.Word(t).EndsWith("ing", StringComparison.Ordinal))
        {
            // `X attacked Y, saying ...`: the speaker is the sentence's subject.
            if (q.Speakers.After(start, t) is { } subject && ContentStart(t + 1, end) is var from && Clause(from, Ends(from, end), quoted) is { } c)
            {
                Add(quotes, quoted, subject, t, t + 1, c, stance);
            }
            return t;
        }
        if (t - 1 > start && q.Word(t - 1) == "," && CueFinder.SpeakerAfter(q, t, end, stance) is { } after)
        {
            if (Clause(start, t - 1, quoted) is { } c)
            {
                Add(quotes, quoted, after.Speaker, t, t + 1, c, stance);
            }
        }
        return t;
    }

    private static readonly string[] TakesObject = ["told", "tell", "tells", "telling", "asked", "asks", "urged", "urges", "warned", "reminded", "assured", "informed"];

    // `told the forum he was ...`: the person told is not part of the content.
    private int AfterObject(int t, int end)
    {
        if (Array.IndexOf(TakesObject, q.Word(t)) < 0 || q.Speakers.After(t + 1, end) is not { } hearer)
        {
            return t + 1;
        }
        var next = q.TokenAt(hearer.Span.End);
        return end - next >= MinContentTokens ? next : t + 1;
    }

    private bool HasCommaSoon(int from, int end)
    {
        for (var k = from; k < end && k < from + 6; k++)
        {
            if (q.Word(k) == ",")
            {
                return true;
            }
        }
        return false;
    }

    // `told reporters that ...`, `said in a statement that ...`: the content starts at `that` when it comes soon.
    private int ContentStart(int c, int end)
    {
        for (var k = c; k < end && k < c + 8; k++)
        {
            if (q.Word(k) == "that")
            {
                return k;
            }
            if (q.Word(k) is "," or ":" || q.Tag(k).StartsWith("VB", StringComparison.Ordinal))
            {
                break;
            }
        }
        while (c < end && q.Word(c) is "," or ":")
        {
            c++;
        }
        return c;
    }

    private int Ends(int first, int end) => ContentShape.ClauseEnd(q, first, end);

    private TextSpan? Clause(int first, int end, bool[] quoted)
    {
        while (end > first && (q.IsPunctuation(end - 1) && !q.IsQuoteMark(end - 1)))
        {
            end--;
        }
        while (first < end && q.Word(first) is "," or ":" or "but" or "and")
        {
            first++;
        }
        if (end - first < MinContentTokens)
        {
            return null;
        }
        for (var k = first; k < end; k++)
        {
            if (quoted[k])
            {
                return null;
            }
        }
        return q.Span(first, end - 1);
    }

    private void Add(List<Quote> quotes, bool[] quoted, Speaker? speaker, int cueFirst, int cueEnd, TextSpan content, Stance stance)
    {
        var first = q.TokenAt(content.Start);
        var last = q.TokenAt(content.End);
        var medium = q.MediumIn(Math.Min(first, cueFirst), Math.Max(last, cueEnd + 6));
        quotes.Add(new Quote(speaker, q.Span(cueFirst, cueEnd - 1), content, false, stance, medium));
        // Only the cue is used up: PolNeAR nests attributions (`X said Y told Z that ...`).
        for (var k = cueFirst; k < cueEnd; k++)
        {
            _used[k] = true;
        }
    }

    // `SPEAKER: what they said` opening a paragraph or headline: transcripts and headlines.
    private void Colon(List<Quote> quotes, bool[] quoted, int start, int end)
    {
        for (var colon = start + 1; colon < end && colon <= start + 4; colon++)
        {
            if (q.Word(colon) != ":")
            {
                continue;
            }
            // The words before the colon must be a name: capitalised (`PENCE:`, `Senator Lee:`).
            for (var k = start; k < colon; k++)
            {
                if (!char.IsUpper(q.Text[q.Span(k).Start]) && q.Word(k) != ".")
                {
                    return;
                }
            }
            if (colon + 1 >= q.Count || q.IsQuoteMark(colon + 1))
            {
                return;
            }
            var speaker = q.Speakers.Described(q.Span(start, colon - 1));
            var paragraph = q.Text.IndexOf('\n', q.Span(colon).End);
            var last = q.TokenAt(paragraph < 0 ? q.Text.Length : paragraph);
            if (Clause(colon + 1, last, quoted) is { } c)
            {
                Add(quotes, quoted, speaker, colon, colon + 1, c, Stance.Asserts);
            }
            return;
        }
    }
}
