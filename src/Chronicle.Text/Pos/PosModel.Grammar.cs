using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Chronicle.Text.Pos;

/// <summary>
/// Checks of English verb and noun forms over a tagged sentence, for models with a lexicon (format 3). The training
/// corpus's automatic tags make a past form with an object a participle often enough ("Police arrested/VBN the man")
/// that the word's own weights win over the context, so the grammar decides where it leaves no choice.
/// </summary>
public sealed partial class PosModel
{
    private static readonly int PastBit = 1 << PosLexicon.Tags.IndexOf("VBD");

    // "a" or "an" opens a singular noun phrase, unless a quantifier makes it plural ("a few protesters remain").
    private static readonly FrozenSet<ulong> SingularArticles = Hashes("a", "an");
    private static readonly FrozenSet<ulong> Quantifiers = Hashes("few", "dozen", "couple", "handful", "great");
    private static readonly FrozenSet<ulong> Conjunctions = Hashes("and", "or");
    private static readonly ulong EdEnding = WordFeatures.Of("ed").Suffix2;
    private static readonly int ParticipleBit = 1 << PosLexicon.Tags.IndexOf("VBN");

    /// <summary>The tag numbers the checks read; -1 for a tag the tag set lacks.</summary>
    private sealed record GrammarTags(
        int Vbn, int Vbd, int Vb, int Vbp, int Nn, int Nns, int Jj, int Rb, ImmutableArray<bool> Subject, ImmutableArray<bool> Singular,
        ImmutableArray<bool> ObjectStart, ImmutableArray<bool> Modifier, ImmutableArray<bool> Proper, ImmutableArray<bool> NoNamePart)
    {
        public static GrammarTags Of(ImmutableArray<string> tags) => new(
            tags.IndexOf("VBN"), tags.IndexOf("VBD"), tags.IndexOf("VB"), tags.IndexOf("VBP"), tags.IndexOf("NN"), tags.IndexOf("NNS"), tags.IndexOf("JJ"), tags.IndexOf("RB"),
            [.. tags.Select(t => t is "NN" or "NNS" or "NNP" or "NNPS" or "PRP")],
            [.. tags.Select(t => t is "NN" or "NNP")],
            [.. tags.Select(t => t is "DT" or "PRP$" or "PRP" or "CD" or "NNS")],
            [.. tags.Select(t => t is "JJ" or "JJR" or "JJS" or "NN" or "NNS" or "NNP" or "NNPS" or "VBN" or "VBG")],
            [.. tags.Select(t => t is "NNP" or "NNPS")],
            [.. tags.Select(t => t is "VBD" or "VBZ" or "MD" or "IN" or "TO" or "CC" or "DT" or "PRP" or "WDT")]);
    }

    /// <summary>
    /// Checks a tagged sentence: a base form right after a plural noun in a noun phrase that "a" or "an" opens is the
    /// phrase's head noun ("according to a local rights monitor": "a ... rights" is no subject); a participle with no "be" or "have" before it, between a noun phrase and the start of
    /// its object (a determiner, possessive, pronoun, number or plural noun: "the court convicted four men"), is a past
    /// tense; so is a base form after a singular noun, with no modal or "to" before it, that the lexicon also lists as
    /// a past form ("the government cut mobile internet": the present would be "cuts").
    /// </summary>
    internal void Check(ReadOnlySpan<WordFeatures> context, Span<byte> tags)
    {
        if (_lexicon.Count == 0)
        {
            return;
        }

        for (var i = 1; i < tags.Length; i++)
        {
            var tag = tags[i];
            if (tag == _grammar.Rb || tag == _grammar.Jj)
            {
                CheckCoordinated(context, tags, i);
                continue;
            }

            if (!_grammar.Subject[tags[i - 1]] || (tag != _grammar.Vbn && tag != _grammar.Vb && tag != _grammar.Vbp))
            {
                continue;
            }

            var auxiliary = Auxiliaries.Before(context, i) >> 2;
            if (tag != _grammar.Vbn && tags[i - 1] == _grammar.Nns && OpenedByArticle(context, tags, i - 1))
            {
                tags[i] = (byte)_grammar.Nn;
            }
            else if (tag == _grammar.Vbn)
            {
                if (auxiliary is not (Auxiliaries.Be or Auxiliaries.Have) && i + 1 < tags.Length && _grammar.ObjectStart[tags[i + 1]])
                {
                    tags[i] = (byte)_grammar.Vbd;
                }
            }
            else if (_grammar.Singular[tags[i - 1]] && auxiliary != Auxiliaries.Modal && (context[i + 2].Lexicon & PastBit) != 0)
            {
                tags[i] = (byte)_grammar.Vbd;
            }
        }
    }

    /// <summary>
    /// "had been bent and abused", "after being tortured and abused": an adverb or adjective coordinated with a
    /// participle after "be" or "have" is a participle too, when it can be one (an adverb always; an adjective when it
    /// ends in -ed or the lexicon lists it as a participle: "was happy and relieved" keeps its adjective).
    /// </summary>
    private void CheckCoordinated(ReadOnlySpan<WordFeatures> context, Span<byte> tags, int i)
    {
        var word = context[i + 2];
        if (i + 2 < tags.Length && tags[i + 2] == _grammar.Vbn && Conjunctions.Contains(context[i + 3].Lower)
            && (tags[i] == _grammar.Rb || word.Suffix2 == EdEnding || (word.Lexicon & ParticipleBit) != 0)
            && (Auxiliaries.Before(context, i) >> 2) is Auxiliaries.Be or Auxiliaries.Have)
        {
            tags[i] = (byte)_grammar.Vbn;
        }
    }

    /// <summary>Whether the modifiers before the token at <paramref name="last"/> start with a singular article and no quantifier.</summary>
    private bool OpenedByArticle(ReadOnlySpan<WordFeatures> context, ReadOnlySpan<byte> tags, int last)
    {
        var first = last;
        while (first > 0 && _grammar.Modifier[tags[first - 1]])
        {
            first--;
        }

        return first > 0 && SingularArticles.Contains(context[first + 1].Lower)
            && !(first < last && Quantifiers.Contains(context[first + 2].Lower));
    }

    private static FrozenSet<ulong> Hashes(params string[] words) => words.Select(w => WordFeatures.Of(w).Lower).ToFrozenSet();
}
