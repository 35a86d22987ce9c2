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
}
