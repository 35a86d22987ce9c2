using Chronicle.Resolution.Coreference;

namespace Chronicle.Resolution.Tests.Coreference;

public sealed class TreeBoosterTests
{
    [Fact]
    public void Trees_learn_a_conjunction_that_a_linear_score_cannot()
    {
        // Label 1 exactly when both features are 1 or neither is: XOR-like, no linear margin separates it. The four
        // cells differ in size, so the first greedy split has something to gain.
        var rows = new List<(float A, float B, byte Label)>();
        for (var i = 0; i < 600; i++)
        {
            var a = i % 2 == 0 ? 0f : 1f;
            var b = i % 3 == 0 ? 1f : 0f;
            rows.Add((a, b, a == b ? (byte)1 : (byte)0));
        }
        var features = rows.SelectMany(r => new[] { r.A, r.B }).ToArray();
        var labels = rows.Select(r => r.Label).ToArray();
        var trees = new TreeBooster(depth: 2, rate: 0.3, minimumHessian: 1).Fit(features, labels, new double[labels.Length], 2, 30);

        double Score(double a, double b) => trees.Sum(t => t.Evaluate([a, b]));
        Score(0, 0).ShouldBeGreaterThan(1);
        Score(1, 1).ShouldBeGreaterThan(1);
        Score(0, 1).ShouldBeLessThan(-1);
        Score(1, 0).ShouldBeLessThan(-1);
    }

    [Fact]
    public void A_tree_reads_back_what_it_wrote()
    {
        var tree = new RegressionTree([new TreeNode(1, 0.25, 1, 2, 0), new TreeNode(-1, 0, 0, 0, -0.5), new TreeNode(-1, 0, 0, 0, 0.75)]);
        var copy = RegressionTree.Parse(tree.Format());
        copy.Nodes.ShouldBe(tree.Nodes);
        copy.Evaluate([9, 0.1]).ShouldBe(-0.5);
        copy.Evaluate([9, 0.3]).ShouldBe(0.75);
    }
}
