namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// A cue model of its own for nouns (<c>criticism of</c>, <c>the decision to</c>, <c>claims that</c>, <c>a
/// statement</c>): every noun whose lemma heads cues on train (<see cref="CueNouns"/>) outside quotation marks, alone
/// or with the preposition or <c>to</c> after it, and with or without its determiner or possessor before it, scored by
/// an averaged perceptron over the lemma, the determiner's kind, what follows, whether a source-like phrase is at hand
/// (a possessor, <c>by</c> after, a subject of a verb such as <c>issued</c> before) and how often the lemma heads a
/// cue. The cue tagger leaves most nouns below its margin; these are added after the filter, as the verb groups are.
/// </summary>
internal static class NounCueScorer
{
    public const int Labels = 2;
    public const int MaxFeatures = 24;

    /// <summary>The noun spans [First, End) with their head noun.</summary>
    public static IEnumerable<(int First, int Head, int End)> Spans(TokenFacts f, CueNouns nouns)
    {
        var q = f.Q;
        for (var head = 0; head < f.Count; head++)
        {
            if (f.InQuote[head] || !q.Tag(head).StartsWith("NN", StringComparison.Ordinal) || q.Tag(head).StartsWith("NNP", StringComparison.Ordinal)
                || !nouns.Contains(f.Lemma[head]))
            {
                continue;
            }
            var sentence = q.SentenceOf(head);
            var end = QuoteText.End(sentence);
            // The head of its phrase: `the criticism report` is headed by `report`.
            if (head + 1 < end && q.Tag(head + 1).StartsWith("NN", StringComparison.Ordinal))
            {
                continue;
            }
            var determined = head - 1 >= sentence.FirstToken && Determiner(q, head - 1) != 0 ? head - 1 : -1;
            var linked = head + 1 < end && (q.Tag(head + 1) is "IN" or "TO") && q.Word(head + 1) != "that";
            yield return (head, head, head + 1);
            if (linked)
            {
                yield return (head, head, head + 2);
            }
            if (determined >= 0)
            {
                yield return (determined, head, head + 1);
                if (linked)
                {
                    yield return (determined, head, head + 2);
                }
            }
        }
    }

    /// <summary>Fills <paramref name="x"/> with the features of the span [<paramref name="first"/>, <paramref name="end"/>) headed at <paramref name="head"/>; returns how many.</summary>
    public static int Features(TokenFacts f, int first, int head, int end, Span<ulong> x)
    {
        var q = f.Q;
        var sentence = q.SentenceOf(head);
        var sentenceEnd = QuoteText.End(sentence);
        var lemma = f.Lemma[head];
        var determiner = head - 1 >= sentence.FirstToken ? Determiner(q, head - 1) : 0UL;
        var withDeterminer = first < head ? 1UL : 0UL;
        var linked = end > head + 1 ? f.Word[head + 1] : 0UL;
        var after = After(q, end, sentenceEnd);
        var next = head + 1 < sentenceEnd ? f.Word[head + 1] : 0UL;
        var source = Source(f, head, sentence.FirstToken, sentenceEnd);
        var verbBefore = VerbBefore(f, head, sentence.FirstToken);
        var plural = q.Tag(head) == "NNS" ? 1UL : 0UL;
        var position = (ulong)Math.Min(head - sentence.FirstToken, 6);
        var verbRate = 0UL;
        for (var t = sentence.FirstToken; t < sentenceEnd; t++)
        {
            if (t != head && !f.InQuote[t] && q.Tag(t).StartsWith("VB", StringComparison.Ordinal))
            {
                verbRate = Math.Max(verbRate, f.Rate[t]);
            }
        }
        var k = 0;
        x[k++] = TokenFacts.Key(501, 1);
        x[k++] = TokenFacts.Key(521, verbRate, after);
        x[k++] = TokenFacts.Key(522, verbRate, source);
        x[k++] = TokenFacts.Key(502, lemma);
        x[k++] = TokenFacts.Key(503, lemma, next);
        x[k++] = TokenFacts.Key(504, lemma, linked, withDeterminer);
        x[k++] = TokenFacts.Key(505, determiner, withDeterminer);
        x[k++] = TokenFacts.Key(506, determiner, after);
        x[k++] = TokenFacts.Key(507, after, linked);
        x[k++] = TokenFacts.Key(508, after, lemma);
        x[k++] = TokenFacts.Key(509, source);
        x[k++] = TokenFacts.Key(510, source, after);
        x[k++] = TokenFacts.Key(511, source, lemma);
        x[k++] = TokenFacts.Key(512, verbBefore);
        x[k++] = TokenFacts.Key(513, verbBefore, lemma);
        x[k++] = TokenFacts.Key(514, f.Rate[head], after);
        x[k++] = TokenFacts.Key(515, f.Rate[head], linked == 0 ? 0UL : 1UL, withDeterminer);
        x[k++] = TokenFacts.Key(516, f.Cluster[head], after);
        x[k++] = TokenFacts.Key(517, f.ClassRate[head], f.Rate[head]);
        x[k++] = TokenFacts.Key(518, plural, determiner);
        x[k++] = TokenFacts.Key(519, position, source);
        x[k++] = TokenFacts.Key(520, head - 1 >= sentence.FirstToken ? f.Word[head - 1] : 0UL, withDeterminer);
        return k;
    }

