using System.Collections.Immutable;
using System.Globalization;

namespace Chronicle.Resolution.Coreference;

/// <summary>
/// A binary regression tree over dense features: an inner node sends <c>x[Feature] &lt;= Threshold</c> left; a
/// leaf (Feature −1) gives <c>Value</c>. Nodes are stored in an array, the root first.
/// </summary>
/// <param name="Nodes">The nodes.</param>
public sealed record RegressionTree(ImmutableArray<TreeNode> Nodes)
{
    /// <summary>The leaf value reached by <paramref name="features"/>.</summary>
    public double Evaluate(ReadOnlySpan<double> features)
    {
        var node = Nodes[0];
        while (node.Feature >= 0)
        {
            // Compared as the single-precision value the trainer binned.
            node = Nodes[(float)features[node.Feature] <= node.Threshold ? node.Left : node.Right];
        }
        return node.Value;
    }

    /// <summary>Space-separated nodes, each <c>feature:threshold:left:right:value</c>.</summary>
    public string Format() => string.Join(' ', Nodes.Select(n => string.Create(CultureInfo.InvariantCulture,
        $"{n.Feature}:{n.Threshold:R}:{n.Left}:{n.Right}:{n.Value:R}")));

    /// <summary>Reads what <see cref="Format"/> wrote.</summary>
    public static RegressionTree Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var c = CultureInfo.InvariantCulture;
        return new([.. text.Split(' ').Select(t => t.Split(':')).Select(f => new TreeNode(
            int.Parse(f[0], c), double.Parse(f[1], c), int.Parse(f[2], c), int.Parse(f[3], c), double.Parse(f[4], c)))]);
    }
}

/// <summary>One node of a <see cref="RegressionTree"/>.</summary>
/// <param name="Feature">The feature tested, or −1 for a leaf.</param>
/// <param name="Threshold">Values at most this go left.</param>
/// <param name="Left">The index of the left child.</param>
/// <param name="Right">The index of the right child.</param>
/// <param name="Value">A leaf's output.</param>
public readonly record struct TreeNode(int Feature, double Threshold, int Left, int Right, double Value);
