namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Tags attribution cues token by token, left to right (O, B, I): <c>said</c>, <c>has said</c>,
/// <c>according to</c>, <c>said in a statement</c>, <c>believes</c>, <c>the claim</c>.
/// </summary>
internal static class CueTagger
{
    public const int Labels = 3;
    public const int MaxFeatures = 44;
    private const ulong None = 0x5EED;

    /// <summary>The cues of the document as token ranges [First, End), each with how far its first token's cue score
    /// beat no cue (the margin it passed).</summary>
    /// <param name="f">The document's tokens.</param>
    /// <param name="weights">The cue tagger's weights.</param>
    /// <param name="margin">How much a cue's first token must outscore O: trades recall for precision.</param>
    /// <param name="open">Score every verb, not only those whose word favours a cue.</param>
    /// <param name="nouns">The lemmas of nouns scored besides those whose word favours a cue (<see cref="CueNouns"/>).</param>
    public static List<(int First, int End, float Score)> Find(TokenFacts f, LinearWeights weights, float margin, bool open = false, CueNouns? nouns = null)
    {
        var cues = new List<(int, int, float)>();
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Labels];
        var previous = 0;
        var start = -1;
        var startScore = 0f;
        for (var t = 0; t < f.Count; t++)
        {
            // Only plausible cue heads are scored (and the tokens that continue a cue): scoring every token cost more
            // than the tagger that feeds it and made cues of function words.
            if (previous == 0 && !IsCandidate(f, weights, t, open, nouns))
            {
                if (start >= 0)
                {
                    cues.Add((start, t, startScore));
                    start = -1;
                }
                continue;
            }
            var n = Features(f, t, previous, features);
            weights.Score(features[..n], scores);
            var label = Best(scores, previous);
            if (label == 1 && scores[1] - scores[0] < margin)
            {
                label = previous != 0 && scores[2] > scores[0] ? 2 : 0;
            }
            else if (label == 0 && margin < 0 && scores[1] - scores[0] >= margin)
            {
                // A negative margin finds more: a cue head the tagger nearly chose.
                label = 1;
            }
            if (label != 2 && start >= 0)
            {
                cues.Add((start, t, startScore));
                start = -1;
            }
            if (label == 1)
            {
                start = t;
                startScore = scores[1] - scores[0];
            }
            previous = label;
        }
        if (start >= 0)
        {
            cues.Add((start, f.Count, startScore));
        }
        return cues;
    }

    /// <summary>
    /// True when <paramref name="t"/> may begin a cue: a verb, <c>according</c>, a colon, or a noun whose lemma
    /// began cues in training (<c>claim</c>, <c>statement</c>): its word favours a cue, or <paramref name="nouns"/>
    /// holds it; never a word inside quotation marks.
    /// </summary>
    public static bool IsCandidate(TokenFacts f, LinearWeights? weights, int t, bool open = false, CueNouns? nouns = null)
    {
        if (f.InQuote[t])
        {
            return false;
        }
        return f.Class[t] switch
        {
            TokenFacts.According or TokenFacts.Colon => true,
            TokenFacts.Verb => open || weights is null || weights.Favours(TokenFacts.Key(3, f.Lemma[t]), 1),
            // Nouns are many and seldom cues: scoring them all cost more time than the few cues it found.
            TokenFacts.Noun => weights is null || weights.Favours(TokenFacts.Key(3, f.Lemma[t]), 1) || (nouns is not null && nouns.Contains(f.Lemma[t])),
            _ => false,
        };
    }

    /// <summary>The best label allowed after <paramref name="previous"/> (I only continues a cue).</summary>
    public static int Best(ReadOnlySpan<float> scores, int previous)
    {
        var best = 0;
        for (var l = 1; l < Labels; l++)
        {
            if ((l != 2 || previous != 0) && scores[l] > scores[best])
            {
                best = l;
            }
        }
        return best;
    }

    public static int Features(TokenFacts f, int t, int previous, Span<ulong> x)
    {
        var q = f.Q;
        var w = f.Word;
        var p = f.Tag;
        var prevWord = t > 0 ? w[t - 1] : None;
        var prevTag = t > 0 ? p[t - 1] : None;
        var prev2Tag = t > 1 ? p[t - 2] : None;
        var nextWord = t + 1 < f.Count ? w[t + 1] : None;
        var nextTag = t + 1 < f.Count ? p[t + 1] : None;
        var next2Word = t + 2 < f.Count ? w[t + 2] : None;
        var first = q.SentenceOf(t).FirstToken;
        var position = (ulong)Math.Min(t - first, 4);
        var lex = (ulong)f.Lexicon[t];
        var prevLabel = (ulong)previous;
        var i = 0;
        x[i++] = TokenFacts.Key(1, 1);
        x[i++] = TokenFacts.Key(2, w[t]);
        x[i++] = TokenFacts.Key(3, f.Lemma[t]);
        x[i++] = TokenFacts.Key(4, p[t]);
        x[i++] = TokenFacts.Key(5, prevWord);
        x[i++] = TokenFacts.Key(6, nextWord);
        x[i++] = TokenFacts.Key(7, prevTag, p[t]);
        x[i++] = TokenFacts.Key(8, p[t], nextTag);
        x[i++] = TokenFacts.Key(9, prevWord, w[t]);
        x[i++] = TokenFacts.Key(10, w[t], nextWord);
        x[i++] = TokenFacts.Key(11, prev2Tag, prevTag, p[t]);
        x[i++] = TokenFacts.Key(12, next2Word);
        x[i++] = TokenFacts.Key(13, f.InQuote[t] ? 1UL : 0UL, p[t]);
        x[i++] = TokenFacts.Key(14, lex, p[t]);
        x[i++] = TokenFacts.Key(15, prevLabel);
        x[i++] = TokenFacts.Key(16, prevLabel, w[t]);
        x[i++] = TokenFacts.Key(17, prevLabel, p[t]);
        x[i++] = TokenFacts.Key(18, t > 0 ? f.Entity[t - 1] : 0UL, p[t]);
        x[i++] = TokenFacts.Key(19, f.Shape[t], position);
        x[i++] = TokenFacts.Key(20, f.Lemma[t], prevTag);
        x[i++] = TokenFacts.Key(21, f.Lemma[t], nextTag);
        x[i++] = TokenFacts.Key(22, prevLabel, f.Lemma[t], nextWord);
        // Continuing a cue (`has hailed`, `called for`) depends on the pair, not on either word alone.
        x[i++] = TokenFacts.Key(23, prevLabel, prevTag, p[t]);
        x[i++] = TokenFacts.Key(24, prevLabel, t > 0 ? f.Lemma[t - 1] : None, f.Lemma[t]);
        // A reporting verb is followed by what is reported: `that`, a quotation mark, a colon or a comma.
        var follows = Follows(f, t);
        x[i++] = TokenFacts.Key(25, f.Lemma[t], follows);
        x[i++] = TokenFacts.Key(26, p[t], follows, lex);
        // ... and preceded by who reports it: a name, a pronoun or a noun.
        var subject = Subject(f, t);
        x[i++] = TokenFacts.Key(27, f.Lemma[t], subject);
        // Word classes from unlabelled news: a rare reporting verb (`contended`) shares weight with frequent ones of
        // its class (`argued`, `insisted`), in the same contexts as the word features above.
        // Class 0, a word the clusters never saw, is a class too: rare words share it. (Leaving these out for class 0
        // scored lower on the held-out train articles: mean 61.95 against 62.18.)
        var cluster = (ulong)f.Cluster[t];
        x[i++] = TokenFacts.Key(28, cluster);
        x[i++] = TokenFacts.Key(29, f.Coarse[t], p[t]);
        x[i++] = TokenFacts.Key(30, cluster, follows);
        x[i++] = TokenFacts.Key(31, cluster, subject);
        x[i++] = TokenFacts.Key(32, prevLabel, t > 0 ? f.Cluster[t - 1] : None, cluster);
        x[i++] = TokenFacts.Key(33, cluster, t + 1 < f.Count ? f.Cluster[t + 1] : None);
        // How often the lemma, and its class, head cues on train (cross-fitted): a rare cue verb shares the weight of
        // every verb with its rate, whatever the word.
        x[i++] = TokenFacts.Key(34, f.Rate[t], p[t]);
        x[i++] = TokenFacts.Key(35, f.Rate[t], follows);
        x[i++] = TokenFacts.Key(36, f.ClassRate[t], p[t]);
        x[i++] = TokenFacts.Key(37, f.Rate[t], subject, prevLabel);
        // The word's class in the reporting words (speech, assertion, cognition, evidential, stance, directive): a cue
        // word train saw a few times (`insisted`, `took issue`) shares the weight of the frequent ones of its class.
        if (f.Reporting[t] is not 0 and var reporting)
        {
            x[i++] = TokenFacts.Key(38, reporting, p[t]);
            x[i++] = TokenFacts.Key(39, reporting, follows);
            x[i++] = TokenFacts.Key(40, reporting, subject, prevLabel);
            x[i++] = TokenFacts.Key(41, reporting, (ulong)(f.Rate[t] & 7));
        }
        return i;
    }

    // What comes within three tokens after t: 1 `that`, 2 a quotation mark, 3 a colon, 4 a comma, else 0.
    private static ulong Follows(TokenFacts f, int t)
    {
        var q = f.Q;
        var end = Math.Min(f.Count, t + 4);
        for (var k = t + 1; k < end; k++)
        {
            if (q.IsQuoteMark(k))
            {
                return 2;
            }
            switch (q.Word(k))
            {
                case "that": return 1;
                case ":": return 3;
                case ",": return 4;
                case ".": return 0;
                default: break;
            }
        }
        return 0;
    }

    // The kind of word just before t, skipping one adverb or auxiliary: 1 entity, 2 pronoun, 3 noun, 4 other.
    private static ulong Subject(TokenFacts f, int t)
    {
        var k = t - 1;
        if (k > 0 && (f.Q.Tag(k).StartsWith("RB", StringComparison.Ordinal) || f.Q.Tag(k).StartsWith("MD", StringComparison.Ordinal)))
        {
            k--;
        }
        if (k < 0)
        {
            return 0;
        }
        if (f.Entity[k] != 0)
        {
            return 1;
        }
        var tag = f.Q.Tag(k);
        return tag.StartsWith("PRP", StringComparison.Ordinal) ? 2UL : tag.StartsWith("NN", StringComparison.Ordinal) ? 3UL : 4UL;
    }
}
