namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Given a cue, tags the tokens of its sentence and the sentences either side as source (B-S, I-S), content
/// (B-C, I-C) or neither, decoded by Viterbi, with features relative to the cue.
/// </summary>
internal static class RoleTagger
{
    public const int Labels = 5;
    public const int MaxFeatures = 36;
    public const int SourceBegin = 1, SourceInside = 2, ContentBegin = 3, ContentInside = 4;
    private const ulong None = 0x5EED;

    /// <summary>The tokens the tagger looks at for a cue: its sentence (quotes over several sentences are the rules' job).</summary>
    public static (int First, int End) Window(TokenFacts f, int cueFirst, int cueEnd)
    {
        var q = f.Q;
        return (q.Sentences[f.Sentence[cueFirst]].FirstToken, QuoteText.End(q.Sentences[f.Sentence[cueEnd - 1]]));
    }

    /// <summary>A label for every token of the window; cue tokens get O. <paramref name="exact"/>: every previous
    /// label followed, as the model was trained (<see cref="AttributionModel.ExactRoles"/>).</summary>
    public static int[] Tag(TokenFacts f, LinearWeights weights, int cueFirst, int cueEnd, bool exact = false) => Viterbi(f, weights.Score, cueFirst, cueEnd, exact);

    /// <summary>Scores a token's features for every label.</summary>
    public delegate void Scorer(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>
    /// The best-scoring label sequence (first order, beam of two, or every previous label when
    /// <paramref name="exact"/>); <paramref name="score"/> may fill one label more (training's sink). Greedy decoding
    /// let one early mistake, say content begun a token late, steer the rest.
    /// </summary>
    public static int[] Viterbi(TokenFacts f, Scorer score, int cueFirst, int cueEnd, bool exact = false)
    {
        var (first, end) = Window(f, cueFirst, cueEnd);
        var cue = new CueContext(f, cueFirst, cueEnd, first, end);
        var length = end - first;
        var back = new byte[length * Labels];
        Span<float> delta = stackalloc float[Labels];
        Span<float> next = stackalloc float[Labels];
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Labels + 1];
        Span<float> fixedScores = stackalloc float[Labels + 1];
        delta.Fill(float.NegativeInfinity);
        delta[0] = 0;
        for (var t = first; t < end; t++)
        {
            var k = t - first;
            next.Fill(float.NegativeInfinity);
            if (t >= cueFirst && t < cueEnd)
            {
                // A cue token is O and restarts the labels after it.
                var best = ArgMax(delta);
                next[0] = delta[best];
                back[(k * Labels) + 0] = (byte)best;
                next.CopyTo(delta);
                continue;
            }
            var n = Static(f, cue, t, features);
            score(features[..n], fixedScores);
            // Only the two best previous labels are followed (a beam): the others seldom win, and each costs a
            // scoring; with it the stage is as fast as greedy decoding was. A model trained exact follows them all:
            // trained and decoded so, it scored higher on the held-out train articles (mean 62.97 against 62.83).
            var (top, second) = TopTwo(delta);
            for (var p = 0; p < Labels; p++)
            {
                if ((!exact && p != top && p != second) || float.IsNegativeInfinity(delta[p]))
                {
                    continue;
                }
                var m = Previous(f, cue, t, p, features);
                score(features[..m], scores);
                for (var l = 0; l < Labels; l++)
                {
                    var total = delta[p] + fixedScores[l] + scores[l];
                    if (Allowed(l, p) && total > next[l])
                    {
                        next[l] = total;
                        back[(k * Labels) + l] = (byte)p;
                    }
                }
            }
            next.CopyTo(delta);
        }
        var labels = new int[length];
        var label = ArgMax(delta);
        for (var k = length - 1; k >= 0; k--)
        {
            labels[k] = label;
            label = back[(k * Labels) + label];
        }
        return labels;
    }

