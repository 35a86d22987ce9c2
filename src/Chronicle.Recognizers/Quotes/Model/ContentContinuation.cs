namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Whether an attribution's content goes on into the next sentence, as the annotators take it: the later parts of a
/// quote after <c>"...," he said.</c>, a quotation running over several sentences, reported speech carried on. The
/// taggers see one sentence, so this is decided after them, one sentence at a time, by a table counted on the train
/// articles over a few facts of the content's end and the sentence after it (<see cref="Key"/>): a situation
/// continues when the annotators more often went on than stopped there.
/// </summary>
internal sealed class ContentContinuation(IReadOnlySet<ulong> keys)
{
    /// <summary>The most sentences a content is carried into.</summary>
    public const int MostSentences = 6;

    /// <summary>No continuations.</summary>
    public static ContentContinuation Empty { get; } = new(new HashSet<ulong>());

    /// <summary>The hashed situations in which a content goes on.</summary>
    public IReadOnlySet<ulong> Keys => keys;

    /// <summary>Carries every content of <paramref name="quotes"/> on into the sentences the table says it takes in.</summary>
    public void Extend(TokenFacts f, List<Quote> quotes)
    {
        if (keys.Count == 0)
        {
            return;
        }
        for (var i = 0; i < quotes.Count; i++)
        {
            var content = quotes[i].Content;
            for (var n = 0; n < MostSentences && Key(f, quotes, i, content, n) is { } next && keys.Contains(next.Key); n++)
            {
                if (!quotes[i].Direct && HeldByAnother(quotes, i, next.NextFirst))
                {
                    // `"A," X said, noting that B. "C."`: the quotation goes on from X's quote, not from the report.
                    break;
                }
                content = new TextSpan(content.Start, next.End);
            }
            if (content != quotes[i].Content)
            {
                quotes[i] = quotes[i] with { Content = content };
            }
        }
    }

    /// <summary>
    /// The situation at the end of <paramref name="content"/> (of quote <paramref name="index"/>, carried on
    /// <paramref name="carried"/> times) and the end the content would have if it took in the next sentence; null at
    /// the document's end.
    /// </summary>
    public static (ulong Key, int NextFirst, int End)? Key(TokenFacts f, IReadOnlyList<Quote> quotes, int index, TextSpan content, int carried)
    {
        var q = f.Q;
        var last = Math.Clamp(q.TokenAt(content.End) - 1, 0, q.Count - 1);
        var sentenceEnd = QuoteText.End(q.SentenceOf(last));
        if (sentenceEnd >= q.Count)
        {
            return null;
        }
        var next = q.SentenceOf(sentenceEnd);
        var nextEnd = QuoteText.End(next);
        var quote = quotes[index];
        // How the content ends in its sentence: at its end, before the cue or source (`"...," he said.`), or earlier.
        var reach = 1UL;
        for (var t = last + 1; t < sentenceEnd && reach != 0; t++)
        {
            var span = q.Span(t);
            var cueOrSource = span.Overlaps(quote.Cue) || (quote.Speaker is { } s && span.Overlaps(s.Span));
            reach = cueOrSource ? 2UL : q.IsPunctuation(t) ? reach : 0UL;
        }
        var paragraph = q.Text.AsSpan(q.Span(sentenceEnd - 1).End, q.Span(sentenceEnd).Start - q.Span(sentenceEnd - 1).End).Contains('\n') ? 1UL : 0UL;
        var opens = q.IsQuoteMark(next.FirstToken) ? 1UL : 0UL;
        // A quotation open across the sentence boundary.
        var across = f.InQuote[sentenceEnd - 1] && f.InQuote[sentenceEnd] && !q.IsQuoteMark(sentenceEnd - 1) && !q.IsQuoteMark(sentenceEnd) ? 1UL : 0UL;
        var first = opens == 1 && next.FirstToken + 1 < nextEnd ? next.FirstToken + 1 : next.FirstToken;
        var pronoun = q.Word(first) is "he" or "she" or "they" or "i" or "we" or "it" ? 1UL : 0UL;
        var nextCue = NextCue(f, quotes, index, next.FirstToken, nextEnd);
        var direct = quote.Direct ? 1UL : 0UL;
        var packed = reach | (direct << 2) | (paragraph << 3) | (opens << 4) | (nextCue << 5) | (pronoun << 7) | (across << 8) | ((ulong)Math.Min(carried, 2) << 9);
        // The sentence's closing stop is left out unless a quotation mark closes after it, as annotators mark.
        var end = nextEnd - 1;
        end = end > next.FirstToken && q.Word(end) is "." or "!" or "?" && !f.InQuote[end] ? end - 1 : end;
        return (TokenFacts.Key(301, packed), q.Span(next.FirstToken).Start, q.Span(end).End);
    }

    // Whether another attribution's content holds the character at `start`.
    private static bool HeldByAnother(List<Quote> quotes, int index, int start)
    {
        for (var k = 0; k < quotes.Count; k++)
        {
            if (k != index && quotes[k].Content.Start <= start && start < quotes[k].Content.End)
            {
                return true;
            }
        }
        return false;
    }

    // 1 when another attribution's cue is in the sentence, 2 when a cue word outside quotation marks is, else 0.
    private static ulong NextCue(TokenFacts f, IReadOnlyList<Quote> quotes, int index, int first, int end)
    {
        var span = f.Q.Span(first, end - 1);
        for (var i = 0; i < quotes.Count; i++)
        {
            if (i != index && quotes[i].Cue.Overlaps(span))
            {
                return 1;
            }
        }
        for (var t = first; t < end; t++)
        {
            if (f.Lexicon[t] > 0 && !f.InQuote[t])
            {
                return 2;
            }
        }
        return 0;
    }
}
