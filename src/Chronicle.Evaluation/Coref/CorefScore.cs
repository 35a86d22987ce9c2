using System.Globalization;

namespace Chronicle.Evaluation.Coref;

/// <summary>Precision, recall and F1 of one coreference metric, as fractions from 0 to 1.</summary>
/// <param name="Precision">Precision.</param>
/// <param name="Recall">Recall.</param>
public readonly record struct CorefScore(double Precision, double Recall)
{
    /// <summary>The harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>From numerators and denominators; an empty denominator gives 0, as the reference scorer does.</summary>
    public static CorefScore Of(double precisionNumerator, double precisionDenominator, double recallNumerator, double recallDenominator) =>
        new(precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator,
            recallDenominator == 0 ? 0 : recallNumerator / recallDenominator);

    /// <summary><c>P 81.20 R 77.41 F1 79.26</c>, in percent.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P {Precision * 100,6:0.00} R {Recall * 100,6:0.00} F1 {F1 * 100,6:0.00}");
}
