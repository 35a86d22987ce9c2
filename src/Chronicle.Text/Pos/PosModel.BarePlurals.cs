using System.Collections.Frozen;

namespace Chronicle.Text.Pos;

/// <summary>
/// A bare plural opening a sentence read as the modifier of a compound (<c>Unions accuse/NN Ryanair of fraud</c>,
/// <c>Critics accuse/IN the government</c>): the tagger sees a lower-case word after a sentence-opening plural as a noun
/// or preposition more often than as a verb. Such a second word, read as a singular noun or a preposition, outside the
/// tag dictionary and the closed class of prepositions, is the plural's present verb when the start of an object follows
/// it (a determiner, possessive, pronoun, number or capitalised word).
/// </summary>
public sealed partial class PosModel
{
    // Prepositions and subordinators (a closed class): after a plural they open a phrase, not an object.
    private static readonly FrozenSet<ulong> Prepositions = Hashes(
        "about", "above", "across", "after", "against", "along", "alongside", "amid", "amidst", "among", "amongst", "around", "as",
        "at", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by", "despite", "down",
        "during", "except", "for", "from", "in", "inside", "into", "like", "near", "nearer", "of", "off", "on", "onto",
        "opposite", "outside", "over", "past", "per", "since", "than", "through", "throughout", "till", "to", "toward",
        "towards", "under", "underneath", "unlike", "until", "up", "upon", "versus", "via", "with", "within", "without",
        "because", "if", "unless", "whether", "while", "whereas", "although", "though", "once", "so", "that", "where", "when",
        "including", "following", "regarding", "concerning", "pending", "worth", "plus", "minus", "abroad", "aboard");

    private void CheckBarePluralSubject(ReadOnlySpan<WordFeatures> context, Span<byte> tags)
    {
        if (tags.Length < 3 || tags[0] != _grammar.Nns || (context[2].Flags & 1) == 0 || (context[3].Flags & 1) != 0
            || !(tags[1] == _grammar.Nn || Tags[tags[1]] == "IN") || Prepositions.Contains(context[3].Lower)
            || _tagDictionary.ContainsKey(context[3].Exact))
        {
            return;
        }

        if ((context[4].Flags & 1) != 0 || (_grammar.ObjectStart[tags[2]] && tags[2] != _grammar.Nns))
        {
            tags[1] = (byte)_grammar.Vbp;
        }
    }
}
