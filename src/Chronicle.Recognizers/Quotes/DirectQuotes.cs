namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Quotations in marks with their cue: after (<c>"...," she said.</c>), before (<c>She said: "..."</c>), or between
/// two parts of one quote (<c>"...," she said. "..."</c>: the parts make one content).
/// </summary>
internal sealed class DirectQuotes(QuoteText q)
{
    // Fewer words than this in marks is a title or a scare quote, not speech.
    private const int MinWords = 4;
    private const int Window = 10;

    public void Find(List<Quote> quotes, bool[] quoted)
    {
        var last = -1;
        var lastEnd = 0;
        var lastCue = -1;
        foreach (var marks in QuotationMarks.Pair(q.Text))
        {
            var first = q.TokenAt(marks.Start);
            var end = q.TokenAt(marks.End);
            if (Words(first, end) < MinWords)
            {
                continue;
            }
            var match = Order(marks) switch
            {
                2 => Before(first) ?? Bare(After(end)),
                > 0 => After(end) ?? Before(first),
                < 0 => Before(first),
                _ => Before(first) ?? After(end),
            };
            if (match is { } same && last >= 0 && same.First == lastCue)
            {
                // `"A," she said. "B."`: the second part found the first's cue again; it is one content.
                match = null;
            }
            if (match is not { } m)
            {
                if (last >= 0 && (OnlyPunctuation(lastEnd, marks.Start) || Continues(lastCue, first, lastEnd, marks.Start) || Resumes(lastCue, first, marks)))
                {
                    quotes[last] = quotes[last] with { Content = quotes[last].Content.Union(marks) };
                    lastEnd = marks.End;
                    Mark(quoted, first, end);
                }
                continue;
            }
            var medium = q.MediumIn(Math.Min(m.First, first), Math.Max(m.ClauseEnd + 4, end));
            quotes.Add(new Quote(m.Speaker, q.Span(m.First, m.End - 1), marks, true, m.Stance, medium));
            last = quotes.Count - 1;
            lastCue = m.First;
            lastEnd = Math.Max(marks.End, Math.Max(q.Span(m.End - 1).End, m.Speaker?.Span.End ?? 0));
            Mark(quoted, first, end);
            Mark(quoted, Math.Min(m.First, q.TokenAt(m.Speaker?.Span.Start ?? int.MaxValue)), Math.Max(m.End, m.ClauseEnd));
        }
    }

    // `"A," said X, an adviser. "B."`: a quotation without a cue of its own that opens the sentence after its
    // predecessor's cue, in the same paragraph, goes on with the same speaker (PolNeAR joins the parts).
    private bool Continues(int lastCue, int first, int from, int to)
    {
        var sentence = q.SentenceOf(first);
        return lastCue >= 0 && sentence.FirstToken == first && q.SentenceOf(lastCue) is var previous
            && QuoteText.End(previous) == first && q.Text.AsSpan(from, Math.Max(0, to - from)).IndexOf('\n') < 0;
    }

    // `"A," said X, an adviser to the mayor, "and B."`: a quotation opening in lower case after a comma, in the
    // sentence of its predecessor's cue, resumes the sentence the speaker's description interrupted.
    private bool Resumes(int lastCue, int first, TextSpan marks)
    {
        if (lastCue < 0 || first == 0 || q.Word(first - 1) != "," || q.SentenceOf(first).FirstToken != q.SentenceOf(lastCue).FirstToken || lastCue > first)
        {
            return false;
        }
        var i = marks.Start + 1;
        while (i < marks.End && !char.IsLetterOrDigit(q.Text[i]))
        {
            i++;
        }
        return i < marks.End && char.IsLower(q.Text[i]);
    }

    // `"...?" Ana Ruiz asked at the meeting.`: after a question or exclamation that ends its sentence, a cue in the
    // next one is the quotation's only when nothing it reports follows it (`"...?" X said he would not answer.` has
    // its own content).
    private CueMatch? Bare(CueMatch? match)
    {
        if (match is not { } m)
        {
            return null;
        }
        var end = QuoteText.End(q.SentenceOf(m.First));
        for (var t = Math.Max(m.End, m.ClauseEnd); t < end; t++)
        {
            if (q.IsQuoteMark(t) || q.Tag(t).StartsWith("VB", StringComparison.Ordinal) || q.Tag(t) == "MD")
            {
                return null;
            }
        }
        return m;
    }

