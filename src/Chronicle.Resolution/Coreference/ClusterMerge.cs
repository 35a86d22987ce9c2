using System.Collections.Immutable;

namespace Chronicle.Resolution.Coreference;

/// <summary>
/// A second pass over the clusters of the pairwise model: two clusters are joined when a logistic regression over
/// cluster-level evidence says so. A pair of mentions often shares no argument though their clusters do (one report
/// names the suspect, another the victim, a third both), and the mean pair score of two big clusters hides a few
/// strong links; the features read all the members at once.
/// </summary>
public static class ClusterMerge
{
    /// <summary>The feature names, in weight order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "bias", "mean", "max", "min", "participants_jaccard", "participants_shared", "participants_conflict",
        "times_shared", "times_conflict", "places_shared", "places_conflict", "heads_jaccard", "heads_shared",
        "singleton", "size_min_log", "size_max_log", "documents_jaccard",
        "entity_participants_shared", "entity_participants_conflict", "time_values_shared", "time_values_conflict",
        "entity_places_shared", "entity_places_conflict",
    ];

    /// <summary>The number of features.</summary>
    public static int Count => Names.Count;

    /// <summary>
    /// Calls <paramref name="action"/> with the two cluster numbers and the features of every pair of clusters with
    /// some pair score above 0 (mentions of different stories score 0 and are never joined).
    /// </summary>
    public static void ForEachPair(
        int[] clusters, double[,] scores, IReadOnlyList<CorefMention> mentions, EnglishLemmatizer lemmatizer, Action<int, int, double[]> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var groups = Groups(clusters, mentions, lemmatizer);
        var features = new double[Count];
        for (var a = 0; a < groups.Count; a++)
        {
            for (var b = a + 1; b < groups.Count; b++)
            {
                if (Compute(groups[a], groups[b], scores, features))
                {
                    action(groups[a].Id, groups[b].Id, features);
                }
            }
        }
    }

    /// <summary>
    /// Joins clusters, the most probable pair first, while the probability is at least <paramref name="threshold"/>;
    /// a joined cluster is scored again against the rest. Ties go to the lowest cluster numbers.
    /// </summary>
    public static int[] Merge(
        int[] clusters, double[,] scores, IReadOnlyList<CorefMention> mentions, EnglishLemmatizer lemmatizer,
        ImmutableArray<double> weights, double threshold)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var groups = Groups(clusters, mentions, lemmatizer);
        var k = groups.Count;
        var probability = new double[k, k];
        var features = new double[Count];
        var alive = Enumerable.Repeat(true, k).ToArray();
        void Score(int a, int b) =>
            probability[a, b] = probability[b, a] = Compute(groups[a], groups[b], scores, features) ? Probability(weights, features) : 0;
        for (var a = 0; a < k; a++)
        {
            for (var b = a + 1; b < k; b++)
            {
                Score(a, b);
            }
        }
        while (true)
        {
            var (best, bestA, bestB) = (double.NegativeInfinity, -1, -1);
            for (var a = 0; a < k; a++)
            {
                for (var b = a + 1; alive[a] && b < k; b++)
                {
                    if (alive[b] && probability[a, b] > best)
                    {
                        (best, bestA, bestB) = (probability[a, b], a, b);
                    }
                }
            }
            if (bestA < 0 || best < threshold)
            {
                break;
            }
            groups[bestA] = groups[bestA].Join(groups[bestB]);
            alive[bestB] = false;
            for (var c = 0; c < k; c++)
            {
                if (alive[c] && c != bestA)
                {
                    Score(bestA, c);
                }
            }
        }
        var owner = (int[])clusters.Clone();
        for (var a = 0; a < k; a++)
        {
            if (alive[a])
            {
                foreach (var m in groups[a].Members)
                {
                    owner[m] = groups[a].Id;
                }
            }
        }
        return owner;
    }

    private static double Probability(ImmutableArray<double> weights, double[] features)
    {
        double z = 0;
        for (var i = 0; i < Math.Min(features.Length, weights.Length); i++)
        {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.Exp(-z));
    }

    private static List<ClusterProfile> Groups(int[] clusters, IReadOnlyList<CorefMention> mentions, EnglishLemmatizer lemmatizer)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(lemmatizer);
        return [.. Enumerable.Range(0, clusters.Length).GroupBy(i => clusters[i]).OrderBy(g => g.Key)
            .Select(g => ClusterProfile.Of(g.Key, [.. g], mentions, lemmatizer))];
    }

    private static bool Compute(ClusterProfile a, ClusterProfile b, double[,] scores, double[] features)
    {
        double sum = 0, max = 0, min = 1;
        foreach (var i in a.Members)
        {
            foreach (var j in b.Members)
            {
                var s = scores[i, j];
                sum += s;
                max = Math.Max(max, s);
                min = Math.Min(min, s);
            }
        }
        if (max <= 0)
        {
            return false;
        }
        var f = 0;
        features[f++] = 1;
        features[f++] = sum / (a.Members.Count * b.Members.Count);
        features[f++] = max;
        features[f++] = min;
        features[f++] = Jaccard(a.Participants, b.Participants);
        features[f++] = a.Participants.Overlaps(b.Participants) ? 1 : 0;
        features[f++] = Conflict(a.Participants, b.Participants);
        features[f++] = a.Times.Overlaps(b.Times) ? 1 : 0;
        features[f++] = Conflict(a.Times, b.Times);
        features[f++] = a.Places.Overlaps(b.Places) ? 1 : 0;
        features[f++] = Conflict(a.Places, b.Places);
        features[f++] = Jaccard(a.Heads, b.Heads);
        features[f++] = a.Heads.Overlaps(b.Heads) ? 1 : 0;
        features[f++] = Math.Min(a.Members.Count, b.Members.Count) == 1 ? 1 : 0;
        features[f++] = Math.Log(Math.Min(a.Members.Count, b.Members.Count));
        features[f++] = Math.Log(Math.Max(a.Members.Count, b.Members.Count));
        features[f++] = Jaccard(a.Documents, b.Documents);
        ArgumentEntities.Write((a.ParticipantEntities, a.TimeValues, a.PlaceEntities), (b.ParticipantEntities, b.TimeValues, b.PlaceEntities), features, f);
        return true;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    private static double Conflict(HashSet<string> a, HashSet<string> b) => a.Count > 0 && b.Count > 0 && !a.Overlaps(b) ? 1 : 0;
}
