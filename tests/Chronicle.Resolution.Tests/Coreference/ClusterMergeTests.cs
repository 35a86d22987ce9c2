using System.Collections.Immutable;
using Chronicle.Resolution.Coreference;

namespace Chronicle.Resolution.Tests.Coreference;

public sealed class ClusterMergeTests
{
    // Four invented mentions: {0 1} and {2} share a participant word ("Okafor"), {3} shares nothing.
    private static readonly CorefMention[] Mentions =
    [
        new("a", 1, ["arrested"], ["police", "arrested", "Dana", "Okafor"], ["Dana", "Okafor"], [], []),
        new("b", 1, ["arrest"], ["the", "arrest", "of", "Okafor"], ["Okafor"], [], []),
        new("c", 1, ["detained"], ["Okafor", "was", "detained"], ["Okafor"], [], []),
        new("d", 1, ["detained"], ["a", "miner", "was", "detained"], ["miner"], [], []),
    ];

    private static readonly double[,] Scores =
    {
        { 1, 0.9, 0.3, 0.3 },
        { 0.9, 1, 0.3, 0.3 },
        { 0.3, 0.3, 1, 0.3 },
        { 0.3, 0.3, 0.3, 1 },
    };

    // Weights that join two clusters only when they share a participant.
    private static readonly ImmutableArray<double> Weights =
        [.. ClusterMerge.Names.Select(n => n switch { "bias" => -2.0, "participants_shared" => 4.0, _ => 0.0 })];

    [Fact]
    public void Clusters_sharing_a_participant_join_and_the_others_stay_apart()
    {
        var merged = ClusterMerge.Merge([0, 0, 2, 3], Scores, Mentions, new EnglishLemmatizer(), Weights, 0.5);
        merged[2].ShouldBe(merged[0]);
        merged[1].ShouldBe(merged[0]);
        merged[3].ShouldBe(3);
    }

    [Fact]
    public void Clusters_of_different_stories_are_never_scored()
    {
        var apart = (double[,])Scores.Clone();
        for (var i = 0; i < 2; i++)
        {
            apart[i, 2] = apart[2, i] = 0;
        }
        var pairs = new List<(int, int)>();
        ClusterMerge.ForEachPair([0, 0, 2, 3], apart, Mentions, new EnglishLemmatizer(), (a, b, _) => pairs.Add((a, b)));
        pairs.ShouldBe([(0, 3), (2, 3)]);
        ClusterMerge.Merge([0, 0, 2, 3], apart, Mentions, new EnglishLemmatizer(), Weights, 0.5)[2].ShouldBe(2);
    }
}
