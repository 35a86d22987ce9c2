namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Where a reported (not quoted) content after its cue ends, chosen among every end its sentence allows by a ranker:
/// each candidate end is scored by a linear model over the words at the boundary and after it, the verbs the content
/// holds by then, how far the end lies from the role tagger's own end, a cue word later in the sentence and whether
/// the sentence is over. The role tagger labels tokens one by one with local features, so it runs on over a second
/// verb phrase (<c>said the talks had failed and left the room</c>) or an adjunct of the cue
/// (<c>condemned the program in statements because ...</c>), or stops early; the ranker sees the whole span.
/// Trained on the train articles' contents proposed by cross-fitted taggers (<see cref="Features"/>).
/// </summary>
internal sealed class ContentEnds(LinearWeights? weights)
{
    /// <summary>The most features of one candidate end.</summary>
    public const int MaxFeatures = 16;

    /// <summary>The longest content, in tokens, whose ends are ranked.</summary>
    public const int MaxLength = 80;

    /// <summary>No ranker: contents end where the role tagger ends them.</summary>
    public static ContentEnds Empty { get; } = new(null);

    /// <summary>The ranker's weights (one label: the end's score), or null for none.</summary>
    public LinearWeights? Weights => weights;

    /// <summary>Ends every reported content after its cue at its best-scoring candidate end.</summary>
    public void Apply(TokenFacts f, List<Quote> quotes)
    {
        if (weights is null)
        {
            return;
        }
        var q = f.Q;
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[weights.Labels];
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (!QuoteText.ReportedAfterCue(quote))
            {
                continue;
            }
            var (first, end) = ContentCuts.Tokens(q, quote.Content);
            var best = end;
            var bestScore = float.NegativeInfinity;
            foreach (var e in Candidates(f, first, end))
            {
                weights.Score(features[..Features(f, first, end, e, features)], scores);
                if (scores[0] > bestScore)
                {
                    (best, bestScore) = (e, scores[0]);
                }
            }
            if (best != end)
            {
                quotes[i] = quote with { Content = q.Span(first, best - 1) };
            }
        }
    }

    /// <summary>
    /// The ends [first, e) a content beginning at <paramref name="first"/> may take: every token of its sentence after
    /// the first that does not leave it on punctuation (a closing quotation mark may end it), and the role tagger's
    /// own end <paramref name="end"/>.
    /// </summary>
    public static IEnumerable<int> Candidates(TokenFacts f, int first, int end)
    {
        var q = f.Q;
        var last = Math.Min(QuoteText.End(q.SentenceOf(first)), first + MaxLength);
        for (var e = first + 1; e <= last; e++)
        {
            if (e == end || !q.IsPunctuation(e - 1) || q.IsQuoteMark(e - 1))
            {
                yield return e;
            }
        }
        if (end > last)
        {
            yield return end;
        }
    }

    /// <summary>The features of content [<paramref name="first"/>, <paramref name="e"/>) whose tagger's end is
    /// <paramref name="end"/>; returns how many were written to <paramref name="x"/>.</summary>
    public static int Features(TokenFacts f, int first, int end, int e, Span<ulong> x)
    {
        var q = f.Q;
        var sentenceEnd = QuoteText.End(q.SentenceOf(first));
        var verbs = 0UL;
        var verb = 0UL;
        var commas = 0UL;
        var cueInside = 0UL;
        for (var t = first; t < e; t++)
        {
            // Another report inside the content (`..., others say ...`): a cue word outside quotation marks.
            cueInside |= t > first && f.Lexicon[t] > 0 && f.Class[t] == TokenFacts.Verb && !f.InQuote[t] ? 1UL : 0UL;
            verb |= q.Tag(t).StartsWith("VB", StringComparison.Ordinal) ? 1UL : 0UL;
            verbs += q.Tag(t) is "VBD" or "VBZ" or "VBP" or "MD" ? 1UL : 0UL;
            commas += q.Word(t) is "," or ";" or "—" or "-" or "(" ? 1UL : 0UL;
        }
        verbs = Math.Min(verbs, 2);
        commas = Math.Min(commas, 3);
        // The sentence is over: only punctuation is left after the end.
        var over = 1UL;
        var laterCue = 0UL;
        for (var t = e; t < sentenceEnd; t++)
        {
            over = q.IsPunctuation(t) ? over : 0UL;
            laterCue |= f.Lexicon[t] > 0 && f.Class[t] == TokenFacts.Verb && !f.InQuote[t] ? 1UL : 0UL;
        }
        var distance = e - end;
        var relation = (ulong)(distance switch { < -10 => 0, < -5 => 1, < -2 => 2, < 0 => 3, 0 => 4, <= 2 => 5, <= 5 => 6, <= 10 => 7, _ => 8 });
        var length = (ulong)((e - first) switch { <= 2 => 0, <= 5 => 1, <= 10 => 2, <= 20 => 3, <= 40 => 4, _ => 5 });
        var i = 0;
        x[i++] = TokenFacts.Key(501, relation);
        x[i++] = TokenFacts.Key(502, Class(f, e - 1), Class(f, e));
        x[i++] = TokenFacts.Key(TokenFacts.Key(503, Class(f, e), Class(f, e + 1)), Class(f, e + 2), verb);
        x[i++] = TokenFacts.Key(504, Class(f, e), verbs);
        x[i++] = TokenFacts.Key(505, Class(f, e), relation);
        x[i++] = TokenFacts.Key(506, over, relation);
        x[i++] = TokenFacts.Key(507, length, over);
        x[i++] = TokenFacts.Key(508, laterCue, over, verbs);
        x[i++] = TokenFacts.Key(509, Class(f, e), commas);
        x[i++] = TokenFacts.Key(510, f.Tag[e - 1], e < f.Count ? f.Tag[e] : 0);
        x[i++] = TokenFacts.Key(511, (f.InQuote[e - 1] ? 1UL : 0UL) | (e < f.Count && f.InQuote[e] ? 2UL : 0UL), over);
        x[i++] = TokenFacts.Key(512, Class(f, e), laterCue, relation == 4 ? 1UL : 0UL);
        x[i++] = TokenFacts.Key(513, cueInside, relation);
        x[i++] = TokenFacts.Key(514, cueInside, Class(f, e), verbs);
        return i;
    }

    // Punctuation and function words by themselves (`,`, `and`, `but`, `because`), other words by their tag; past the
    // document's end, 0.
    private static ulong Class(TokenFacts f, int t)
    {
        if (t >= f.Count)
        {
            return 0;
        }
        var q = f.Q;
        return q.IsPunctuation(t) || q.Tag(t) is "CC" or "IN" or "TO" or "WDT" or "WP" or "WRB" or "DT" or "MD" ? f.Word[t] : f.Tag[t];
    }
}
