using System.Globalization;

namespace Chronicle.Evaluation.Events;

/// <summary>
/// <c>chronicle eval events PLOVER_GSR_CAMEO.txt</c>: runs the pipeline on each gold sentence (dated by its record)
/// and scores the coded events with <see cref="PloverScorer"/>.
/// </summary>
public static class PloverEvaluation
{
    /// <summary>Whether <paramref name="path"/> is a PLOVER gold records file (a JSON list whose records carry <c>event</c>).</summary>
    public static bool IsGoldRecords(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var reader = new StreamReader(path);
        var head = new char[4096];
        var read = reader.Read(head, 0, head.Length);
        var start = new string(head, 0, read).TrimStart();
        return start.StartsWith('[') && start.Contains("\"event\"", StringComparison.Ordinal);
    }

    /// <summary>Scores every record and prints the figures.</summary>
    /// <param name="path">The gold records file.</param>
    /// <param name="pipeline">The full pipeline.</param>
    /// <param name="alpha2">ISO alpha-3 → alpha-2.</param>
    /// <param name="output">Where the figures go.</param>
    /// <param name="verbose">Also list every miss.</param>
    public static PloverScorer Run(string path, Pipeline pipeline, Func<string, string?> alpha2, TextWriter output, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(output);
        var records = PloverRecord.Read(path, alpha2);
        var renamed = records.Where(r => PloverRecord.OldNames.ContainsKey(r.GoldName))
            .GroupBy(r => r.GoldName).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}→{g.First().Type.ToString().ToUpperInvariant()} ({g.Count()})"));
        output.WriteLine($"{records.Count} records; old names read as current PLOVER types: {string.Join(", ", renamed)}");
        var scorer = new PloverScorer();
        foreach (var record in records)
        {
            IReadOnlyList<CodedEvent> events;
            try
            {
                events = pipeline.Run(new Document(record.Id, null, record.Date, record.Text)).Annotations.Events;
            }
#pragma warning disable CA1031 // A stage that throws on one sentence is a finding to report, not a reason to lose the other 321.
            catch (Exception e)
#pragma warning restore CA1031
            {
                output.WriteLine($"error {record.Id}: the pipeline threw {e.GetType().Name}: {e.Message} (scored as no event)");
                events = [];
            }

            scorer.Add(record, events, record.Text);
        }

        scorer.Print(output, verbose);
        return scorer;
    }
}
