using Chronicle.Contract;
using Chronicle.Resolution.Clusters;
using Chronicle.Storage.Clusters;

namespace Chronicle.Engine.Clusters;

/// <summary>
/// Clusters each stored batch against the clusters already in the store (<see cref="IClusterAssigner"/>), so that a
/// report ingested in a later run, or by another worker, joins the cluster of the same event and ids never change.
/// The store looks for stored events of the same type whose first day lies from <see cref="DaysBefore"/> days before
/// a new report's window to <see cref="DaysAfter"/> days after it: enough for every stored window of up to a month
/// (a day, a week, a month, an undated report's week before publication). A stored report dated only by its year is
/// found when its year starts within that range; otherwise it joins later reports only within its own batch.
/// Reports with no date at all (none in the text, no article date) are looked for among the undated stored reports
/// of the same type and country (up to a bound per probe).
/// </summary>
public sealed class StoredClusters(EventClusterer clusterer) : IClusterAssigner
{
    /// <summary>A month-long stored window starting this many days before a new report's window can still overlap it.</summary>
    public const int DaysBefore = 31;

    /// <summary>An undated stored report's day is its article's date, up to a week after its window starts, plus a day's slack.</summary>
    public const int DaysAfter = EventWindow.AssumedDaysBeforePublication + 1;

    /// <inheritdoc />
    public int MembersPerCluster => EventCluster.ComparedMembers;

    /// <inheritdoc />
    public IReadOnlyList<ClusterProbe> Probes(IReadOnlyList<Analysis> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var dated = new List<ClusterProbe>();
        var undated = new HashSet<ClusterProbe>();
        foreach (var analysis in batch)
        {
            foreach (var coded in analysis.Annotations.Events)
            {
                var type = WireNames.Of(coded.Type);
                if (Window(coded, analysis.Document.Published) is { } window)
                {
                    dated.Add(ClusterProbe.Dated(type, window.First.AddDays(-DaysBefore), window.Last.AddDays(DaysAfter)));
                }

                // Undated stored reports match on place alone (a report with neither date nor place joins nothing).
                if (coded.Place?.Country is { } country)
                {
                    undated.Add(ClusterProbe.Undated(type, country));
                }
            }
        }

        return [.. Merge(dated), .. undated.OrderBy(p => p.Type, StringComparer.Ordinal).ThenBy(p => p.Country, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public IReadOnlyList<Analysis> Assign(IReadOnlyList<Analysis> batch, IReadOnlyList<StoredClusterEvent> stored)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(stored);
        var clusters = StoredMembers.Clusters(stored);
        var assigned = new List<Analysis>(batch.Count);
        foreach (var analysis in batch)
        {
            (var clustered, clusters) = clusterer.Add(clusters, analysis);
            assigned.Add(clustered);
        }

        return assigned;
    }

    private static EventWindow? Window(CodedEvent coded, DateOnly? published) =>
        EventWindow.FromTimex(coded.Date?.Value) ?? (published is { } day ? EventWindow.Assumed(day) : null);

    /// <summary>Overlapping probes of one type become one, so a batch of one week's news makes a query or two.</summary>
    private static List<ClusterProbe> Merge(IEnumerable<ClusterProbe> probes)
    {
        var merged = new List<ClusterProbe>();
        foreach (var probe in probes.OrderBy(p => p.Type, StringComparer.Ordinal).ThenBy(p => p.First))
        {
            if (merged.Count > 0 && merged[^1].Type == probe.Type && probe.First <= merged[^1].Last!.Value.AddDays(1))
            {
                merged[^1] = merged[^1] with { Last = probe.Last > merged[^1].Last ? probe.Last : merged[^1].Last };
            }
            else
            {
                merged.Add(probe);
            }
        }

        return merged;
    }
}
