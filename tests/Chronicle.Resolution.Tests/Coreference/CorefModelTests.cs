using System.Collections.Immutable;
using Chronicle.Resolution.Coreference;

namespace Chronicle.Resolution.Tests.Coreference;

public sealed class CorefModelTests
{
    [Fact]
    public void A_saved_model_loads_with_the_same_weights_threshold_and_pairs()
    {
        var pairs = new LemmaPairTable();
        pairs.Add("kill", "shoot", true, 4);
        pairs.Add("kill", "shoot", false, 2);
        var weights = Enumerable.Range(0, CorefTrainer.FeatureCount).Select(i => i * 0.25 - 1).ToImmutableArray();
        var tree = new RegressionTree([new TreeNode(0, 0.5, 1, 2, 0), new TreeNode(-1, 0, 0, 0, -1), new TreeNode(-1, 0, 0, 0, 1)]);
        var neighbours = Enumerable.Range(0, NeighbourFeatures.Count).Select(i => i * 0.5).ToImmutableArray();
        var model = new CorefModel(weights, 0.35, pairs)
        {
            DocumentThreshold = 0.18,
            SplitStories = true,
            Trees = [tree],
            Linkage = Linkage.Complete,
            SingletonThreshold = 0.6,
            NeighbourWeights = neighbours,
        };
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = CorefModel.Load(path);
            loaded.Weights.ShouldBe(weights);
            loaded.Threshold.ShouldBe(0.35);
            loaded.DocumentThreshold.ShouldBe(0.18);
            loaded.SplitStories.ShouldBeTrue();
            loaded.Linkage.ShouldBe(Linkage.Complete);
            loaded.SingletonThreshold.ShouldBe(0.6);
            loaded.NeighbourWeights.ShouldBe(neighbours);
            loaded.Trees.Single().Nodes.ShouldBe(tree.Nodes);
            loaded.Pairs.LogOdds("shoot", "kill").ShouldBe(pairs.LogOdds("kill", "shoot"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Two_reports_of_one_event_corefer_and_a_look_alike_does_not()
    {
        // Invented sentences: two reports of one strike, and a strike elsewhere years before.
        CorefMention M(string document, string trigger, string sentence, string place, string time) => new(
            document, 1, [trigger], [.. sentence.Split(' ')], ["workers"], [time], [place]);
        var mentions = new[]
        {
            M("a", "strike", "dock workers began a strike in Porto on Monday", "Porto", "Monday"),
            M("b", "strike", "a strike by dock workers halted Porto on Monday", "Porto", "Monday"),
            M("c", "walkout", "teachers staged a walkout in Quito in 2009", "Quito", "2009"),
        };
        var documents = new Dictionary<string, IReadOnlyList<string>>
        {
            ["a"] = [.. "dock workers began a strike in Porto on Monday over pay".Split(' ')],
            ["b"] = [.. "a strike by dock workers halted Porto on Monday ships waited".Split(' ')],
            ["c"] = [.. "teachers staged a walkout in Quito in 2009 over pensions".Split(' ')],
        };
        var lemmatizer = new EnglishLemmatizer();
        var model = CorefModel.Load(Path.Combine(Chronicle.Testing.RepositoryPaths.Root, "data", "coref", "event-coref.tsv.gz"));
        var clusters = new EventCoreference(model, lemmatizer).Cluster(mentions, documents, new TermVectors(documents.Values, lemmatizer));
        clusters[0].ShouldBe(clusters[1]);
        clusters[2].ShouldNotBe(clusters[0]);
    }
}
