using Chronicle.Text.Learning;

namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Trains the cue and role taggers of <see cref="AttributionModel"/> as averaged perceptrons, the cue tagger greedily
/// (or, with <see cref="AttributionTrainerOptions.ExactCues"/>, by exact Viterbi over each sentence) and the role
/// tagger by Viterbi, as at run time. Deterministic: a fixed seed orders the examples each epoch.
/// </summary>
/// <param name="lexicon">The cue lexicon, whose entries are a feature.</param>
/// <param name="options">Epochs, seed, pruning and version.</param>
/// <param name="clusters">Word classes learned from unlabelled news, features of both taggers and stored in the model; null for none.</param>
/// <param name="reporting">Reporting words with their classes, features of the cue tagger and the filter and stored in the model; null for none.</param>
public sealed class AttributionTrainer(CueLexicon lexicon, AttributionTrainerOptions options, WordClusters? clusters = null, ReportingWords? reporting = null)
{
    private readonly ReportingWords _reporting = reporting ?? ReportingWords.Empty;
    private readonly ClusterMap _clusters = clusters is null ? ClusterMap.Empty : ClusterMap.From(clusters);

    /// <summary>Trains on <paramref name="examples"/>; <paramref name="epochDone"/> hears each finished epoch.</summary>
    public AttributionModel Train(IReadOnlyList<AttributionExample> examples, Action<int>? epochDone = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        var prepared = examples.Select(Prepare).ToList();
        var rates = options.RateFolds > 1 ? CrossFitRates(examples, prepared, options.RateFolds) : CueRates.Empty;
        // Bagging over shuffle orders: each bag trains both taggers on its own order of the articles (bag 0 on the
        // seed's, so one bag is the plain model), and the bags' averaged weights are averaged again.
        var cues = new List<AveragedPerceptron>();
        var roles = new List<AveragedPerceptron>();
        for (var bag = 0; bag < Math.Max(1, options.Bags); bag++)
        {
            // The structured cue tagger takes a sink label too (below).
            var cue = new AveragedPerceptron(CueTagger.Labels + (options.ExactCues ? 1 : 0));
            // Structured training needs one more label: a sink that takes the other half of an update when the gold and
            // the decoded paths disagree on the previous label (their features differ); it is dropped when averaging.
            var role = new AveragedPerceptron(RoleTagger.Labels + 1);
            var random = new Random(options.Seed + (1000 * bag));
            var order = Enumerable.Range(0, prepared.Count).ToArray();
            for (var epoch = 1; epoch <= options.Epochs; epoch++)
            {
                random.Shuffle(order);
                foreach (var i in order)
                {
                    if (options.ExactCues)
                    {
                        TrainCuesExact(prepared[i], cue);
                    }
                    else
                    {
                        TrainCues(prepared[i], cue);
                    }
                    TrainRoles(prepared[i], role, options.ExactRoles);
                }
                epochDone?.Invoke(epoch + (bag * options.Epochs));
            }
            cues.Add(cue);
            roles.Add(role);
        }
        return new AttributionModel(options.Version, Averaged(cues, options.PruneBelow, CueTagger.Labels), Averaged(roles, options.PruneBelow, RoleTagger.Labels)).WithClusters(_clusters).WithRates(rates).WithExactRoles(options.ExactRoles).WithExactCues(options.ExactCues).WithReporting(_reporting);
    }

    // Each training article's tokens get the cue rates counted on the other folds (an article's own cues would make
    // its words look like cue words in training that run time cannot see); the model keeps the rates of them all.
    private static CueRates CrossFitRates(IReadOnlyList<AttributionExample> examples, List<Prepared> prepared, int folds)
    {
        // Folds are of articles, not annotator files: two annotators of one article fall in the same fold.
        var articles = new Dictionary<string, int>(StringComparer.Ordinal);
        var fold = new int[examples.Count];
        var counts = Enumerable.Range(0, folds).Select(_ => new Dictionary<ulong, (double Heads, double Seen)>()).ToArray();
        for (var i = 0; i < examples.Count; i++)
        {
            if (!articles.TryGetValue(examples[i].Text, out var article))
            {
                article = articles.Count;
                articles[examples[i].Text] = article;
            }
            fold[i] = article % folds;
            CueRates.Count(prepared[i].Facts, prepared[i].Cues, counts[fold[i]]);
        }
        for (var k = 0; k < folds; k++)
        {
            var others = CueRates.From(counts.Where((_, j) => j != k));
            for (var i = 0; i < examples.Count; i++)
            {
                if (fold[i] == k)
                {
                    prepared[i].Facts.SetRates(others);
                }
            }
        }
        return CueRates.From(counts);
    }