    private static (int Top, int Second) TopTwo(ReadOnlySpan<float> values)
    {
        var top = ArgMax(values);
        var second = top == 0 ? 1 : 0;
        for (var l = 0; l < values.Length; l++)
        {
            second = l != top && values[l] > values[second] ? l : second;
        }
        return (top, second);
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

    private static bool Allowed(int label, int previous) => label switch
    {
        SourceInside => previous is SourceBegin or SourceInside,
        ContentInside => previous is ContentBegin or ContentInside,
        _ => true,
    };

    /// <summary>All the features of token <paramref name="t"/> after label <paramref name="previous"/>.</summary>
    public static int Features(TokenFacts f, CueContext cue, int t, int previous, Span<ulong> x)
    {
        var n = Static(f, cue, t, x);
        return n + Previous(f, cue, t, previous, x[n..]);
    }

    // The features that do not depend on the previous label: Viterbi scores them once per token, not once per label.
    private static int Static(TokenFacts f, CueContext cue, int t, Span<ulong> x)
    {
        var w = f.Word;
        var p = f.Tag;
        var before = t < cue.First;
        var side = before ? 0UL : 2UL;
        var distance = before ? cue.First - t : t - cue.End + 1;
        var bucket = (ulong)(distance switch { <= 3 => distance, <= 5 => 4, <= 10 => 5, <= 20 => 6, _ => 7 });
        var between = Between(cue, t, before);
        var prevTag = t > 0 ? p[t - 1] : None;
        var nextTag = t + 1 < f.Count ? p[t + 1] : None;
        var quoted = Quoted(f, cue, t);
        var i = 0;
        x[i++] = TokenFacts.Key(101, side);
        x[i++] = TokenFacts.Key(102, side, bucket);
        x[i++] = TokenFacts.Key(103, side, w[t]);
        x[i++] = TokenFacts.Key(104, side, p[t]);
        x[i++] = TokenFacts.Key(105, side, cue.Head);
        x[i++] = TokenFacts.Key(106, side, p[t], cue.Head);
        x[i++] = TokenFacts.Key(107, side, prevTag, p[t]);
        x[i++] = TokenFacts.Key(108, side, p[t], nextTag);
        x[i++] = TokenFacts.Key(109, side, t > 0 ? w[t - 1] : None);
        x[i++] = TokenFacts.Key(110, side, t + 1 < f.Count ? w[t + 1] : None);
        x[i++] = TokenFacts.Key(114, side, f.Entity[t]);
        x[i++] = TokenFacts.Key(115, side, quoted, bucket);
        x[i++] = TokenFacts.Key(116, side, between);
        x[i++] = TokenFacts.Key(118, side, bucket, p[t]);
        x[i++] = TokenFacts.Key(121, side, cue.Last, bucket);
        // Which side and how far the content and source lie depends on the cue (`according to X`, `X told Y that`).
        x[i++] = TokenFacts.Key(123, side, cue.Head, bucket);
        x[i++] = TokenFacts.Key(124, side, cue.Head, between);
        var thats = Thats(cue, t, before);
        x[i++] = TokenFacts.Key(126, side, thats, p[t]);
        // A clause opened by `that` between the cue and the token is what is reported.
        x[i++] = TokenFacts.Key(127, side, thats);
        x[i++] = TokenFacts.Key(128, side, (ulong)Math.Clamp(f.Sentence[t] - f.Sentence[cue.First] + 1, 0, 2));
        x[i++] = TokenFacts.Key(129, side, f.Shape[t]);
        x[i++] = TokenFacts.Key(130, side, quoted);
        // A rare cue verb places its source and content as the frequent ones of its word class do.
        x[i++] = TokenFacts.Key(131, side, cue.HeadClass, bucket);
        x[i++] = TokenFacts.Key(132, side, cue.HeadClass, between);
        x[i++] = TokenFacts.Key(133, side, f.Cluster[t]);
        // A content after its cue that already holds a finite verb seldom goes on over a second one joined by `and` or
        // a comma (`said the talks had failed and left the room`, `..., adding that ...`).
        var verbs = Verbs(cue, t, before);
        x[i++] = TokenFacts.Key(134, side, verbs, p[t]);
        x[i++] = TokenFacts.Key(TokenFacts.Key(135, side), verbs, t > 0 ? w[t - 1] : None, p[t]);
        return i;
    }

    private static int Previous(TokenFacts f, CueContext cue, int t, int previous, Span<ulong> x)
    {
        var before = t < cue.First;
        var side = before ? 0UL : 2UL;
        var prevLabel = (ulong)previous;
        var i = 0;
        x[i++] = TokenFacts.Key(111, prevLabel, side);
        x[i++] = TokenFacts.Key(112, prevLabel, side, f.Tag[t]);
        x[i++] = TokenFacts.Key(113, prevLabel, f.Word[t]);
        x[i++] = TokenFacts.Key(120, prevLabel, side, Between(cue, t, before));
        return i;
    }

    // Commas and quotation marks between the token and the cue.
    private static ulong Between(CueContext cue, int t, bool before)
    {
        var commas = before ? cue.Commas(cue.First) - cue.Commas(t + 1) : cue.Commas(t) - cue.Commas(cue.End);
        var marks = before ? cue.Marks(cue.First) - cue.Marks(t + 1) : cue.Marks(t) - cue.Marks(cue.End);
        return (ulong)(Math.Min(commas, 3) + (4 * Math.Min(marks, 2)));
    }

    private static ulong Quoted(TokenFacts f, CueContext cue, int t) => (f.InQuote[t] ? 1UL : 0UL) | (f.InQuote[cue.First] ? 2UL : 0UL);

    // Finite verbs between the token and the cue (0, 1, 2 or more).
    private static ulong Verbs(CueContext cue, int t, bool before) =>
        (ulong)Math.Min(before ? cue.Verbs(cue.First) - cue.Verbs(t + 1) : cue.Verbs(t) - cue.Verbs(cue.End), 2);

    private static ulong Thats(CueContext cue, int t, bool before) =>
        (ulong)Math.Min(before ? cue.Thats(cue.First) - cue.Thats(t + 1) : cue.Thats(t + 1) - cue.Thats(cue.End), 2);
}
