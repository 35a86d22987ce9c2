using Chronicle.Text.Pos;

namespace Chronicle.Recognizers.Names;

/// <summary>
/// Recased wire copy capitalises the word after a dotted abbreviation (<c>The U.S. Said Iranians used...</c>), and the
/// name tagger, reading capitals, runs a name over it (<c>U.S. Said Iranians</c>). A word the part-of-speech tagger
/// reads as a verb there is no part of a name, inside one or at its start: the name is cut around it. So is a
/// headline's capitalised verb of speech (<c>Lindsey Graham Says</c>).
/// </summary>
internal static class RecasedVerbs
{
    // Headlines capitalise every word, so a speaker's verb after a name reads as part of it (`..., Lindsey Graham Says`):
    // these capitalised verb forms of speech end no name (`North East Says No` has one inside).
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadlineVerbs =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["Says", "Tells", "Warns", "Urges", "Insists", "Admits", "Denies", "Vows", "Predicts", "Suggests", "Argues"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

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
            for (var k = first; k < end; k++)
            {
                if ((k >= 1 && posTags[k].StartsWith("VB", StringComparison.Ordinal) && PosModel.DottedAbbreviation(text.AsSpan(tokens[k - 1].Span.Start, tokens[k - 1].Span.Length)))
                    || (k == end - 1 && k > first && HeadlineVerbs.Contains(text.AsSpan(tokens[k].Span.Start, tokens[k].Span.Length))))
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
}
