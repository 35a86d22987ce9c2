namespace Chronicle.Evaluation.Geo;

/// <summary>
/// Resolution errors summarised as Gritta et al. (2018) do: accuracy within 161 km (100 miles),
/// mean and median error, and the AUC of the error curve (errors on a log scale, 0 best, 1 worst).
/// </summary>
/// <param name="Count">How many errors.</param>
/// <param name="AccuracyAt161">Share within 161 km.</param>
/// <param name="MeanKm">Mean error.</param>
/// <param name="MedianKm">Median error.</param>
/// <param name="Auc">Area under the curve of sorted log errors, scaled by the largest possible error.</param>
public sealed record ErrorSummary(int Count, double AccuracyAt161, double MeanKm, double MedianKm, double Auc)
{
    /// <summary>Half the Earth's circumference: the largest error, given to names left unresolved.</summary>
    public const double MaxErrorKm = 20039;

    /// <summary>Summarises the errors in kilometres.</summary>
    public static ErrorSummary Of(IReadOnlyList<double> errorsKm)
    {
        ArgumentNullException.ThrowIfNull(errorsKm);
        if (errorsKm.Count == 0)
        {
            return new ErrorSummary(0, 0, 0, 0, 0);
        }

        var sorted = errorsKm.Order().ToArray();
        var median = sorted.Length % 2 == 1
            ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        var logMax = Math.Log(MaxErrorKm + 1);
        var scaled = sorted.Select(e => Math.Log(e + 1) / logMax).ToArray();
        var auc = 0.0;
        for (var i = 1; i < scaled.Length; i++)
        {
            auc += (scaled[i - 1] + scaled[i]) / 2;
        }

        auc = scaled.Length > 1 ? auc / (scaled.Length - 1) : scaled[0];
        return new ErrorSummary(sorted.Length, sorted.Count(e => e <= 161) / (double)sorted.Length,
            sorted.Average(), median, auc);
    }
}
