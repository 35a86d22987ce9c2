namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// A second cue model that scores whole verb groups as units: the head verb with the auxiliaries, modals, adverbs and
/// negation before it (<c>has angered</c>, <c>would not identify</c>), with or without the particle or preposition
/// after it (<c>pounced on</c>). The cue tagger scores token by token and leaves most cues of rare verbs far below its
/// margin; a group's shape (tense and voice, what follows it: a <c>that</c> or <c>to</c> clause, a quotation, a colon,
/// a wh-word; who precedes it: a name, a pronoun) tells a report from an act whatever the verb.
/// </summary>
internal static class VerbGroupCues
{
    public const int Labels = 2;
    public const int MaxFeatures = 24;

    /// <summary>
    /// The verb groups outside quotation marks as cue spans [First, End) with their head verb: each group once
    /// without what follows its head, and once more with a particle or preposition after the head.
    /// </summary>
    public static IEnumerable<(int First, int Head, int End)> Spans(TokenFacts f)
    {
        var q = f.Q;
        for (var head = 0; head < f.Count; head++)
        {
            if (f.InQuote[head] || !q.Tag(head).StartsWith("VB", StringComparison.Ordinal) || LeadsAnotherVerb(q, head))
            {
                continue;
            }
            var sentenceFirst = q.SentenceOf(head).FirstToken;
            var first = head;
            while (first > sentenceFirst && InGroup(q, first - 1))
            {
                first--;
            }
            yield return (first, head, head + 1);
            if (head + 1 < QuoteText.End(q.SentenceOf(head)) && q.Tag(head + 1) is "RP" or "IN" && q.Word(head + 1) != "that")
            {
                yield return (first, head, head + 2);
            }
        }
    }

    /// <summary>Fills <paramref name="x"/> with the features of the group [<paramref name="first"/>, <paramref name="end"/>) headed at <paramref name="head"/>; returns how many.</summary>
    public static int Features(TokenFacts f, int first, int head, int end, Span<ulong> x)
    {
        var q = f.Q;
        var lemma = f.Lemma[head];
        var shape = Shape(q, first, head);
        var particle = end > head + 1 ? f.Word[head + 1] : 0UL;
        var after = After(q, end);
        var subject = Subject(f, first);
        var sentence = q.SentenceOf(head);
        var quoted = 0UL;
        for (var t = sentence.FirstToken; t < QuoteText.End(sentence); t++)
        {
            quoted |= q.IsQuoteMark(t) ? 1UL : 0UL;
        }
        var k = 0;
        x[k++] = TokenFacts.Key(401, 1);
        x[k++] = TokenFacts.Key(402, lemma);
        x[k++] = TokenFacts.Key(403, lemma, particle);
        x[k++] = TokenFacts.Key(404, f.Tag[head], shape);
        x[k++] = TokenFacts.Key(405, f.Cluster[head]);
        x[k++] = TokenFacts.Key(406, f.Coarse[head], after);
        x[k++] = TokenFacts.Key(407, f.Lexicon[head], after);
        x[k++] = TokenFacts.Key(408, after);
        x[k++] = TokenFacts.Key(409, after, lemma);
        x[k++] = TokenFacts.Key(410, after, f.Cluster[head]);
        x[k++] = TokenFacts.Key(411, after, shape);
        x[k++] = TokenFacts.Key(412, subject);
        x[k++] = TokenFacts.Key(413, subject, after);
        x[k++] = TokenFacts.Key(414, subject, f.Cluster[head]);
        x[k++] = TokenFacts.Key(415, particle, after);
        x[k++] = TokenFacts.Key(416, f.Rate[head], after);
        x[k++] = TokenFacts.Key(417, f.Rate[head], subject);
        x[k++] = TokenFacts.Key(418, f.ClassRate[head], f.Rate[head]);
        x[k++] = TokenFacts.Key(419, quoted, after, subject);
        x[k++] = TokenFacts.Key(420, (ulong)Math.Min(first - sentence.FirstToken, 6), subject);
        x[k++] = TokenFacts.Key(421, f.Rate[head], particle == 0 ? 0UL : 1UL);
        return k;
    }

