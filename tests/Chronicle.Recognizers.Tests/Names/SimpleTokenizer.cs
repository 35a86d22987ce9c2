using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Chronicle.Recognizers.Tests.Names;

/// <summary>A small tokenizer for tests only: words (with inner apostrophes, hyphens, dots of initials), numbers, punctuation; a sentence ends at . ! ? not after a short abbreviation.</summary>
internal static partial class SimpleTokenizer
{
    public static Annotations Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        foreach (Match m in Pattern().Matches(text))
        {
            var kind = char.IsLetter(m.Value[0]) ? TokenKind.Word : char.IsDigit(m.Value[0]) ? TokenKind.Number : TokenKind.Punctuation;
            tokens.Add(new Token(new TextSpan(m.Index, m.Index + m.Length), kind));
            if (m.Value is "." or "!" or "?")
            {
                Close(tokens, sentences, ref first);
            }
        }
        Close(tokens, sentences, ref first);
        return Annotations.Empty with { Tokens = tokens.ToImmutable(), Sentences = sentences.ToImmutable() };
    }

    private static void Close(ImmutableArray<Token>.Builder tokens, ImmutableArray<Sentence>.Builder sentences, ref int first)
    {
        if (tokens.Count > first)
        {
            sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[^1].Span.End), first, tokens.Count - first));
            first = tokens.Count;
        }
    }

    [GeneratedRegex(@"(?:Mr|Mrs|Ms|Dr|Gen|Sen|Gov|St)\.|(?:\p{L}\.){2,}|\p{L}+(?:['’\-]\p{L}+)*|\d+(?:[.,]\d+)*|[^\s\p{L}\d]")]
    private static partial Regex Pattern();
}
