namespace Chronicle.Evaluation.Attribution;

/// <summary>Gold, found and matched counts (fractional when an article's annotators are averaged).</summary>
public sealed record SpanCounts(double Gold, double Found, double Correct)
{
    /// <summary>Nothing counted.</summary>
    public static SpanCounts Zero { get; } = new(0, 0, 0);

    /// <summary>Correct over found, in percent.</summary>
    public double Precision => Found == 0 ? 0 : 100 * Correct / Found;

    /// <summary>Correct over gold, in percent.</summary>
    public double Recall => Gold == 0 ? 0 : 100 * Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds <paramref name="other"/> scaled by <paramref name="weight"/>.</summary>
    public SpanCounts Add(SpanCounts other, double weight) =>
        new(Gold + (weight * other.Gold), Found + (weight * other.Found), Correct + (weight * other.Correct));
}

/// <summary>The figures of an attribution evaluation.</summary>
/// <param name="Articles">Articles scored.</param>
/// <param name="Rows">Counts by row name (<c>source exact</c>, <c>content overlap</c>, <c>attribution</c>...).</param>
public sealed record AttributionResult(int Articles, IReadOnlyDictionary<string, SpanCounts> Rows);