    // `...,"` wants its cue after; `...."` closed a sentence, so its cue came before; `?"`/`!"` go either way: before a
    // lower-case word the cue follows, before a capital it may come before or (bare, see above) after. The punctuation
    // is read before every closing mark: the second character of a doubled `''` and a nested quotation's own mark
    // (`...us.'"`) are marks, not the quotation's last punctuation.
    private int Order(TextSpan marks)
    {
        var k = marks.End - 1;
        while (k > marks.Start + 1 && IsMarkCharacter(q.Text[k]))
        {
            k--;
        }
        var last = q.Text[k];
        if (last == ',')
        {
            return 1;
        }
        if (last is '.' or '?' or '!')
        {
            var next = q.TokenAt(marks.End);
            return last == '.' ? -1 : next < q.Count && char.IsLower(q.Text[q.Span(next).Start]) ? 1 : 2;
        }
        return 0;
    }

    private static bool IsMarkCharacter(char c) => c is '"' or '“' or '”' or '\'' or '‘' or '’';

    private CueMatch? After(int end)
    {
        var a = end;
        while (a < q.Count && q.Word(a) == ",")
        {
            a++;
        }
        var limit = a;
        while (limit < q.Count && limit < a + Window && !Stops(limit))
        {
            limit++;
        }
        if (a >= limit || q.IsQuoteMark(a))
        {
            return null;
        }
        return Near(CueFinder.In(q, a, limit), a) ?? AnyVerb(a, limit);
    }

    // `"...," the spokesman began.`: straight after a quote any past-tense verb after its subject is the cue.
    private CueMatch? AnyVerb(int a, int limit)
    {
        for (var t = a + 1; t < limit && t <= a + 8; t++)
        {
            if (q.Tag(t) == "VBD" && q.Speakers.Before(t, a) is { } speaker && q.TokenAt(speaker.Span.Start) == a)
            {
                return new CueMatch(t, t + 1, speaker, Stance.Asserts, t + 1);
            }
        }
        return null;
    }

    private CueMatch? Before(int first)
    {
        var floor = Math.Max(q.SentenceOf(Math.Max(0, first - 1)).FirstToken, first - Window);
        for (var k = first - 1; k > floor; k--)
        {
            if (Stops(k) && q.Word(k) != ":")
            {
                floor = k + 1;
                break;
            }
        }
        var match = CueFinder.In(q, floor, first, nearestEnd: true);
        if (match is { } m && OnlyPunctuationTokens(m.ClauseEnd, first))
        {
            return m;
        }
        if (match is not null)
        {
            // `X said Clinton "is the only candidate..."`: a partial quote inside reported speech, left to the
            // indirect rules.
            return null;
        }
        // `Name: "..."` and `Name ― "..."`: the punctuation is the cue.
        var mark = first - 1;
        if (mark > 0 && q.Word(mark) is ":" or "―" or "—" or "–" && q.Speakers.Before(mark, floor) is { } speaker)
        {
            return new CueMatch(mark, mark + 1, speaker, Stance.Asserts, mark + 1);
        }
        return null;
    }

    // The cue must start the clause after the quote (`, she said`, `, said the minister`), or follow a speaker who
    // does (`, Amnesty, a London-based rights group, said`): a long apposition may push the cue far from the quote.
    private CueMatch? Near(CueMatch? match, int a) =>
        match is { } m && m.First >= a
        && (m.First - a <= 6 || (m.Speaker is { } speaker && q.TokenAt(speaker.Span.Start) == a))
            ? m
            : null;

    private bool Stops(int t) => q.Word(t) is "." or "!" or "?" or ";" || q.IsQuoteMark(t);

    private int Words(int first, int end)
    {
        var n = 0;
        for (var t = first; t < end; t++)
        {
            n += q.IsPunctuation(t) ? 0 : 1;
        }
        return n;
    }

    private bool OnlyPunctuationTokens(int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (!q.IsPunctuation(t))
            {
                return false;
            }
        }
        return true;
    }

    private bool OnlyPunctuation(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(q.Text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static void Mark(bool[] quoted, int first, int end)
    {
        for (var t = Math.Max(0, first); t < Math.Min(end, quoted.Length); t++)
        {
            quoted[t] = true;
        }
    }
}
