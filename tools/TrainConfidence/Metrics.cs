using System.Globalization;

namespace TrainConfidence;

/// <summary>How well a confidence predicts the labels: log loss, Brier score, and what a floor keeps.</summary>
internal static class Metrics
{
    public static double LogLoss(double[] p, IReadOnlyList<Sample> samples) =>
        -samples.Select((s, i) => Math.Log(Math.Clamp(s.Y == 1 ? p[i] : 1 - p[i], 1e-3, 1))).Average();

    public static double Brier(double[] p, IReadOnlyList<Sample> samples) =>
        samples.Select((s, i) => (p[i] - s.Y) * (p[i] - s.Y)).Average();

    /// <summary>At a floor: right among the kept (precision), the share of events kept, and the right ones kept.</summary>
    public static string Kept(double[] p, IReadOnlyList<Sample> samples, double floor)
    {
        var kept = samples.Where((_, i) => p[i] >= floor).ToList();
        var right = kept.Sum(s => s.Y);
        var all = samples.Sum(s => s.Y);
        return string.Create(CultureInfo.InvariantCulture,
            $"precision {right}/{kept.Count} = {100.0 * right / Math.Max(1, kept.Count):0.0}%, kept {kept.Count}/{samples.Count} = {100.0 * kept.Count / samples.Count:0}%, right kept {right}/{all}");
    }

    /// <summary>Calibration: in each fifth of the scale, the mean confidence against the share right, and how many.</summary>
    public static string Calibration(double[] p, IReadOnlyList<Sample> samples)
    {
        var c = CultureInfo.InvariantCulture;
        var bins = new List<string>();
        for (var b = 0; b < 5; b++)
        {
            var inBin = samples.Select((s, i) => (s.Y, P: p[i])).Where(x => Math.Min((int)(x.P * 5), 4) == b).ToList();
            bins.Add(inBin.Count == 0 ? string.Create(c, $"{b * 0.2:0.0}-{(b + 1) * 0.2:0.0}: none")
                : string.Create(c, $"{b * 0.2:0.0}-{(b + 1) * 0.2:0.0}: mean {inBin.Average(x => x.P):0.00} right {inBin.Average(x => x.Y):0.00} (n {inBin.Count})"));
        }

        return string.Join("; ", bins);
    }
}
