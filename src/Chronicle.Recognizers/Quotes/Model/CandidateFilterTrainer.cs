using Chronicle.Text.Learning;

namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Trains the second stage (<see cref="CandidateFilter"/>) as an averaged perceptron over candidates whose keep or
/// drop label comes from the annotators. The candidates should come from taggers that did not see their article
/// (cross-fitting), so that they are as wrong as at run time. Deterministic: a fixed seed orders them each epoch.
/// </summary>
internal static class CandidateFilterTrainer
{
    public static LinearWeights Train(IReadOnlyList<(ulong[] Features, bool Keep)> examples, int epochs, int seed, float pruneBelow)
    {
        var perceptron = new AveragedPerceptron(CandidateFilter.Labels);
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        Span<float> scores = stackalloc float[CandidateFilter.Labels];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (features, keep) = examples[i];
                var guess = perceptron.Predict(features, scores);
                perceptron.Update(features, keep ? 1 : 0, guess);
            }
        }
        return AttributionTrainer.Averaged(perceptron, pruneBelow);
    }
}
