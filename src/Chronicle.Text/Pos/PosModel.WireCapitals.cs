namespace Chronicle.Text.Pos;

/// <summary>
/// Wire copy that was once all capitals and then recased keeps a capital on the word after a dotted abbreviation
/// (<c>the U.S. Said Iranians</c>, <c>Senior U.S. Officials have</c>, <c>Monday's U.S. Attack</c>). Inside a sentence
/// such a word is read in lower case when it is a common word: its entry in the tag dictionary, or else the model's
/// own weights for the word case aside, favour a tag other than a proper noun's. A name keeps its capital (<c>the U.S.
/// Congress</c>, <c>U.S. Navy</c>: the corpus tags the capitalised form as one), and so does a word it never saw.
/// </summary>
public sealed partial class PosModel
{
    private const int MaxFoldedLength = 32;

    private void ReadWireCapitals(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<WordFeatures> context)
    {
        Span<char> lower = stackalloc char[MaxFoldedLength];
        Span<float> scores = stackalloc float[Tags.Length];
        for (var i = 1; i < tokens.Length; i++)
        {
            var word = text[tokens[i].Span.Start..tokens[i].Span.End];
            if (word.Length > MaxFoldedLength || !Capitalised(word) || !DottedAbbreviation(text[tokens[i - 1].Span.Start..tokens[i - 1].Span.End]))
            {
                continue;
            }

            // A capitalised form the corpus always tags as a name is one (`Congress`, `Senate`).
            if (_tagDictionary.TryGetValue(context[i + 2].Exact, out var asWritten) && _grammar.Proper[asWritten])
            {
                continue;
            }

            word.ToLowerInvariant(lower);
            var folded = WordFeatures.Of(lower[..word.Length]);
            if (CommonTag(folded, scores) is { } tag && !_grammar.Proper[tag])
            {
                context[i + 2] = Enriched(folded, _classes, _profiles, _lexicon);
            }
        }
    }

    // The tag the training corpus gave the word, case aside: the tag dictionary's, else the best of the word's own
    // weights; null for a word it never saw.
    private int? CommonTag(in WordFeatures word, Span<float> scores)
    {
        if (_tagDictionary.TryGetValue(word.Exact, out var known))
        {
            return known;
        }

        scores.Clear();
        _weights.Score(PosFeatures.Word(word), scores);
        var best = 0;
        for (var t = 1; t < scores.Length; t++)
        {
            best = scores[t] > scores[best] ? t : best;
        }

        return scores[best] > 0 ? best : null;
    }

    // `Said`, `Officials`: a capital, then lower-case letters only.
    private static bool Capitalised(ReadOnlySpan<char> word) =>
        word.Length > 1 && char.IsAsciiLetterUpper(word[0]) && !word[1..].ContainsAnyExceptInRange('a', 'z');

    // `U.S.`, `U.K.`, `U.N.`: single capitals, each followed by a period.
    private static bool DottedAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k += 2)
        {
            if (!char.IsAsciiLetterUpper(word[k]) || word[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
