using System.Collections.Immutable;
using System.Text;

namespace Chronicle.Text.Pos;

/// <summary>
/// Reads the CoNLL-2003 column format (<c>token POS chunk NER</c>, a blank line between sentences,
/// <c>-DOCSTART-</c> between documents) as sentences with their part-of-speech column.
/// </summary>
public static class ConllPosReader
{
    /// <summary>Reads every sentence of the file at <paramref name="path"/>.</summary>
    public static IEnumerable<TaggedSentence> Read(string path)
    {
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (words.Count > 0)
                {
                    yield return Build(words, tags);
                    words.Clear();
                    tags.Clear();
                }

                continue;
            }

            var columns = line.Split(' ');
            if (columns.Length >= 2)
            {
                words.Add(columns[0]);
                tags.Add(columns[1]);
            }
        }

        if (words.Count > 0)
        {
            yield return Build(words, tags);
        }
    }

    private static TaggedSentence Build(List<string> words, List<string> tags)
    {
        var text = new StringBuilder();
        var tokens = ImmutableArray.CreateBuilder<Token>(words.Count);
        foreach (var word in words)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            var kind = char.IsAsciiDigit(word[0]) ? TokenKind.Number : char.IsLetter(word[0]) ? TokenKind.Word : TokenKind.Punctuation;
            tokens.Add(new Token(new TextSpan(text.Length, text.Length + word.Length), kind));
            text.Append(word);
        }

        return new TaggedSentence(text.ToString(), tokens.MoveToImmutable(), [.. tags]);
    }
}
