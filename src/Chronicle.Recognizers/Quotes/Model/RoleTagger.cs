namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Given a cue, tags the tokens of its sentence and the sentences either side as source (B-S, I-S), content
/// (B-C, I-C) or neither, left to right, with features relative to the cue.
/// </summary>
internal static class RoleTagger
{
    public const int Labels = 5;
    public const int MaxFeatures = 28;
    public const int SourceBegin = 1, SourceInside = 2, ContentBegin = 3, ContentInside = 4;
    private const ulong None = 0x5EED;

    /// <summary>The tokens the tagger looks at for a cue: its sentence (quotes over several sentences are the rules' job).</summary>
    public static (int First, int End) Window(TokenFacts f, int cueFirst, int cueEnd)
    {
        var q = f.Q;
        return (q.Sentences[f.Sentence[cueFirst]].FirstToken, QuoteText.End(q.Sentences[f.Sentence[cueEnd - 1]]));
    }

    /// <summary>A label for every token of the window; cue tokens get O.</summary>
    public static int[] Tag(TokenFacts f, LinearWeights weights, int cueFirst, int cueEnd)
    {
        var (first, end) = Window(f, cueFirst, cueEnd);
        var cue = new CueContext(f, cueFirst, cueEnd, first, end);
        var labels = new int[end - first];
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Labels];
        var previous = 0;
        for (var t = first; t < end; t++)
        {
            if (t >= cueFirst && t < cueEnd)
            {
                previous = 0;
                continue;
            }
            var n = Features(f, cue, t, previous, features);
            weights.Score(features[..n], scores);
            previous = labels[t - first] = Best(scores, previous);
        }
        return labels;
    }

    public static int Best(ReadOnlySpan<float> scores, int previous)
    {
        var best = 0;
        for (var l = 1; l < Labels; l++)
        {
            if (Allowed(l, previous) && scores[l] > scores[best])
            {
                best = l;
            }
        }
        return best;
    }

    private static bool Allowed(int label, int previous) => label switch
    {
        SourceInside => previous is SourceBegin or SourceInside,
        ContentInside => previous is ContentBegin or ContentInside,
        _ => true,
    };

    public static int Features(TokenFacts f, CueContext cue, int t, int previous, Span<ulong> x)
    {
        var w = f.Word;
        var p = f.Tag;
        var before = t < cue.First;
        var side = before ? 0UL : 2UL;
        var distance = before ? cue.First - t : t - cue.End + 1;
        var bucket = (ulong)(distance switch { <= 3 => distance, <= 5 => 4, <= 10 => 5, <= 20 => 6, _ => 7 });
        var sentence = (ulong)Math.Clamp(f.Sentence[t] - f.Sentence[cue.First] + 1, 0, 2);
        var commas = before ? cue.Commas(cue.First) - cue.Commas(t + 1) : cue.Commas(t) - cue.Commas(cue.End);
        var marks = before ? cue.Marks(cue.First) - cue.Marks(t + 1) : cue.Marks(t) - cue.Marks(cue.End);
        var between = (ulong)(Math.Min(commas, 3) + (4 * Math.Min(marks, 2)));
        var prevLabel = (ulong)previous;
        var prevTag = t > 0 ? p[t - 1] : None;
        var nextTag = t + 1 < f.Count ? p[t + 1] : None;
        var quoted = (f.InQuote[t] ? 1UL : 0UL) | (f.InQuote[cue.First] ? 2UL : 0UL);
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
        x[i++] = TokenFacts.Key(111, prevLabel, side);
        x[i++] = TokenFacts.Key(112, prevLabel, side, p[t]);
        x[i++] = TokenFacts.Key(113, prevLabel, w[t]);
        x[i++] = TokenFacts.Key(114, side, f.Entity[t]);
        x[i++] = TokenFacts.Key(115, side, quoted, bucket);
        x[i++] = TokenFacts.Key(116, side, between);
        x[i++] = TokenFacts.Key(117, sentence, side, prevLabel);
        x[i++] = TokenFacts.Key(118, side, bucket, p[t]);
        x[i++] = TokenFacts.Key(119, side, f.Shape[t], prevLabel);
        x[i++] = TokenFacts.Key(120, prevLabel, side, between);
        x[i++] = TokenFacts.Key(121, side, cue.Last, bucket);
        x[i++] = TokenFacts.Key(122, side, quoted, prevLabel);
        // Which side and how far the content and source lie depends on the cue (`according to X`, `X told Y that`).
        x[i++] = TokenFacts.Key(123, side, cue.Head, bucket);
        x[i++] = TokenFacts.Key(124, side, cue.Head, between);
        // A clause opened by `that` between the cue and the token is what is reported.
        var thats = (ulong)Math.Min(before ? cue.Thats(cue.First) - cue.Thats(t + 1) : cue.Thats(t + 1) - cue.Thats(cue.End), 2);
        x[i++] = TokenFacts.Key(125, side, thats, prevLabel);
        x[i++] = TokenFacts.Key(126, side, thats, p[t]);
        return i;
    }
}
