using System.Collections.Immutable;
using Chronicle.Resolution.Coreference;

namespace Chronicle.Resolution.Tests.Coreference;

public sealed class AgglomerativeClusteringTests
{
    private static readonly double[,] Scores =
    {
        { 1, 0.9, 0.8, 0.1 },
        { 0.9, 1, 0.7, 0.2 },
        { 0.8, 0.7, 1, 0.1 },
        { 0.1, 0.2, 0.1, 1 },
    };

    [Fact]
    public void Mentions_join_while_the_mean_score_reaches_the_threshold()
    {
        var clusters = AgglomerativeClustering.Cluster(Scores, 0.5);
        clusters[0].ShouldBe(clusters[1]);
        clusters[0].ShouldBe(clusters[2]);
        clusters[3].ShouldNotBe(clusters[0]);
    }

    [Fact]
    public void Average_link_keeps_apart_what_only_one_pair_links()
    {
        // 2 joins {0 1} at mean (0.8 + 0.7) / 2 = 0.75 < 0.78 although its best link is 0.8.
        var clusters = AgglomerativeClustering.Cluster(Scores, 0.78);
        clusters[0].ShouldBe(clusters[1]);
        clusters[2].ShouldNotBe(clusters[0]);
    }

    [Fact]
    public void Cutting_recorded_merges_equals_clustering_at_that_threshold()
    {
        var merges = AgglomerativeClustering.Merges(Scores, 0.05);
        foreach (var threshold in new[] { 0.1, 0.3, 0.75, 0.78, 0.95 })
        {
            AgglomerativeClustering.Cut(merges, 4, threshold).ShouldBe(AgglomerativeClustering.Cluster(Scores, threshold));
        }
    }

    [Fact]
    public void Complete_link_joins_only_when_every_pair_reaches_the_threshold()
    {
        // At 0.72 average link takes 2 into {0 1} (mean 0.75); complete link does not (its link to 1 is 0.7).
        AgglomerativeClustering.Cluster(Scores, 0.72, Linkage.Average)[2].ShouldBe(0);
        var clusters = AgglomerativeClustering.Cluster(Scores, 0.72, Linkage.Complete);
        clusters[1].ShouldBe(clusters[0]);
        clusters[2].ShouldNotBe(clusters[0]);
        AgglomerativeClustering.Cluster(Scores, 0.7, Linkage.Complete)[2].ShouldBe(clusters[0]);
    }

    [Fact]
    public void Complete_link_cuts_of_recorded_merges_equal_clustering_at_that_threshold()
    {
        var merges = AgglomerativeClustering.Merges(Scores, 0.05, Linkage.Complete);
        foreach (var threshold in new[] { 0.1, 0.3, 0.7, 0.75, 0.95 })
        {
            AgglomerativeClustering.Cut(merges, 4, threshold).ShouldBe(AgglomerativeClustering.Cluster(Scores, threshold, Linkage.Complete));
        }
    }

    [Fact]
    public void A_lone_mention_joins_the_cluster_of_its_best_partner_when_that_link_is_strong()
    {
        // 3 is alone; its best link is 0.2 to 1, so it joins {0 1 2} only when the singleton threshold allows 0.2.
        var clusters = AgglomerativeClustering.Cluster(Scores, 0.5);
        AgglomerativeClustering.AttachSingletons(clusters, Scores, 0.3)[3].ShouldBe(3);
        AgglomerativeClustering.AttachSingletons(clusters, Scores, 0.2)[3].ShouldBe(clusters[1]);
    }

    [Fact]
    public void Neighbour_rescoring_keeps_pairs_of_other_stories_at_zero()
    {
        var scores = (double[,])Scores.Clone();
        scores[0, 3] = scores[3, 0] = 0;
        var weights = Enumerable.Repeat(0.5, NeighbourFeatures.Count).ToImmutableArray();
        var rescored = NeighbourFeatures.Rescore(scores, weights);
        rescored[0, 3].ShouldBe(0);
        rescored[0, 1].ShouldBeGreaterThan(0);
    }
}
