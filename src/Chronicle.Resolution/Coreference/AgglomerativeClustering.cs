namespace Chronicle.Resolution.Coreference;

/// <summary>
/// Agglomerative clustering: repeatedly merges the two clusters whose linkage score (mean or lowest pairwise score)
/// is highest, while it is at least the threshold. Ties go to the lowest indexes, so the result is deterministic.
/// Average- and complete-link merge scores never increase, so the merges above a low floor, recorded once, give the
/// clustering at every higher threshold (<see cref="Cut"/>): tuning a threshold needs one run.
/// </summary>
public static class AgglomerativeClustering
{
    /// <summary>A cluster number for each row of <paramref name="scores"/> (a symmetric matrix).</summary>
    public static int[] Cluster(double[,] scores, double threshold, Linkage linkage = Linkage.Average)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return Cut(Merges(scores, threshold, linkage), scores.GetLength(0), threshold);
    }

    /// <summary>The merges, in order, while the best average score is at least <paramref name="floor"/>.</summary>
    public static IReadOnlyList<(int Into, int From, double Score)> Merges(double[,] scores, double floor, Linkage linkage = Linkage.Average)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var n = scores.GetLength(0);
        var complete = linkage == Linkage.Complete;
        // sum[i, j]: the sum (complete link: the lowest) of scores between the members of clusters i and j.
        var sum = (double[,])scores.Clone();
        var size = Enumerable.Repeat(1, n).ToArray();
        var alive = Enumerable.Repeat(true, n).ToArray();
        var merges = new List<(int, int, double)>();
        while (true)
        {
            int bestI = -1, bestJ = -1;
            var best = double.NegativeInfinity;
            for (var i = 0; i < n; i++)
            {
                if (!alive[i])
                {
                    continue;
                }
                for (var j = i + 1; j < n; j++)
                {
                    if (alive[j])
                    {
                        var average = complete ? sum[i, j] : sum[i, j] / ((double)size[i] * size[j]);
                        if (average > best)
                        {
                            (best, bestI, bestJ) = (average, i, j);
                        }
                    }
                }
            }
            if (bestI < 0 || best < floor)
            {
                return merges;
            }
            for (var k = 0; k < n; k++)
            {
                sum[bestI, k] = complete ? Math.Min(sum[bestI, k], sum[bestJ, k]) : sum[bestI, k] + sum[bestJ, k];
                sum[k, bestI] = sum[bestI, k];
            }
            size[bestI] += size[bestJ];
            alive[bestJ] = false;
            merges.Add((bestI, bestJ, best));
        }
    }

    /// <summary>The clusters after the merges whose score is at least <paramref name="threshold"/>.</summary>
    public static int[] Cut(IReadOnlyList<(int Into, int From, double Score)> merges, int count, double threshold)
    {
        ArgumentNullException.ThrowIfNull(merges);
        var owner = Enumerable.Range(0, count).ToArray();
        foreach (var (into, from, score) in merges)
        {
            if (score < threshold)
            {
                break;
            }
            for (var m = 0; m < count; m++)
            {
                if (owner[m] == from)
                {
                    owner[m] = into;
                }
            }
        }
        return owner;
    }

    /// <summary>
    /// Joins each mention left on its own to the cluster of its best-scoring partner when that score is at least
    /// <paramref name="threshold"/>: a mention one report names in other words than the rest (<c>the blaze</c> among
    /// <c>fire</c>s) can have one strong link and a weak mean. The strongest links are taken first; a joined mention
    /// is no longer alone, so two lone mentions can pair up.
    /// </summary>
    public static int[] AttachSingletons(int[] clusters, double[,] scores, double threshold)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(scores);
        var owner = (int[])clusters.Clone();
        var n = owner.Length;
        var size = new int[n];
        foreach (var o in owner)
        {
            size[o]++;
        }
        var links = new List<(double Score, int Mention, int Partner)>();
        for (var i = 0; i < n; i++)
        {
            if (size[owner[i]] != 1)
            {
                continue;
            }
            var (best, partner) = (double.NegativeInfinity, -1);
            for (var j = 0; j < n; j++)
            {
                if (j != i && scores[i, j] > best)
                {
                    (best, partner) = (scores[i, j], j);
                }
            }
            if (partner >= 0 && best >= threshold)
            {
                links.Add((best, i, partner));
            }
        }
        foreach (var (_, mention, partner) in links.OrderByDescending(l => l.Score).ThenBy(l => l.Mention))
        {
            if (size[owner[mention]] == 1 && owner[partner] != owner[mention])
            {
                size[owner[mention]]--;
                owner[mention] = owner[partner];
                size[owner[partner]]++;
            }
        }
        return owner;
    }
}
