namespace Chronicle.Recognizers.Names;

/// <summary>
/// Arabic family names after a person's given names: <c>Abdel Fattah al-Burhan</c>, <c>Ali al-Sistani</c>,
/// <c>Mohammed bin Salman</c>. The tagger, trained on Reuters text where such names are rare, often stops at the
/// lower-case particle and types what follows apart (<c>al-Burhan</c> MISC); the particle joins them into one person.
/// </summary>
internal static class NameParticles
{
    /// <summary>The names with each person's particle name joined to it, in text order.</summary>
    public static List<NameSpan> Join(string text, ReadOnlySpan<Token> tokens, List<NameSpan> names)
    {
        var joined = new List<NameSpan>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var n = names[i];
            if (n.Class == NameClass.Per)
            {
                var end = n.First + n.Count;
                while (end < tokens.Length && Adjacent(tokens, end) && ParticleAt(text, tokens, end, out var width))
                {
                    end += width;
                    // The tagger's own name over the particle's words goes into the person.
                    while (i + 1 < names.Count && names[i + 1].First < end)
                    {
                        end = Math.Max(end, names[i + 1].First + names[i + 1].Count);
                        i++;
                    }
                }

                n = n with { Count = end - n.First };
            }

            joined.Add(n);
        }

        return joined;
    }

    /// <summary>
    /// A nickname in quotation marks between a person's given name and surname (<c>Marion "Suge" Knight</c>): the tagger
    /// reads the given name apart, often as a place; the quoted nickname and the person's name after it join it into one.
    /// </summary>
    public static List<NameSpan> JoinNicknames(string text, ReadOnlySpan<Token> tokens, List<NameSpan> names)
    {
        var joined = new List<NameSpan>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var n = names[i];
            var open = n.First + n.Count;
            if (n.Count <= 2 && Quote(text, tokens, open) && NicknameClose(text, tokens, open) is var close and > 0)
            {
                // The person's name right after the closing mark, skipping any name the tagger gave the nickname itself.
                var j = i + 1;
                while (j < names.Count && names[j].First < close)
                {
                    j++;
                }

                if (j < names.Count && names[j].First == close + 1 && names[j].Class == NameClass.Per)
                {
                    joined.Add(new NameSpan(n.First, names[j].First + names[j].Count - n.First, NameClass.Per));
                    i = j;
                    continue;
                }
            }

            joined.Add(n);
        }

        return joined;
    }

    // The closing quotation mark of one to three capitalised words opened at `open`, or -1.
    private static int NicknameClose(string text, ReadOnlySpan<Token> tokens, int open)
    {
        for (var k = open + 1; k < tokens.Length && k <= open + 4; k++)
        {
            if (Quote(text, tokens, k))
            {
                return k > open + 1 ? k : -1;
            }

            if (tokens[k].Kind != TokenKind.Word || !char.IsUpper(text[tokens[k].Span.Start]))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool Quote(string text, ReadOnlySpan<Token> tokens, int k) =>
        k < tokens.Length && tokens[k].Span.Length == 1 && text[tokens[k].Span.Start] is '"' or '\u201C' or '\u201D';

    // `al-Burhan`, `el-Sisi`, `bin Salman`, `ibn Saud`: a particle with a capitalised name, as one token or two.
    private static bool ParticleAt(string text, ReadOnlySpan<Token> tokens, int k, out int width)
    {
        var word = text.AsSpan(tokens[k].Span.Start, tokens[k].Span.Length);
        width = 1;
        var dash = word.IndexOf('-');
        if (dash > 0 && dash + 1 < word.Length && char.IsUpper(word[dash + 1]) && word[..dash] is "al" or "el" or "Al" or "El" or "ad" or "as" or "ash" or "at" or "az" or "an" or "ar" or "ul")
        {
            return true;
        }

        width = 2;
        return word is "bin" or "ibn" or "bint" or "ben" && k + 1 < tokens.Length && Adjacent(tokens, k + 1)
            && tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[k + 1].Span.Start]);
    }

    // One space between the token and the one before it, no line break or punctuation.
    private static bool Adjacent(ReadOnlySpan<Token> tokens, int k) => tokens[k].Span.Start - tokens[k - 1].Span.End == 1;
}
