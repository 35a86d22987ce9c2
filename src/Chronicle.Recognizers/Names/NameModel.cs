namespace Chronicle.Recognizers.Names;

/// <summary>
/// The trained name tagger: an averaged structured perceptron over hashed features, decoded with Viterbi over BILOU
/// tags. Immutable and thread-safe; load it once (<see cref="NameModelFile.Load(string)"/>) and share it.
/// </summary>
public sealed partial class NameModel
{
    private const int T = NameTags.Count;
    private readonly float[] _transitions;

    /// <summary>Creates a model from its parts.</summary>
    /// <param name="version">The model's version.</param>
    /// <param name="features">The feature extractor.</param>
    /// <param name="weights">Feature weights.</param>
    /// <param name="transitions">Transition weights (<see cref="TransitionCount"/>).</param>
    /// <param name="firstPass">For a second-pass (stacked) model, the model whose names feed its features.</param>
    public NameModel(string version, FeatureExtractor features, WeightTable weights, float[] transitions, NameModel? firstPass = null)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        if (transitions.Length != TransitionCount)
        {
            throw new ArgumentException($"expected {TransitionCount} transition weights", nameof(transitions));
        }
        Version = version;
        Features = features;
        Weights = weights;
        _transitions = transitions;
        FirstPass = firstPass;
        if (firstPass is { FirstPass: null } && ReferenceEquals(firstPass.Features, features))
        {
            _stacked = new StackedWeights(firstPass.Weights, weights);
        }
    }

    // A two-pass model's weights joined, so that the base features are looked up once for both passes.
    private readonly StackedWeights? _stacked;

    /// <summary>The first-pass model of a stacked model, or null.</summary>
    public NameModel? FirstPass { get; }

    /// <summary>17 × 17 transitions, then 17 start and 17 end weights.</summary>
    public const int TransitionCount = (T * T) + (2 * T);

    /// <summary>The model's version, stored with what it produced.</summary>
    public string Version { get; }

    /// <summary>The feature extractor, with its lexicon.</summary>
    public FeatureExtractor Features { get; }

    /// <summary>The weights.</summary>
    public WeightTable Weights { get; }

    /// <summary>The transition weights.</summary>
    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>Finds the names in a tokenised document, sentence by sentence.</summary>
    public IReadOnlyList<NameSpan> Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences)
    {
        var features = Features.Extract(text, tokens, sentences);
        try
        {
            return _stacked is null ? Decode(features, sentences) : DecodeStacked(features, sentences);
        }
        finally
        {
            features.Release();
        }
    }

    // A stacked model runs its first pass on the shared base features, then adds its hint features and decodes.
    private List<NameSpan> Decode(DocumentFeatures features, ReadOnlySpan<Sentence> sentences)
    {
        if (FirstPass is not null)
        {
            Features.AddHints(features, FirstPass.Decode(features, sentences));
        }
        var names = new List<NameSpan>();
        var longest = 0;
        foreach (var s in sentences)
        {
            longest = Math.Max(longest, s.TokenCount);
        }
        var emissions = new float[(longest * T) + 8];
        var score = new float[longest * T];
        var back = new byte[longest * T];
        var tags = new int[longest];
        foreach (var s in sentences)
        {
            var n = s.TokenCount;
            var e = emissions.AsSpan(0, n * T);
            e.Clear();
            for (var k = 0; k < n; k++)
            {
                foreach (var id in features.Of(s.FirstToken + k))
                {
                    Weights.AddToPadded(id, emissions, k * T);
                }
            }
            Viterbi.Decode(e, _transitions, tags.AsSpan(0, n), score, back);
            NameTags.Decode(tags.AsSpan(0, n), s.FirstToken, names);
        }
        return names;
    }
}
