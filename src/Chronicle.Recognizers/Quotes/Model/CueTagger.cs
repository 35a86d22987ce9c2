namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Tags attribution cues (O, B, I): <c>said</c>, <c>has said</c>, <c>according to</c>, <c>said in a statement</c>,
/// <c>believes</c>, <c>the claim</c>; token by token, left to right on its own previous labels, or, for a model trained
/// so (<see cref="AttributionModel.ExactCues"/>), by exact first-order Viterbi over each sentence.
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
    /// <param name="exact">Decode by exact Viterbi over each sentence (a model trained so), not greedily.</param>
    public static List<(int First, int End, float Score)> Find(TokenFacts f, LinearWeights weights, float margin, bool open = false, CueNouns? nouns = null, bool exact = false)
    {
        if (exact)
        {
            var candidates = new bool[f.Count];
            for (var t = 0; t < f.Count; t++)
            {
                candidates[t] = IsCandidate(f, weights, t, open, nouns);
            }
            return FindExact(f, weights.Score, candidates, margin);
        }
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

    /// <summary>Scores a token's features for every label.</summary>
    public delegate void Scorer(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>
    /// The cues of exact decoding: every token whose best path beginning a cue there (its max-marginal, the best
    /// path through B at the token, from the forward and backward Viterbi scores) beats the best path that does not
    /// by at least <paramref name="margin"/>, extended over the I tokens of that best path. At margin 0 these are
    /// the cues of the Viterbi path; below 0, cues the decoder nearly chose; of overlapping ones the higher scoring
    /// is kept. The score of a cue is that difference.
    /// </summary>
    /// <param name="f">The document's tokens.</param>
    /// <param name="score">The scorer (the model's weights, or training's).</param>
    /// <param name="candidates">The tokens that may begin a cue.</param>
    /// <param name="margin">How much the best path through the cue must beat the best path without it.</param>
    public static List<(int First, int End, float Score)> FindExact(TokenFacts f, Scorer score, bool[] candidates, float margin)
    {
        var found = new List<(int First, int End, float Score)>();
        var lattice = new Lattice(f);
        foreach (var sentence in f.Q.Sentences)
        {
            var (first, end) = (sentence.FirstToken, QuoteText.End(sentence));
            if (!lattice.Forward(score, candidates, first, end))
            {
                continue;
            }
            lattice.Backward(first, end);
            var before = found.Count;
            for (var k = 0; k < end - first; k++)
            {
                var m = candidates[first + k] ? lattice.Margin(k) : float.NaN;
                if (float.IsNaN(m) || m < margin)
                {
                    continue;
                }
                found.Add((first + k, first + lattice.CueEnd(k, end - first), m));
            }
            if (found.Count - before > 1)
            {
                Overlaps(found, before);
            }
        }
        return found;
    }

    /// <summary>The labels of the best path over each sentence (training decodes with its current weights).</summary>
    public static int[] Viterbi(TokenFacts f, Scorer score, bool[] candidates)
    {
        var labels = new int[f.Count];
        var lattice = new Lattice(f);
        foreach (var sentence in f.Q.Sentences)
        {
            var (first, end) = (sentence.FirstToken, QuoteText.End(sentence));
            if (lattice.Forward(score, candidates, first, end))
            {
                lattice.Path(labels, first, end);
            }
        }
        return labels;
    }

    // Of overlapping cues found in one sentence (from `found[from]` on), keeps the higher scoring, in text order.
    private static void Overlaps(List<(int First, int End, float Score)> found, int from)
    {
        var sentence = found[from..].OrderByDescending(c => c.Score).ThenBy(c => c.First).ToList();
        var kept = new List<(int First, int End, float Score)>();
        foreach (var c in sentence)
        {
            if (!kept.Exists(k => k.First < c.End && c.First < k.End))
            {
                kept.Add(c);
            }
        }
        found.RemoveRange(from, found.Count - from);
        found.AddRange(kept.OrderBy(c => c.First));
    }

    /// <summary>
    /// The first-order lattice of one sentence at a time: the score of each label after each previous label (O after O
    /// costs nothing at a token that cannot begin a cue, where nothing else may follow O; I only after B or I; B only at
    /// a candidate), the best forward scores with their back pointers, and the best backward scores.
    /// </summary>
    private sealed class Lattice(TokenFacts f)
    {
        private const int Pairs = Labels * Labels;
        private readonly float[] _local = new float[Math.Max(1, f.Count) * Pairs];
        private readonly float[] _alpha = new float[Math.Max(1, f.Count) * Labels];
        private readonly float[] _beta = new float[Math.Max(1, f.Count) * Labels];
        private readonly byte[] _back = new byte[Math.Max(1, f.Count) * Labels];
        private readonly byte[] _next = new byte[Math.Max(1, f.Count) * Labels];

        // False when the sentence holds no candidate: every token O.
        public bool Forward(Scorer score, bool[] candidates, int first, int end)
        {
            var any = false;
            for (var t = first; t < end && !any; t++)
            {
                any = candidates[t];
            }
            if (!any)
            {
                return false;
            }
            Span<ulong> features = stackalloc ulong[MaxFeatures];
            Span<float> fixedScores = stackalloc float[Labels + 1];
            Span<float> scores = stackalloc float[Labels + 1];
            Span<float> previous = [0, float.NegativeInfinity, float.NegativeInfinity];
            for (var t = first; t < end; t++)
            {
                var k = t - first;
                var local = _local.AsSpan(k * Pairs, Pairs);
                local.Fill(float.NegativeInfinity);
                var n = -1;
                for (var p = 0; p < Labels; p++)
                {
                    if (float.IsNegativeInfinity(previous[p]))
                    {
                        continue;
                    }
                    if (p == 0 && !candidates[t])
                    {
                        local[0] = 0;
                        continue;
                    }
                    if (n < 0)
                    {
                        n = Static(f, t, features);
                        score(features[..n], fixedScores);
                    }
                    var m = Previous(f, t, p, features[n..]);
                    score(features[n..(n + m)], scores);
                    local[p * Labels] = fixedScores[0] + scores[0];
                    if (candidates[t])
                    {
                        local[(p * Labels) + 1] = fixedScores[1] + scores[1];
                    }
                    if (p != 0)
                    {
                        local[(p * Labels) + 2] = fixedScores[2] + scores[2];
                    }
                }
                for (var l = 0; l < Labels; l++)
                {
                    var best = float.NegativeInfinity;
                    var from = 0;
                    for (var p = 0; p < Labels; p++)
                    {
                        var total = previous[p] + local[(p * Labels) + l];
                        if (total > best)
                        {
                            best = total;
                            from = p;
                        }
                    }
                    _alpha[(k * Labels) + l] = best;
                    _back[(k * Labels) + l] = (byte)from;
                }
                _alpha.AsSpan(k * Labels, Labels).CopyTo(previous);
            }
            return true;
        }

        public void Backward(int first, int end)
        {
            var length = end - first;
            _beta.AsSpan((length - 1) * Labels, Labels).Clear();
            for (var k = length - 2; k >= 0; k--)
            {
                for (var p = 0; p < Labels; p++)
                {
                    var best = float.NegativeInfinity;
                    var to = 0;
                    for (var l = 0; l < Labels; l++)
                    {
                        var total = _local[((k + 1) * Pairs) + (p * Labels) + l] + _beta[((k + 1) * Labels) + l];
                        if (total > best)
                        {
                            best = total;
                            to = l;
                        }
                    }
                    _beta[(k * Labels) + p] = best;
                    _next[(k * Labels) + p] = (byte)to;
                }
            }
        }

        // How far the best path through B at token k beats the best path with O or I there (NaN when B cannot be).
        public float Margin(int k)
        {
            var b = _alpha[(k * Labels) + 1] + _beta[(k * Labels) + 1];
            var other = Math.Max(_alpha[k * Labels] + _beta[k * Labels], _alpha[(k * Labels) + 2] + _beta[(k * Labels) + 2]);
            return float.IsNegativeInfinity(b) ? float.NaN : b - other;
        }

        // Where the cue begun at token k ends on the best path through B there (a sentence offset).
        public int CueEnd(int k, int length)
        {
            var label = 1;
            while (k + 1 < length && _next[(k * Labels) + label] == 2)
            {
                k++;
                label = 2;
            }
            return k + 1;
        }

        public void Path(int[] labels, int first, int end)
        {
            var k = end - first - 1;
            var label = ArgMax(_alpha.AsSpan(k * Labels, Labels));
            for (; k >= 0; k--)
            {
                labels[first + k] = label;
                label = _back[(k * Labels) + label];
            }
        }

        private static int ArgMax(ReadOnlySpan<float> values)
        {
            var best = 0;
            for (var l = 1; l < values.Length; l++)
            {
                best = values[l] > values[best] ? l : best;
            }
            return best;
        }
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

    /// <summary>All the features of token <paramref name="t"/> after label <paramref name="previous"/>.</summary>
    public static int Features(TokenFacts f, int t, int previous, Span<ulong> x)
    {
        var n = Static(f, t, x);
        return n + Previous(f, t, previous, x[n..]);
    }

    // The features that do not depend on the previous label: exact decoding scores them once per token, not once per
    // previous label.
    private static int Static(TokenFacts f, int t, Span<ulong> x)
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
        x[i++] = TokenFacts.Key(18, t > 0 ? f.Entity[t - 1] : 0UL, p[t]);
        x[i++] = TokenFacts.Key(19, f.Shape[t], position);
        x[i++] = TokenFacts.Key(20, f.Lemma[t], prevTag);
        x[i++] = TokenFacts.Key(21, f.Lemma[t], nextTag);
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
        x[i++] = TokenFacts.Key(33, cluster, t + 1 < f.Count ? f.Cluster[t + 1] : None);
        // How often the lemma, and its class, head cues on train (cross-fitted): a rare cue verb shares the weight of
        // every verb with its rate, whatever the word.
        x[i++] = TokenFacts.Key(34, f.Rate[t], p[t]);
        x[i++] = TokenFacts.Key(35, f.Rate[t], follows);
        x[i++] = TokenFacts.Key(36, f.ClassRate[t], p[t]);
        // The word's class in the reporting words (speech, assertion, cognition, evidential, stance, directive): a cue
        // word train saw a few times (`insisted`, `took issue`) shares the weight of the frequent ones of its class.
        if (f.Reporting[t] is not 0 and var reporting)
        {
            x[i++] = TokenFacts.Key(38, reporting, p[t]);
            x[i++] = TokenFacts.Key(39, reporting, follows);
            x[i++] = TokenFacts.Key(41, reporting, (ulong)(f.Rate[t] & 7));
        }
        return i;
    }

    // The features of token t that pair it with the previous label.
    private static int Previous(TokenFacts f, int t, int previous, Span<ulong> x)
    {
        var w = f.Word;
        var p = f.Tag;
        var prevLabel = (ulong)previous;
        var subject = Subject(f, t);
        var i = 0;
        x[i++] = TokenFacts.Key(15, prevLabel);
        x[i++] = TokenFacts.Key(16, prevLabel, w[t]);
        x[i++] = TokenFacts.Key(17, prevLabel, p[t]);
        x[i++] = TokenFacts.Key(22, prevLabel, f.Lemma[t], t + 1 < f.Count ? w[t + 1] : None);
        // Continuing a cue (`has hailed`, `called for`) depends on the pair, not on either word alone.
        x[i++] = TokenFacts.Key(23, prevLabel, t > 0 ? p[t - 1] : None, p[t]);
        x[i++] = TokenFacts.Key(24, prevLabel, t > 0 ? f.Lemma[t - 1] : None, f.Lemma[t]);
        x[i++] = TokenFacts.Key(32, prevLabel, t > 0 ? f.Cluster[t - 1] : None, f.Cluster[t]);
        x[i++] = TokenFacts.Key(37, f.Rate[t], subject, prevLabel);
        if (f.Reporting[t] is not 0 and var reporting)
        {
            x[i++] = TokenFacts.Key(40, reporting, subject, prevLabel);
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
