using System.Collections.Frozen;

namespace Chronicle.Text.Pos;

/// <summary>
/// A quantifier floated between <c>have</c> and its participle (<c>have both vowed</c>, <c>have all signed</c>) leaves
/// the participle after a determiner, where the tagger reads a word in -ed as an adjective. After <c>have</c> and a
/// floated <c>all</c>, <c>both</c> or <c>each</c>, a word in -ed tagged as an adjective is a participle.
/// </summary>
public sealed partial class PosModel
{
    private static readonly FrozenSet<ulong> Have = Hashes("have", "has", "had", "'ve", "’ve");
    private static readonly FrozenSet<ulong> Floated = Hashes("all", "both", "each");

    private void CheckFloatedQuantifiers(ReadOnlySpan<WordFeatures> context, Span<byte> tags)
    {
        for (var i = 2; i < tags.Length; i++)
        {
            if (tags[i] == _grammar.Jj && context[i + 2].Suffix2 == EdEnding && Floated.Contains(context[i + 1].Lower)
                && Have.Contains(context[i].Lower))
            {
                tags[i] = (byte)_grammar.Vbn;
            }
        }
    }
}
