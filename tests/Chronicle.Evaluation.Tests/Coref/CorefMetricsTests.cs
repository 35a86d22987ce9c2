using Chronicle.Evaluation.Coref;

namespace Chronicle.Evaluation.Tests.Coref;

public sealed class CorefMetricsTests
{
    // The worked example of Pradhan et al. (2014), "Scoring coreference partitions of predicted mentions: a reference
    // implementation", section 3: key {a b c} {d e f g}, response {a b} {c d} {f g h i}.
    private static readonly IReadOnlyCollection<string>[] Key = [["a", "b", "c"], ["d", "e", "f", "g"]];
    private static readonly IReadOnlyCollection<string>[] Response = [["a", "b"], ["c", "d"], ["f", "g", "h", "i"]];

    [Fact]
    public void Muc_counts_links_as_in_the_reference_paper()
    {
        // Recall ((3 - 2) + (4 - 3)) / ((3 - 1) + (4 - 1)) = 2/5; precision ((2 - 1) + (2 - 2) + (4 - 3)) / (1 + 1 + 3) = 2/5.
        var muc = CorefMetrics.Muc(Key, Response);
        muc.Recall.ShouldBe(0.4, 1e-12);
        muc.Precision.ShouldBe(0.4, 1e-12);
    }

    [Fact]
    public void BCubed_weighs_each_mention_as_in_the_reference_paper()
    {
        // Recall (2²/3 + 1²/3 + 1²/4 + 2²/4) / 7 = 35/84; precision (2²/2 + 1²/2 + 1²/2 + 2²/4) / 8 = 4/8.
        var b3 = CorefMetrics.BCubed(Key, Response);
        b3.Recall.ShouldBe(35.0 / 84, 1e-12);
        b3.Precision.ShouldBe(0.5, 1e-12);
    }

    [Fact]
    public void CeafE_aligns_clusters_one_to_one_as_in_the_reference_paper()
    {
        // Best alignment: {a b c}~{a b} (2·2/5 = 0.8) and {d e f g}~{f g h i} (2·2/8 = 0.5): 1.3 over 2 key and 3 response clusters.
        var ceaf = CorefMetrics.CeafE(Key, Response);
        ceaf.Recall.ShouldBe(0.65, 1e-12);
        ceaf.Precision.ShouldBe(1.3 / 3, 1e-12);
    }

    [Fact]
    public void Identical_partitions_score_one_everywhere_except_muc_on_singletons()
    {
        IReadOnlyCollection<int>[] clusters = [[1, 2, 3], [4], [5, 6]];
        var scores = CorefMetrics.Score(clusters, clusters);
        scores.Muc.F1.ShouldBe(1, 1e-12);
        scores.BCubed.F1.ShouldBe(1, 1e-12);
        scores.CeafE.F1.ShouldBe(1, 1e-12);
        scores.ConllF1.ShouldBe(1, 1e-12);
    }

    [Fact]
    public void Merging_singletons_into_one_cluster_gives_no_muc_credit_and_a_third_of_b3_precision()
    {
        IReadOnlyCollection<int>[] key = [[1], [2], [3]];
        IReadOnlyCollection<int>[] response = [[1, 2, 3]];
        var scores = CorefMetrics.Score(key, response);
        scores.Muc.F1.ShouldBe(0);
        scores.BCubed.Recall.ShouldBe(1, 1e-12);
        scores.BCubed.Precision.ShouldBe(1.0 / 3, 1e-12);
        // One singleton aligns with the big cluster: 2·1/(1 + 3) = 0.5.
        scores.CeafE.Recall.ShouldBe(0.5 / 3, 1e-12);
        scores.CeafE.Precision.ShouldBe(0.5, 1e-12);
    }

    [Fact]
    public void A_mention_missing_from_the_response_counts_as_a_singleton_there()
    {
        IReadOnlyCollection<string>[] key = [["a", "b", "c"]];
        IReadOnlyCollection<string>[] response = [["a", "b"]];
        // Key partitions: {a b} and {c}: (3 - 2) / (3 - 1).
        CorefMetrics.Muc(key, response).Recall.ShouldBe(0.5, 1e-12);
        CorefMetrics.Muc(key, response).Precision.ShouldBe(1, 1e-12);
        CorefMetrics.BCubed(key, response).Recall.ShouldBe(4.0 / 3 / 3, 1e-12);
    }

    [Fact]
    public void Conll_f1_is_the_mean_of_the_three_f1s()
    {
        var scores = CorefMetrics.Score(Key, Response);
        scores.ConllF1.ShouldBe((scores.Muc.F1 + scores.BCubed.F1 + scores.CeafE.F1) / 3, 1e-12);
    }

    [Fact]
    public void A_mention_in_two_clusters_is_rejected() =>
        Should.Throw<ArgumentException>(() => CorefMetrics.Muc<int>([[1, 2], [2]], [[1, 2]]));
}
