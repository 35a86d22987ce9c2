namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>Settings of <see cref="AttributionTrainer"/>.</summary>
/// <param name="Epochs">Passes over the training articles.</param>
/// <param name="Seed">Orders the articles in each pass.</param>
/// <param name="PruneBelow">Features whose averaged weights are all smaller are dropped.</param>
/// <param name="Version">The version written into the model.</param>
/// <param name="RateFolds">Folds over which the cue rates (<see cref="CueRates"/>) of the training articles are
/// cross-fitted; 0 or 1 for no cue rates.</param>
/// <param name="ExactRoles">Train (and later decode) the role tagger with exact Viterbi, every previous label
/// followed, not a beam of the two best.</param>
/// <param name="ExactCues">Train (and later decode) the cue tagger as a structured perceptron with exact Viterbi over each
/// sentence, not greedily on its own previous labels.</param>
/// <param name="Bags">How many shuffle orders the taggers are trained on (bag b shuffled from seed
/// <paramref name="Seed"/> + 1000 b), their averaged weights averaged again; 1 for one.</param>
public sealed record AttributionTrainerOptions(int Epochs = 10, int Seed = 1, float PruneBelow = 0.05f, string Version = "polnear-attribution-3", int RateFolds = 0, bool ExactRoles = false, bool ExactCues = false, int Bags = 1);
