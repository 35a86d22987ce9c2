using System.Collections.Frozen;
using Chronicle.Text.Learning;

namespace Chronicle.Text.Pos;

/// <summary>
/// The word classes (<see cref="WordClusters"/>) a model was trained with, keyed by the hash of the lower-cased word
/// as <see cref="WordFeatures"/> computes it. The model file stores them, so that run time sees the classes training saw
/// and a word the tagged corpus never held still shares weights with the words of its class.
/// </summary>
internal static class PosWordClasses
{
    /// <summary>No classes: every word's class features are the "no class" ones.</summary>
    public static FrozenDictionary<ulong, uint> None { get; } = FrozenDictionary<ulong, uint>.Empty;

    /// <summary>Each word's lower-case hash with its fine class + 1 in the low 16 bits and its coarse class + 1 above.</summary>
    public static FrozenDictionary<ulong, uint> From(WordClusters clusters)
    {
        var classes = new Dictionary<ulong, uint>();
        // Sorted, so that when two spellings share a hash (the quote forms WordFeatures folds) the same one wins on every run.
        foreach (var (word, fine, coarse) in clusters.Entries.OrderBy(e => e.Word, StringComparer.Ordinal))
        {
            // Words that start with a digit all share one lower-case value (WordFeatures), so a class would mean nothing.
            var features = WordFeatures.Of(word);
            if (word.Length > 0 && !char.IsAsciiDigit(word[0]))
            {
                classes.TryAdd(features.Lower, (uint)(fine + 1) | ((uint)(coarse + 1) << 16));
            }
        }

        return classes.ToFrozenDictionary();
    }
}
