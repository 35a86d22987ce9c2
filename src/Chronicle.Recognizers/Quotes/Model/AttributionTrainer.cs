using Chronicle.Text.Learning;

namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Trains the cue and role taggers of <see cref="AttributionModel"/> as averaged perceptrons, decoding greedily
/// with the predicted previous label as at run time. Deterministic: a fixed seed orders the examples each epoch.
/// </summary>
/// <param name="lexicon">The cue lexicon, whose entries are a feature.</param>
/// <param name="options">Epochs, seed, pruning and version.</param>
public sealed class AttributionTrainer(CueLexicon lexicon, AttributionTrainerOptions options)
{
    /// <summary>Trains on <paramref name="examples"/>; <paramref name="epochDone"/> hears each finished epoch.</summary>
    public AttributionModel Train(IReadOnlyList<AttributionExample> examples, Action<int>? epochDone = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        var prepared = examples.Select(Prepare).ToList();
        var cue = new AveragedPerceptron(CueTagger.Labels);
        var role = new AveragedPerceptron(RoleTagger.Labels);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, prepared.Count).ToArray();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                TrainCues(prepared[i], cue);
                TrainRoles(prepared[i], role);
            }
            epochDone?.Invoke(epoch);
        }
        return new AttributionModel(options.Version, Averaged(cue, options.PruneBelow), Averaged(role, options.PruneBelow));
    }

    /// <summary>The averaged weights, rows whose weights are all below <paramref name="pruneBelow"/> dropped.</summary>
    private static LinearWeights Averaged(AveragedPerceptron perceptron, float pruneBelow)
    {
        var keys = new List<ulong>();
        var weights = new List<float>();
        var row = new float[perceptron.Labels];
        foreach (var key in perceptron.Features)
        {
            perceptron.Average(key, row);
            if (row.Any(w => Math.Abs(w) >= pruneBelow))
            {
                keys.Add(key);
                weights.AddRange(row);
            }
        }
        return new LinearWeights(perceptron.Labels, [.. keys], [.. weights]);
    }

    private Prepared Prepare(AttributionExample example)
    {
        var q = new QuoteText(example.Text, example.Found, lexicon);
        var f = new TokenFacts(q);
        var cues = new int[f.Count];
        var roles = new List<(int First, int End, int[] Labels)>();
        foreach (var gold in example.Gold)
        {
            if (gold.Cue is not { } c || Tokens(q, c) is not { } cueTokens)
            {
                continue;
            }
            cues[cueTokens.First] = 1;
            for (var t = cueTokens.First + 1; t < cueTokens.End; t++)
            {
                cues[t] = 2;
            }
            var (first, end) = RoleTagger.Window(f, cueTokens.First, cueTokens.End);
            var labels = new int[end - first];
            Mark(q, labels, first, gold.Content, RoleTagger.ContentBegin);
            Mark(q, labels, first, gold.Source, RoleTagger.SourceBegin);
            for (var t = cueTokens.First; t < cueTokens.End; t++)
            {
                labels[t - first] = 0;
            }
            // A run is re-begun after the cue or a source cut it.
            for (var k = 0; k < labels.Length; k++)
            {
                var prev = k == 0 ? 0 : labels[k - 1];
                if (labels[k] == RoleTagger.ContentInside && prev is not (RoleTagger.ContentBegin or RoleTagger.ContentInside))
                {
                    labels[k] = RoleTagger.ContentBegin;
                }
                if (labels[k] == RoleTagger.SourceInside && prev is not (RoleTagger.SourceBegin or RoleTagger.SourceInside))
                {
                    labels[k] = RoleTagger.SourceBegin;
                }
            }
            roles.Add((cueTokens.First, cueTokens.End, labels));
        }
        return new Prepared(f, cues, roles);
    }

    private static void Mark(QuoteText q, int[] labels, int first, TextSpan? span, int begin)
    {
        if (span is not { } s)
        {
            return;
        }
        var open = false;
        for (var k = 0; k < labels.Length; k++)
        {
            var token = q.Span(first + k);
            var inside = token.Start < s.End && s.Start < token.End;
            if (inside)
            {
                labels[k] = open ? begin + 1 : begin;
            }
            open = inside;
        }
    }

    private static (int First, int End)? Tokens(QuoteText q, TextSpan span)
    {
        var first = q.TokenAt(span.Start);
        if (first > 0 && q.Span(first - 1).End > span.Start)
        {
            first--;
        }
        var end = first;
        while (end < q.Count && q.Span(end).Start < span.End)
        {
            end++;
        }
        return end > first ? (first, end) : null;
    }

    private static void TrainCues(Prepared p, AveragedPerceptron weights)
    {
        Span<ulong> features = stackalloc ulong[CueTagger.MaxFeatures];
        Span<float> scores = stackalloc float[CueTagger.Labels];
        var previous = 0;
        var head = 0UL;
        for (var t = 0; t < p.Facts.Count; t++)
        {
            // As at run time, a cue can begin only at a candidate token; the rest teach nothing.
            if (previous == 0 && !CueTagger.IsCandidate(p.Facts, null, t, open: true))
            {
                continue;
            }
            var n = CueTagger.Features(p.Facts, t, previous, head, features);
            weights.Score(features[..n], scores);
            var guess = CueTagger.Best(scores, previous);
            weights.Update(features[..n], p.Cues[t], guess);
            previous = guess;
            head = guess == 1 ? p.Facts.Lemma[t] : head;
        }
    }

    private static void TrainRoles(Prepared p, AveragedPerceptron weights)
    {
        Span<ulong> features = stackalloc ulong[RoleTagger.MaxFeatures];
        Span<float> scores = stackalloc float[RoleTagger.Labels];
        foreach (var (cueFirst, cueEnd, labels) in p.Roles)
        {
            var (first, end) = RoleTagger.Window(p.Facts, cueFirst, cueEnd);
            var cue = new CueContext(p.Facts, cueFirst, cueEnd, first, end);
            var previous = 0;
            for (var t = first; t < end; t++)
            {
                if (t >= cueFirst && t < cueEnd)
                {
                    previous = 0;
                    continue;
                }
                var n = RoleTagger.Features(p.Facts, cue, t, previous, features);
                weights.Score(features[..n], scores);
                var guess = RoleTagger.Best(scores, previous);
                weights.Update(features[..n], labels[t - first], guess);
                previous = guess;
            }
        }
    }

    private sealed record Prepared(TokenFacts Facts, int[] Cues, List<(int First, int End, int[] Labels)> Roles);
}