    /// <summary>The averaged weights, rows whose weights are all below <paramref name="pruneBelow"/> dropped.</summary>
    internal static LinearWeights Averaged(AveragedPerceptron perceptron, float pruneBelow, int labels = 0) => Averaged([perceptron], pruneBelow, labels);

    /// <summary>
    /// The mean of the averaged weights of <paramref name="perceptrons"/> (a feature one of them lacks weighs 0 there),
    /// rows whose mean weights are all below <paramref name="pruneBelow"/> dropped; the first <paramref name="labels"/>
    /// labels of each row (0 for all).
    /// </summary>
    internal static LinearWeights Averaged(IReadOnlyList<AveragedPerceptron> perceptrons, float pruneBelow, int labels = 0)
    {
        var keys = new List<ulong>();
        var weights = new List<float>();
        var width = perceptrons[0].Labels;
        var full = new float[width];
        var sum = new float[width];
        var present = perceptrons.Select(p => p.Features.ToHashSet()).ToList();
        labels = labels > 0 ? labels : width;
        foreach (var key in present.SelectMany(k => k).Distinct().Order())
        {
            Array.Clear(sum);
            for (var i = 0; i < perceptrons.Count; i++)
            {
                if (present[i].Contains(key))
                {
                    perceptrons[i].Average(key, full);
                    for (var l = 0; l < width; l++)
                    {
                        sum[l] += full[l] / perceptrons.Count;
                    }
                }
            }
            var row = sum[..labels];
            if (row.Any(w => Math.Abs(w) >= pruneBelow))
            {
                keys.Add(key);
                weights.AddRange(row);
            }
        }
        return new LinearWeights(labels, [.. keys], [.. weights]);
    }

    private Prepared Prepare(AttributionExample example)
    {
        var q = new QuoteText(example.Text, example.Found, lexicon);
        var f = new TokenFacts(q, _clusters, null, _reporting);
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
        for (var t = 0; t < p.Facts.Count; t++)
        {
            // As at run time, a cue can begin only at a candidate token; the rest teach nothing.
            if (previous == 0 && !CueTagger.IsCandidate(p.Facts, null, t, open: true))
            {
                continue;
            }
            var n = CueTagger.Features(p.Facts, t, previous, features);
            weights.Score(features[..n], scores);
            var guess = CueTagger.Best(scores, previous);
            weights.Update(features[..n], p.Cues[t], guess);
            previous = guess;
        }
    }

