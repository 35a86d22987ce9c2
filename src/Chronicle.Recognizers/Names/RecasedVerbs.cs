namespace Chronicle.Recognizers.Names;

/// <summary>
/// Recased wire copy capitalises the word after a dotted abbreviation (<c>The U.S. Said Iranians used...</c>), and the
/// name tagger, reading capitals, runs a name over it (<c>U.S. Said Iranians</c>). A word the part-of-speech tagger
/// reads as a verb there is no part of a name, inside one or at its start: the name is cut around it.
/// </summary>
internal static class RecasedVerbs
{
    /// <summary>The names, each cut around a verb that follows a dotted abbreviation inside it, in text order.</summary>
    public static List<NameSpan> Cut(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<string> posTags, List<NameSpan> names)
    {
        if (posTags.Length != tokens.Length)
        {
            return names;
        }

        var cut = new List<NameSpan>(names.Count);
        foreach (var name in names)
        {
            var first = name.First;
            var end = name.First + name.Count;
            for (var k = Math.Max(first, 1); k < end; k++)
            {
                if (posTags[k].StartsWith("VB", StringComparison.Ordinal) && DottedAbbreviation(text, tokens[k - 1]))
                {
                    if (k > first)
                    {
                        cut.Add(name with { First = first, Count = k - first });
                    }

                    first = k + 1;
                }
            }

            if (first < end)
            {
                cut.Add(name with { First = first, Count = end - first });
            }
        }

        return cut;
    }

    // `U.S.`, `U.K.`: single capitals, each followed by a period.
    private static bool DottedAbbreviation(string text, Token token)
    {
        var word = text.AsSpan(token.Span.Start, token.Span.Length);
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
