using System.Collections.Frozen;
using System.Collections.Immutable;
using Chronicle.Text.Learning;

namespace Chronicle.Text.Pos;

/// <summary>
/// Trains a <see cref="PosModel"/>: an averaged perceptron, greedy left to right with the previous
/// tags as features, sentences shuffled each epoch with a fixed seed so that a rebuild gives the same
/// weights. Frequent words that (almost) always carry one tag go to a tag dictionary instead.
/// </summary>
/// <param name="options">Epochs, seed, pruning and dictionary thresholds.</param>
public sealed class PosTrainer(PosTrainerOptions options)
{
    /// <summary>Trains on <paramref name="sentences"/>; <paramref name="afterEpoch"/> sees each epoch's averaged model.</summary>
    public PosModel Train(IReadOnlyList<TaggedSentence> sentences, Action<int, PosModel>? afterEpoch = null) =>
        Train(sentences, null, null, afterEpoch);

    /// <summary>
    /// Trains on <paramref name="sentences"/> with word classes from unlabelled news (<paramref name="clusters"/>) and
    /// word profiles (<see cref="WordProfiles.Build"/>), both stored in the model, null for none;
    /// <paramref name="afterEpoch"/> sees each epoch's averaged model.
    /// </summary>
    public PosModel Train(
        IReadOnlyList<TaggedSentence> sentences, WordClusters? clusters, FrozenDictionary<ulong, byte>? profiles,
        Action<int, PosModel>? afterEpoch = null) =>
        Train(sentences, clusters, profiles, null, afterEpoch);

    /// <summary>
    /// As <see cref="Train(IReadOnlyList{TaggedSentence}, WordClusters?, FrozenDictionary{ulong, byte}?, Action{int, PosModel}?)"/>,
    /// with each word's ambiguity class from a lexicon (<see cref="PosLexicon.Load"/>), stored in the model, null for none.
    /// </summary>
    public PosModel Train(
        IReadOnlyList<TaggedSentence> sentences, WordClusters? clusters, FrozenDictionary<ulong, byte>? profiles,
        FrozenDictionary<ulong, byte>? lexicon, Action<int, PosModel>? afterEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        profiles ??= WordProfiles.None;
        lexicon ??= PosLexicon.None;
        var classes = clusters is null ? PosWordClasses.None : PosWordClasses.From(clusters);
        var tags = sentences.SelectMany(s => s.Tags).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => (byte)p.i, StringComparer.Ordinal);
        var dictionary = BuildTagDictionary(sentences, tagIndex, lexicon);
        lexicon = RareOnly(lexicon, sentences);
        var weights = new AveragedPerceptron(tags.Length);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        Span<ulong> features = stackalloc ulong[PosFeatures.Max];
        Span<float> scores = stackalloc float[tags.Length];
        PosModel? model = null;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var context = new WordFeatures[sentence.Tokens.Length + 4];
                PosModel.Fill(sentence.Text, sentence.Tokens.AsSpan(), classes, profiles, lexicon, context);
                int previous = PosFeatures.StartTag, previous2 = PosFeatures.StartTag;
                for (var i = 0; i < sentence.Tokens.Length; i++)
                {
                    var truth = tagIndex[sentence.Tags[i]];
                    if (!dictionary.TryGetValue(context[i + 2].Exact, out var guess))
                    {
                        var count = PosFeatures.Extract(context, i, previous, previous2, classes.Count > 0, lexicon.Count > 0, features);
                        guess = (byte)weights.Predict(features[..count], scores);
                        weights.Update(features[..count], truth, guess);
                    }

                    previous2 = previous;
                    previous = guess;
                }
            }

            model = new PosModel(options.Version, tags, dictionary, classes, profiles, lexicon, Averaged(weights, options.PruneBelow));
            afterEpoch?.Invoke(epoch, model);
        }

        return model ?? throw new InvalidOperationException("At least one epoch is needed.");
    }

    /// <summary>The lexicon's words that <paramref name="sentences"/> hold at most <see cref="PosTrainerOptions.LexiconMaxCount"/> times.</summary>
    private FrozenDictionary<ulong, byte> RareOnly(FrozenDictionary<ulong, byte> lexicon, IReadOnlyList<TaggedSentence> sentences)
    {
        if (options.LexiconMaxCount == int.MaxValue || lexicon.Count == 0)
        {
            return lexicon;
        }

        var counts = new Dictionary<ulong, int>();
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                var word = WordFeatures.Of(token.Span.Of(sentence.Text)).Lower;
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return lexicon.Where(e => counts.GetValueOrDefault(e.Key) <= options.LexiconMaxCount).ToFrozenDictionary();
    }

    /// <summary>The averaged weights as a sparse table, dropping those below <paramref name="pruneBelow"/>.</summary>
    private static WeightTable Averaged(AveragedPerceptron perceptron, float pruneBelow)
    {
        var keys = new List<ulong>();
        var starts = new List<int> { 0 };
        var tags = new List<byte>();
        var weights = new List<float>();
        var row = new float[perceptron.Labels];
        foreach (var key in perceptron.Features)
        {
            perceptron.Average(key, row);
            for (var t = 0; t < row.Length; t++)
            {
                if (Math.Abs(row[t]) >= pruneBelow)
                {
                    tags.Add((byte)t);
                    weights.Add(row[t]);
                }
            }

            if (tags.Count > starts[^1])
            {
                keys.Add(key);
                starts.Add(tags.Count);
            }
        }

        return new WeightTable([.. keys], [.. starts], [.. tags], [.. weights]);
    }

    /// <summary>
    /// The frequent words that (almost) always carry one tag. With a lexicon, a word it gives several tags (a past
    /// tense that is also a participle, a base form that is also a noun) stays out: one news source's habit
    /// ("arrested" always after "were") is not a rule, and the context must decide.
    /// </summary>
    private FrozenDictionary<ulong, byte> BuildTagDictionary(
        IReadOnlyList<TaggedSentence> sentences, Dictionary<string, byte> tagIndex, FrozenDictionary<ulong, byte> lexicon)
    {
        var counts = new Dictionary<ulong, Dictionary<byte, int>>();
        var lowerOf = new Dictionary<ulong, ulong>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var features = WordFeatures.Of(sentence.Tokens[i].Span.Of(sentence.Text));
                var word = features.Exact;
                lowerOf[word] = features.Lower;
                if (!counts.TryGetValue(word, out var byTag))
                {
                    counts[word] = byTag = [];
                }

                var tag = tagIndex[sentence.Tags[i]];
                byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
            }
        }

        var dictionary = new Dictionary<ulong, byte>();
        foreach (var (word, byTag) in counts)
        {
            var total = byTag.Values.Sum();
            var (tag, most) = byTag.MaxBy(e => e.Value);
            if (total >= options.DictionaryMinCount && most >= options.DictionaryMinShare * total && !Ambiguous(word))
            {
                dictionary[word] = tag;
            }
        }

        return dictionary.ToFrozenDictionary();

        bool Ambiguous(ulong exact) =>
            options.DictionaryUnambiguousOnly && lexicon.Count > 0 && lexicon.TryGetValue(lowerOf[exact], out var mask) && (mask & (mask - 1)) != 0;
    }
}