    // A structured perceptron over each sentence: decoded with exact Viterbi as at run time, the gold path's features
    // rewarded where the decoded path's are penalised (through the sink when their previous labels differ, as for the
    // role tagger). The gold cues are first made a path the decoder can take: a cue begins at its first token that may
    // begin one (`the claim` at `claim`), and one with none is O.
    private static void TrainCuesExact(Prepared p, AveragedPerceptron weights)
    {
        var f = p.Facts;
        var candidates = new bool[f.Count];
        for (var t = 0; t < f.Count; t++)
        {
            candidates[t] = CueTagger.IsCandidate(f, null, t, open: true);
        }
        var gold = Decodable(p.Cues, candidates, f.Q.Sentences);
        var path = CueTagger.Viterbi(f, weights.Score, candidates);
        Span<ulong> goldFeatures = stackalloc ulong[CueTagger.MaxFeatures];
        Span<ulong> guessFeatures = stackalloc ulong[CueTagger.MaxFeatures];
        var sink = CueTagger.Labels;
        foreach (var sentence in f.Q.Sentences)
        {
            var first = sentence.FirstToken;
            for (var t = first; t < QuoteText.End(sentence); t++)
            {
                var goldPrevious = t == first ? 0 : gold[t - 1];
                var guessPrevious = t == first ? 0 : path[t - 1];
                if (goldPrevious == guessPrevious && gold[t] == path[t])
                {
                    continue;
                }
                // O after O where no cue may begin scores nothing: it has no features.
                var n = goldPrevious == 0 && !candidates[t] ? 0 : CueTagger.Features(f, t, goldPrevious, goldFeatures);
                if (goldPrevious == guessPrevious)
                {
                    weights.Update(goldFeatures[..n], gold[t], path[t]);
                    continue;
                }
                var m = guessPrevious == 0 && !candidates[t] ? 0 : CueTagger.Features(f, t, guessPrevious, guessFeatures);
                weights.Update(goldFeatures[..n], gold[t], sink);
                weights.Update(guessFeatures[..m], sink, path[t]);
            }
        }
    }

    /// <summary>
    /// The gold cue labels (O, B, I) as a path exact decoding can take: each run begins at its first token that may
    /// begin a cue (O before it; the whole run O when none may), and no run goes on across a sentence's start.
    /// </summary>
    internal static int[] Decodable(int[] cues, bool[] candidates, IReadOnlyList<Sentence> sentences)
    {
        var labels = new int[cues.Length];
        foreach (var sentence in sentences)
        {
            var end = QuoteText.End(sentence);
            var t = sentence.FirstToken;
            while (t < end)
            {
                if (cues[t] == 0)
                {
                    t++;
                    continue;
                }
                var runEnd = t + 1;
                while (runEnd < end && cues[runEnd] == 2)
                {
                    runEnd++;
                }
                var begin = t;
                while (begin < runEnd && !candidates[begin])
                {
                    begin++;
                }
                for (var k = begin; k < runEnd; k++)
                {
                    labels[k] = k == begin ? 1 : 2;
                }
                t = runEnd;
            }
        }
        return labels;
    }

    // A structured perceptron: the whole window is decoded (Viterbi, as at run time) and the gold path's features
    // are rewarded where the decoded path's are penalised.
    private static void TrainRoles(Prepared p, AveragedPerceptron weights, bool exact)
    {
        Span<ulong> gold = stackalloc ulong[RoleTagger.MaxFeatures];
        Span<ulong> guessed = stackalloc ulong[RoleTagger.MaxFeatures];
        var sink = RoleTagger.Labels;
        foreach (var (cueFirst, cueEnd, labels) in p.Roles)
        {
            var (first, end) = RoleTagger.Window(p.Facts, cueFirst, cueEnd);
            var cue = new CueContext(p.Facts, cueFirst, cueEnd, first, end);
            var path = RoleTagger.Viterbi(p.Facts, weights.Score, cueFirst, cueEnd, exact);
            for (var t = first; t < end; t++)
            {
                var k = t - first;
                if (t >= cueFirst && t < cueEnd)
                {
                    continue;
                }
                var goldPrevious = k == 0 || t == cueEnd ? 0 : labels[k - 1];
                var guessPrevious = k == 0 || t == cueEnd ? 0 : path[k - 1];
                if (goldPrevious == guessPrevious && labels[k] == path[k])
                {
                    continue;
                }
                var n = RoleTagger.Features(p.Facts, cue, t, goldPrevious, gold);
                if (goldPrevious == guessPrevious)
                {
                    weights.Update(gold[..n], labels[k], path[k]);
                    continue;
                }
                var m = RoleTagger.Features(p.Facts, cue, t, guessPrevious, guessed);
                weights.Update(gold[..n], labels[k], sink);
                weights.Update(guessed[..m], sink, path[k]);
            }
        }
    }

    private sealed record Prepared(TokenFacts Facts, int[] Cues, List<(int First, int End, int[] Labels)> Roles);
}
