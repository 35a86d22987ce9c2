using System.Globalization;

namespace Chronicle.Evaluation.Timex;

/// <summary>
/// Counts behind the TempEval-3 entity scores, which add up across documents.
/// <para>Precision and recall are <c>matched / system</c> and <c>matched / gold</c>; F1 is their harmonic mean.
/// Strict matches have the same span; relaxed ones overlap (one-to-one, in text order). Type and value
/// accuracy are over relaxed matches. Attribute F1, as the TempEval-3 scorer computes it, counts only relaxed
/// matches whose attribute is also right: <c>P = correct / system</c>, <c>R = correct / gold</c>,
/// <c>F1 = 2PR / (P + R)</c>, which equals relaxed F1 times the attribute's accuracy.</para>
/// </summary>
/// <param name="Gold">Gold expressions.</param>
/// <param name="System">Expressions the recogniser found.</param>
/// <param name="Strict">Found with exactly the gold span.</param>
/// <param name="Relaxed">Found overlapping a gold span.</param>
/// <param name="TypeCorrect">Relaxed matches with the gold type.</param>
/// <param name="ValueCorrect">Relaxed matches with the gold value.</param>
public readonly record struct TimexCounts(int Gold, int System, int Strict, int Relaxed, int TypeCorrect, int ValueCorrect)
{
    /// <summary>Sums two sets of counts.</summary>
    public static TimexCounts operator +(TimexCounts a, TimexCounts b) => new(
        a.Gold + b.Gold, a.System + b.System, a.Strict + b.Strict, a.Relaxed + b.Relaxed,
        a.TypeCorrect + b.TypeCorrect, a.ValueCorrect + b.ValueCorrect);

    /// <summary>Strict span F1, in percent.</summary>
    public double StrictF1 => F1(Strict);

    /// <summary>Relaxed span F1, in percent.</summary>
    public double RelaxedF1 => F1(Relaxed);

    /// <summary>Value F1 (relaxed match with the right value), in percent.</summary>
    public double ValueF1 => F1(ValueCorrect);

    /// <summary>Type F1 (relaxed match with the right type), in percent.</summary>
    public double TypeF1 => F1(TypeCorrect);

    /// <summary>A one-line summary of every figure.</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"gold {Gold,4} sys {System,4} | strict P {Ratio(Strict, System),5:F1} R {Ratio(Strict, Gold),5:F1} F1 {StrictF1,5:F1}"
        + $" | relaxed P {Ratio(Relaxed, System),5:F1} R {Ratio(Relaxed, Gold),5:F1} F1 {RelaxedF1,5:F1}"
        + $" | type acc {Ratio(TypeCorrect, Relaxed),5:F1} F1 {TypeF1,5:F1} | value acc {Ratio(ValueCorrect, Relaxed),5:F1} F1 {ValueF1,5:F1}");

    private double F1(int correct)
    {
        var p = Ratio(correct, System);
        var r = Ratio(correct, Gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
