namespace Chronicle.Text.Pos;

/// <summary>
/// Wire copy that was once all capitals and then recased keeps a capital on the word after a dotted abbreviation
/// (<c>the U.S. Said Iranians</c>, <c>Senior U.S. Officials have</c>, <c>Monday's U.S. Attack</c>). A document is read
/// as recased when such a capital stands on a word no name is made of (a finite verb or a function word:
/// <c>U.S. Said</c>, <c>the U.S. Over trade</c>); in it, such a word is read in lower case when it is a common word: its
/// entry in the tag dictionary, or else the model's own weights for the word case aside, favour a tag other than a proper
/// noun's. A name keeps its capital (<c>the U.S. Congress</c>: the corpus tags the capitalised form as one), and so does
/// a word the corpus never saw; in a document cased as written, <c>U.S. Open</c> and <c>U.S. Treasury</c> are names.
/// </summary>
public sealed partial class PosModel
{
    private const int MaxFoldedLength = 32;

    /// <summary>
    /// Whether the text is recased wire copy: a word after a dotted abbreviation is capitalised though it is a finite
    /// verb or a function word (<c>the U.S. Said</c>, <c>the U.S. To help</c>).
    /// </summary>
    public bool IsRecased(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        Span<char> lower = stackalloc char[MaxFoldedLength];
        Span<float> scores = stackalloc float[Tags.Length];
        for (var i = 1; i < tokens.Length; i++)
        {
            if (CommonTagAfterAbbreviation(text, tokens, i, lower, scores, out _) is { } tag && _grammar.NoNamePart[tag])
            {
                return true;
            }
        }

        return false;
    }

    private void ReadWireCapitals(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<WordFeatures> context)
    {
        Span<char> lower = stackalloc char[MaxFoldedLength];
        Span<float> scores = stackalloc float[Tags.Length];
        for (var i = 1; i < tokens.Length; i++)
        {
            if (CommonTagAfterAbbreviation(text, tokens, i, lower, scores, out var folded) is { } tag && !_grammar.Proper[tag])
            {
                context[i + 2] = Enriched(folded, _classes, _profiles, _lexicon);
            }
        }
    }

    // The common tag of a capitalised word after a dotted abbreviation, read in lower case (with its features), or null
    // when the token is no such word, its capitalised form is a name's (`Congress`, `Senate`) or the corpus never saw it.
    private int? CommonTagAfterAbbreviation(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, Span<char> lower, Span<float> scores, out WordFeatures folded)
    {
        folded = default;
        var word = text[tokens[i].Span.Start..tokens[i].Span.End];
        if (word.Length > MaxFoldedLength || !Capitalised(word) || !DottedAbbreviation(text[tokens[i - 1].Span.Start..tokens[i - 1].Span.End])
            || (_tagDictionary.TryGetValue(WordFeatures.Of(word).Exact, out var asWritten) && _grammar.Proper[asWritten]))
        {
            return null;
        }

        word.ToLowerInvariant(lower);
        folded = WordFeatures.Of(lower[..word.Length]);
        return CommonTag(folded, scores);
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

    /// <summary>True for <c>U.S.</c>, <c>U.K.</c>, <c>U.N.</c>: single capitals, each followed by a period.</summary>
    public static bool DottedAbbreviation(ReadOnlySpan<char> word)
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
