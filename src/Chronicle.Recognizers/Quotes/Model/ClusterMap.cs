using System.Collections.Frozen;
using Chronicle.Text.Learning;

namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// The word classes the taggers were trained with (<see cref="WordClusters"/>), keyed by the hash of the lower-cased
/// word as <see cref="TokenFacts"/> computes it and stored in the model, so that run time sees the classes training saw.
/// </summary>
internal sealed class ClusterMap(FrozenDictionary<ulong, uint> classes)
{
    public static ClusterMap Empty { get; } = new(FrozenDictionary<ulong, uint>.Empty);

    /// <summary>Each word hash with its fine class + 1 in the low 16 bits and its coarse class + 1 in the high 16.</summary>
    public FrozenDictionary<ulong, uint> Classes { get; } = classes;

    public static ClusterMap From(WordClusters clusters) => new(clusters.Entries.ToFrozenDictionary(
        e => TokenFacts.Hash(e.Word), e => (uint)(e.Class + 1) | ((uint)(e.Coarse + 1) << 16)));

    /// <summary>The packed classes of a word hash; 0 (no class) for a word the clusters do not hold.</summary>
    public uint Of(ulong wordHash) => Classes.TryGetValue(wordHash, out var packed) ? packed : 0;
}
