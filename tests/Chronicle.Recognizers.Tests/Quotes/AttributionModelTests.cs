using System.Collections.Frozen;
using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Testing;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class AttributionModelTests
{
    [Fact]
    public void Committed_model_survives_a_save_and_load()
    {
        var model = AttributionModel.Load(Path.Combine(RepositoryPaths.Root, "data", "quotes", "attribution.bin.gz"));
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var reloaded = AttributionModel.Load(stream);
        reloaded.Version.ShouldBe(model.Version);
        reloaded.FeatureCount.ShouldBe(model.FeatureCount);
        reloaded.CueMargin.ShouldBe(model.CueMargin);
        reloaded.OpenCandidates.ShouldBe(model.OpenCandidates);
        reloaded.RequireSource.ShouldBe(model.RequireSource);
        reloaded.HasFilter.ShouldBe(model.HasFilter);
        reloaded.CandidateMargin.ShouldBe(model.CandidateMargin);
        reloaded.FilterThreshold.ShouldBe(model.FilterThreshold);
        reloaded.ContinuationCount.ShouldBe(model.ContinuationCount);
        model.ContinuationCount.ShouldBeGreaterThan(0);
        reloaded.CutCount.ShouldBe(model.CutCount);
        model.CutCount.ShouldBeGreaterThan(0);
        reloaded.CueNounCount.ShouldBe(model.CueNounCount);
        model.CueNounCount.ShouldBeGreaterThan(0);
        reloaded.ClusterWordCount.ShouldBe(model.ClusterWordCount);
        model.ClusterWordCount.ShouldBeGreaterThan(30_000);
        reloaded.RateCount.ShouldBe(model.RateCount);
        model.RateCount.ShouldBeGreaterThan(1_000);
        reloaded.ExactRoles.ShouldBe(model.ExactRoles);
        model.ExactRoles.ShouldBeTrue();
        reloaded.ExactCues.ShouldBe(model.ExactCues);
        model.ExactCues.ShouldBeTrue();
        reloaded.GroupFeatureCount.ShouldBe(model.GroupFeatureCount);
        model.GroupFeatureCount.ShouldBeGreaterThan(1_000);
        reloaded.Groups!.Threshold.ShouldBe(model.Groups!.Threshold);
    }

    [Fact]
    public void The_exact_role_decoding_flag_survives_a_save_and_load()
    {
        var weights = new LinearWeights(2, [1UL], [0.5f, -0.5f]);
        foreach (var exact in new[] { false, true })
        {
            var model = new AttributionModel("test", weights, weights).WithExactRoles(exact);
            using var stream = new MemoryStream();
            model.Save(stream);
            stream.Position = 0;
            var reloaded = AttributionModel.Load(stream);
            reloaded.ExactRoles.ShouldBe(exact);
            reloaded.WithCueMargin(3).ExactRoles.ShouldBe(exact);
        }
    }

    [Fact]
    public void The_exact_cue_decoding_flag_survives_a_save_and_load_and_other_settings()
    {
        var weights = new LinearWeights(2, [1UL], [0.5f, -0.5f]);
        foreach (var exact in new[] { false, true })
        {
            var model = new AttributionModel("test", weights, weights).WithExactRoles(true).WithExactCues(exact);
            using var stream = new MemoryStream();
            model.Save(stream);
            stream.Position = 0;
            var reloaded = AttributionModel.Load(stream);
            reloaded.ExactCues.ShouldBe(exact);
            reloaded.ExactRoles.ShouldBeTrue();
            reloaded.WithCueMargin(3).ExactCues.ShouldBe(exact);
            reloaded.WithFilter(weights, -5, 1).WithExactRoles(true).ExactCues.ShouldBe(exact);
        }
    }

    [Fact]
    public void A_filter_and_its_settings_survive_a_save_and_load()
    {
        var weights = new LinearWeights(2, [1UL, 2UL], [0.5f, -0.5f, 1f, 2f]);
        var model = new AttributionModel("test", weights, weights).WithFilter(weights, -5, 1.5f);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var reloaded = AttributionModel.Load(stream);
        reloaded.HasFilter.ShouldBeTrue();
        reloaded.CandidateMargin.ShouldBe(-5);
        reloaded.FilterThreshold.ShouldBe(1.5f);
        reloaded.FeatureCount.ShouldBe(4);
        reloaded.WithoutFilter().HasFilter.ShouldBeFalse();
    }

    [Fact]
    public void Word_classes_survive_a_save_and_load_and_reach_the_token_facts()
    {
        var weights = new LinearWeights(2, [1UL], [0.5f, -0.5f]);
        var clusters = new ClusterMap(new Dictionary<ulong, uint> { [TokenFacts.Hash("argued")] = 8 | (3 << 16) }.ToFrozenDictionary());
        var model = new AttributionModel("test", weights, weights).WithClusters(clusters);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var reloaded = AttributionModel.Load(stream);

        reloaded.ClusterWordCount.ShouldBe(1);
        reloaded.Clusters.Of(TokenFacts.Hash("argued")).ShouldBe(8u | (3u << 16));
        reloaded.Clusters.Of(TokenFacts.Hash("table")).ShouldBe(0u);
    }

    [Fact]
    public void Lemmas_that_head_cues_in_training_are_noun_candidates()
    {
        var model = AttributionModel.Load(Path.Combine(RepositoryPaths.Root, "data", "quotes", "attribution.bin.gz"));
        // `claims`, `reported`: the noun of a lemma that often heads a cue is scored as a cue too.
        model.Nouns.Contains(TokenFacts.Hash("claim")).ShouldBeTrue();
        model.Nouns.Contains(TokenFacts.Hash("report")).ShouldBeTrue();
        model.Nouns.Contains(TokenFacts.Hash("table")).ShouldBeFalse();
    }

    [Fact]
    public void Cue_rates_rank_lemmas_by_how_often_they_head_cues_and_survive_a_save_and_load()
    {
        var counts = new Dictionary<ulong, (double Heads, double Seen)>
        {
            [CueRates.LemmaKey(TokenFacts.Hash("contend"))] = (12, 40),
            [CueRates.LemmaKey(TokenFacts.Hash("table"))] = (0, 300),
            [CueRates.LemmaKey(TokenFacts.Hash("muse"))] = (1, 1),
            [CueRates.ClassKey(7)] = (30, 200),
        };
        var rates = CueRates.From([counts]);
        var contend = rates.OfLemma(TokenFacts.Hash("contend"));
        var table = rates.OfLemma(TokenFacts.Hash("table"));
        var muse = rates.OfLemma(TokenFacts.Hash("muse"));
        // Seen often, so in the upper half (+ 8); a word seen once keeps to the lower half whatever its rate.
        contend.ShouldBeGreaterThan((byte)8);
        table.ShouldBeGreaterThan((byte)8);
        (contend - 8).ShouldBeGreaterThan(table - 8);
        muse.ShouldBeInRange((byte)1, (byte)8);
        rates.OfLemma(TokenFacts.Hash("unseen")).ShouldBe((byte)0);
        rates.OfClass(7).ShouldBeGreaterThan((byte)0);
        rates.OfClass(0).ShouldBe((byte)0);

        var weights = new LinearWeights(2, [1UL], [0.5f, -0.5f]);
        using var stream = new MemoryStream();
        new AttributionModel("test", weights, weights).WithRates(rates).Save(stream);
        stream.Position = 0;
        var reloaded = AttributionModel.Load(stream);
        reloaded.RateCount.ShouldBe(4);
        reloaded.Rates.OfLemma(TokenFacts.Hash("contend")).ShouldBe(contend);
    }
}