    /// <summary>The best-scoring span reaching <paramref name="threshold"/> (keep score minus drop score) for each head.</summary>
    public static List<(int First, int End, float Score)> Cues(TokenFacts f, CueNouns nouns, LinearWeights weights, float threshold)
    {
        Span<ulong> x = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Labels];
        var cues = new List<(int First, int End, float Score)>();
        var lastHead = -1;
        var lastScore = float.NegativeInfinity;
        foreach (var (first, head, end) in Spans(f, nouns))
        {
            weights.Score(x[..Features(f, first, head, end, x)], scores);
            var score = scores[1] - scores[0];
            if (head != lastHead)
            {
                lastHead = head;
                lastScore = float.NegativeInfinity;
            }
            if (score < threshold || score <= lastScore)
            {
                continue;
            }
            if (lastScore > float.NegativeInfinity && cues.Count > 0)
            {
                cues[^1] = (first, end, score);
            }
            else
            {
                cues.Add((first, end, score));
            }
            lastScore = score;
        }
        return cues;
    }

    // 1 an article, 2 a possessive pronoun, 3 a demonstrative or quantifier, 0 none.
    private static ulong Determiner(QuoteText q, int t) => q.Word(t) switch
    {
        "a" or "an" or "the" => 1,
        _ when q.Tag(t) == "PRP$" => 2,
        _ when q.Tag(t) == "POS" => 2,
        _ when q.Tag(t) is "DT" or "PDT" => 3,
        _ => 0,
    };

    // What follows the span: 1 `that`, 2 `to` and a verb, 3 a quotation mark, 4 a colon, 5 `of`, 6 a comma, 7 `by`,
    // 8 another preposition, 9 the sentence's end, 10 a verb, 11 a noun phrase, 12 anything else.
    private static ulong After(QuoteText q, int end, int sentenceEnd)
    {
        if (end >= sentenceEnd)
        {
            return 9;
        }
        var word = q.Word(end);
        var tag = q.Tag(end);
        return word switch
        {
            "that" => 1,
            "to" when end + 1 < sentenceEnd && q.Tag(end + 1) == "VB" => 2,
            _ when q.IsQuoteMark(end) => 3,
            ":" => 4,
            "of" => 5,
            "," => 6,
            "by" => 7,
            _ when tag is "IN" or "TO" => 8,
            "." or "!" or "?" => 9,
            _ when tag.StartsWith("VB", StringComparison.Ordinal) || tag == "MD" => 10,
            _ when tag is "DT" or "PRP" or "PRP$" or "CD" || tag.StartsWith("NN", StringComparison.Ordinal) || tag.StartsWith("JJ", StringComparison.Ordinal) => 11,
            _ => 12,
        };
    }

    // A source-like phrase: 1 a possessor (`his`, `Smith's`), 2 a name just before (`the Smith claim`), 3 `by` within
    // four words after, 4 `from` within four words after, 0 none.
    private static ulong Source(TokenFacts f, int head, int sentenceFirst, int sentenceEnd)
    {
        var q = f.Q;
        for (var t = head - 1; t >= Math.Max(sentenceFirst, head - 3); t--)
        {
            if (q.Tag(t) is "PRP$" or "POS")
            {
                return 1;
            }
            if (f.Entity[t] != 0)
            {
                return 2;
            }
            if (!(q.Tag(t).StartsWith("JJ", StringComparison.Ordinal) || q.Tag(t) is "DT" or "RB"))
            {
                break;
            }
        }
        for (var t = head + 1; t < Math.Min(sentenceEnd, head + 5); t++)
        {
            if (q.Word(t) == "by")
            {
                return 3;
            }
            if (q.Word(t) == "from")
            {
                return 4;
            }
        }
        return 0;
    }

    // The verb that takes the noun as its object or subject nearby: its lemma and whether it has a subject before it
    // (a name or pronoun), within five words before the noun.
    private static ulong VerbBefore(TokenFacts f, int head, int sentenceFirst)
    {
        var q = f.Q;
        for (var t = head - 1; t >= Math.Max(sentenceFirst, head - 5); t--)
        {
            if (q.Tag(t).StartsWith("VB", StringComparison.Ordinal))
            {
                var subject = t - 1 >= sentenceFirst && (q.Tag(t - 1) == "PRP" || f.Entity[t - 1] != 0) ? 1UL : 0UL;
                return TokenFacts.Key(f.Lemma[t], subject);
            }
            if (q.Tag(t) is "IN" && q.Word(t) is "in" or "with")
            {
                return TokenFacts.Key(f.Word[t], 7);
            }
        }
        return 0;
    }
}