    /// <summary>
    /// The best-scoring group span reaching <paramref name="threshold"/> (keep score minus drop score) for each head,
    /// with its score.
    /// </summary>
    public static List<(int First, int End, float Score)> Cues(TokenFacts f, LinearWeights weights, float threshold)
    {
        Span<ulong> x = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Labels];
        var cues = new List<(int First, int End, float Score)>();
        var lastHead = -1;
        foreach (var (first, head, end) in Spans(f))
        {
            weights.Score(x[..Features(f, first, head, end, x)], scores);
            var score = scores[1] - scores[0];
            if (score < threshold)
            {
                continue;
            }
            if (head == lastHead && cues[^1].Score < score)
            {
                cues[^1] = (first, end, score);
            }
            else if (head != lastHead)
            {
                cues.Add((first, end, score));
                lastHead = head;
            }
        }
        return cues;
    }

    // `has` in `has angered`, `is` in `is not expected`: an auxiliary before a verb, which heads the group.
    private static bool LeadsAnotherVerb(QuoteText q, int t)
    {
        var end = QuoteText.End(q.SentenceOf(t));
        var next = t + 1;
        while (next < end && q.Tag(next) is "RB" or "RBR")
        {
            next++;
        }
        return next < end && IsAuxiliaryVerb(q, t) && q.Tag(next).StartsWith("VB", StringComparison.Ordinal);
    }

    private static bool InGroup(QuoteText q, int t) =>
        q.IsAuxiliary(t) || IsAuxiliaryVerb(q, t) || q.Tag(t) is "RB" or "MD" or "TO" || q.Word(t) is "not" or "n't" or "n’t";

    private static bool IsAuxiliaryVerb(QuoteText q, int t) =>
        q.Tag(t).StartsWith("VB", StringComparison.Ordinal) && q.Word(t) is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "am"
            or "has" or "have" or "had" or "having" or "do" or "does" or "did" or "'s" or "’s" or "'re" or "’re" or "'ve" or "’ve" or "'m" or "’m";

    // Tense, voice and mood as bits: a modal, a form of `have` (perfect), of `be` (passive or progressive), a
    // negation, an adverb, `to`.
    private static ulong Shape(QuoteText q, int first, int head)
    {
        var bits = 0UL;
        for (var t = first; t < head; t++)
        {
            var w = q.Word(t);
            bits |= q.Tag(t) == "MD" ? 1UL
                : w is "has" or "have" or "had" or "having" or "'ve" or "’ve" ? 2UL
                : IsAuxiliaryVerb(q, t) && w is not ("do" or "does" or "did") ? 4UL
                : w is "not" or "n't" or "n’t" or "never" ? 8UL
                : q.Tag(t) == "TO" ? 32UL
                : q.Tag(t).StartsWith("RB", StringComparison.Ordinal) ? 16UL : 0UL;
        }
        return bits;
    }

    // What follows the group: 1 the complementiser `that`, 2 `to` and a verb, 3 a quotation mark, 4 a colon, 5 a
    // wh-word, `if` or `whether`, 6 a comma, 7 a noun phrase, 8 a preposition, 9 the sentence's end, 10 another verb,
    // 11 an adjective, 12 anything else.
    private static ulong After(QuoteText q, int end)
    {
        var sentenceEnd = QuoteText.End(q.SentenceOf(end - 1));
        if (end >= sentenceEnd)
        {
            return 9;
        }
        var word = q.Word(end);
        var tag = q.Tag(end);
        return word switch
        {
            "that" when tag == "IN" => 1,
            "to" when end + 1 < sentenceEnd && q.Tag(end + 1) == "VB" => 2,
            _ when q.IsQuoteMark(end) => 3,
            ":" => 4,
            "if" or "whether" => 5,
            _ when tag is "WDT" or "WP" or "WRB" => 5,
            "," => 6,
            _ when tag is "DT" or "PRP" or "PRP$" or "CD" || tag.StartsWith("NN", StringComparison.Ordinal) => 7,
            _ when tag is "IN" or "TO" => 8,
            "." or "!" or "?" => 9,
            _ when tag.StartsWith("VB", StringComparison.Ordinal) => 10,
            _ when tag.StartsWith("JJ", StringComparison.Ordinal) => 11,
            _ => 12,
        };
    }

    // Who stands before the group: 1 a pronoun, 2 a name, 3 a noun, 4 a relative pronoun, 5 a comma, 6 nothing (the
    // sentence's start), 7 a quotation mark, 8 anything else.
    private static ulong Subject(TokenFacts f, int first)
    {
        var q = f.Q;
        if (first == q.SentenceOf(first).FirstToken)
        {
            return 6;
        }
        var t = first - 1;
        var tag = q.Tag(t);
        return tag switch
        {
            "PRP" => 1,
            _ when f.Entity[t] != 0 => 2,
            _ when tag.StartsWith("NN", StringComparison.Ordinal) => 3,
            "WP" or "WDT" => 4,
            _ when q.Word(t) == "," => 5,
            _ when q.IsQuoteMark(t) => 7,
            _ => 8,
        };
    }
}
