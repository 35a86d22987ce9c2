using System.Collections.Immutable;
using System.Globalization;

namespace Chronicle.Events;

/// <summary>
/// A logistic regression over <see cref="EventFeatures"/> that turns what the coder knows of an event into the
/// probability that it is right (type, source and target all right), learned from events read by hand
/// (<c>data/events/confidence/weights.tsv</c>, written by <c>tools/TrainConfidence</c>). Immutable once loaded.
/// </summary>
public sealed class ConfidenceModel
{
    private readonly ImmutableArray<double> weights;

    private ConfidenceModel(string version, ImmutableArray<double> weights)
    {
        Version = version;
        this.weights = weights;
    }

    /// <summary>The model's version, part of the events stage's version.</summary>
    public string Version { get; }

    /// <summary>
    /// Reads a weights file: <c>version&lt;TAB&gt;NAME</c>, then one <c>feature&lt;TAB&gt;weight</c> line per feature
    /// (a feature left out weighs nothing); <c>#</c> starts a comment. A feature the coder does not know is an error,
    /// so a model never silently drops part of itself.
    /// </summary>
    public static ConfidenceModel Load(string path) => Parse(File.ReadLines(path), path);

    /// <summary>Parses the lines of a weights file; <paramref name="source"/> names it in errors.</summary>
    public static ConfidenceModel Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var weights = new double[EventFeatures.Names.Length];
        string? version = null;
        var n = 0;
        foreach (var line in lines)
        {
            n++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 2)
            {
                throw new InvalidDataException($"{source}:{n}: expected NAME<TAB>VALUE.");
            }

            if (fields[0] == "version")
            {
                version = fields[1];
                continue;
            }

            var index = Array.IndexOf(EventFeatures.Names, fields[0]);
            if (index < 0 || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new InvalidDataException($"{source}:{n}: unknown feature or bad weight '{line}'.");
            }

            weights[index] = weight;
        }

        return new ConfidenceModel(version ?? throw new InvalidDataException($"{source}: no version line."), [.. weights]);
    }

    /// <summary>The probability, rounded to two decimals, for a vector of <see cref="EventFeatures"/>.</summary>
    internal double Confidence(ReadOnlySpan<double> features) => Math.Round(Probability(weights.AsSpan(), features), 2);

    /// <summary>The logistic function of the weighted sum.</summary>
    internal static double Probability(ReadOnlySpan<double> weights, ReadOnlySpan<double> features)
    {
        var z = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            z += weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
