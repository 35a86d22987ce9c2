using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Chronicle.Text.Pos;

/// <summary>
/// A trained averaged-perceptron part-of-speech model over Penn Treebank tags: tags greedily left to
/// right, with a dictionary for frequent words that always carry the same tag. Immutable and
/// thread-safe; load it once and share it.
/// </summary>
public sealed partial class PosModel
{
    private readonly WeightTable _weights;
    private readonly FrozenDictionary<ulong, byte> _tagDictionary;
    private readonly FrozenDictionary<ulong, uint> _classes;
    private readonly FrozenDictionary<ulong, byte> _profiles;
    private readonly FrozenDictionary<ulong, byte> _lexicon;
    private readonly GrammarTags _grammar;

    internal PosModel(
        string version, ImmutableArray<string> tags, FrozenDictionary<ulong, byte> tagDictionary,
        FrozenDictionary<ulong, uint> classes, FrozenDictionary<ulong, byte> profiles, FrozenDictionary<ulong, byte> lexicon,
        WeightTable weights)
    {
        _profiles = profiles;
        _lexicon = lexicon;
        Version = version;
        Tags = tags;
        _tagDictionary = tagDictionary;
        _classes = classes;
        _weights = weights;
        _grammar = GrammarTags.Of(tags);
    }


    /// <summary>How many words have a word class (from unlabelled news) stored in the model.</summary>
    public int ClassCount => _classes.Count;

    /// <summary>How many words have a profile (their most frequent tag over untagged news) stored in the model.</summary>
    public int ProfileCount => _profiles.Count;

    /// <summary>How many words have an ambiguity class from the lexicon (see <see cref="PosLexicon"/>) stored in the model.</summary>
    public int LexiconCount => _lexicon.Count;

    /// <summary>The model's version, stored with what it tagged.</summary>
    public string Version { get; }

    /// <summary>The tag set; a tag number indexes it.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>How many features have weights.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>How many words the tag dictionary decides.</summary>
    public int DictionaryCount => _tagDictionary.Count;

    /// <summary>Tags one sentence: writes a tag number per token into <paramref name="tags"/>.</summary>
    /// <param name="text">The text the token spans refer to.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="tags">Receives one tag number per token.</param>
    /// <param name="recased">The text is recased wire copy (see <see cref="IsRecased"/>).</param>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<byte> tags, bool recased = false)
    {
        if (tags.Length < tokens.Length)
        {
            throw new ArgumentException("One tag slot per token is needed.", nameof(tags));
        }

        // Long runs without a sentence break (tables, lists) go to the heap rather than overflow the stack.
        var large = tokens.Length > 200 ? new WordFeatures[tokens.Length + 4] : null;
        Span<WordFeatures> context = large ?? stackalloc WordFeatures[tokens.Length + 4];
        Fill(text, tokens, _classes, _profiles, _lexicon, context);
        if (recased)
        {
            ReadWireCapitals(text, tokens, context);
        }

        Span<ulong> features = stackalloc ulong[PosFeatures.Max];
        Span<float> scores = stackalloc float[Tags.Length];
        int previous = PosFeatures.StartTag, previous2 = PosFeatures.StartTag;
        for (var i = 0; i < tokens.Length; i++)
        {
            var tag = Predict(context, i, previous, previous2, features, scores);
            tags[i] = (byte)tag;
            previous2 = previous;
            previous = tag;
        }

        CheckBarePluralSubject(context, tags[..tokens.Length]);
        Check(context, tags[..tokens.Length]);
        CheckFloatedQuantifiers(context, tags[..tokens.Length]);
        CheckCoordinatedSubjects(context, tags[..tokens.Length]);
    }

    internal int Predict(ReadOnlySpan<WordFeatures> context, int i, int previous, int previous2, Span<ulong> features, Span<float> scores)
    {
        if (_tagDictionary.TryGetValue(context[i + 2].Exact, out var known))
        {
            return known;
        }

        var count = PosFeatures.Extract(context, i, previous, previous2, _classes.Count > 0, _lexicon.Count > 0, features);
        _ = _weights.Touch(features[..count]);
        scores.Clear();
        for (var f = 0; f < count; f++)
        {
            _weights.Score(features[f], scores);
        }

        var best = 0;
        for (var t = 1; t < scores.Length; t++)
        {
            best = scores[t] > scores[best] ? t : best;
        }

        return best;
    }

    /// <summary>Computes each token's word features, word classes, profile and lexicon class, with two padding entries on each side.</summary>
    internal static void Fill(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, FrozenDictionary<ulong, uint> classes,
        FrozenDictionary<ulong, byte> profiles, FrozenDictionary<ulong, byte> lexicon, Span<WordFeatures> context)
    {
        context[0] = context[1] = WordFeatures.Start;
        for (var i = 0; i < tokens.Length; i++)
        {
            context[i + 2] = WordFeatures.Of(text[tokens[i].Span.Start..tokens[i].Span.End]);
        }

        context[tokens.Length + 2] = context[tokens.Length + 3] = WordFeatures.End;

        // A model without classes, profiles or lexicon (conll2003-pos-1) pays nothing for them.
        if (classes.Count == 0 && profiles.Count == 0 && lexicon.Count == 0)
        {
            return;
        }

        for (var i = 2; i < tokens.Length + 2; i++)
        {
            context[i] = Enriched(context[i], classes, profiles, lexicon);
        }
    }

    /// <summary>The word's features with its word classes, profile, lexicon class and auxiliary kind filled in.</summary>
    private static WordFeatures Enriched(
        WordFeatures word, FrozenDictionary<ulong, uint> classes, FrozenDictionary<ulong, byte> profiles, FrozenDictionary<ulong, byte> lexicon)
    {
        _ = classes.TryGetValue(word.Lower, out var packed);
        var profile = profiles.TryGetValue(word.Exact, out var tag) ? tag + 1 : 0;
        _ = lexicon.TryGetValue(word.Lower, out var allowed);
        // Auxiliaries come with the lexicon (format 3): a model without one never reads them.
        var auxiliary = lexicon.Count > 0 && Auxiliaries.Kinds.TryGetValue(word.Lower, out var kind) ? kind : Auxiliaries.None;
        return word with { Classes = packed, Profile = profile, Lexicon = allowed, Auxiliary = auxiliary };
    }
}
