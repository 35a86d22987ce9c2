using System.Collections.Immutable;
using Chronicle.Text.Pos;

namespace Chronicle.Text.Tests;

/// <summary>Training sentences for the tagger tests, written as <c>word/TAG word/TAG</c>.</summary>
internal static class TaggedLines
{
    public static TaggedSentence Sentence(string line)
    {
        var pairs = line.Split(' ').Select(p => p.Split('/')).ToArray();
        var text = string.Join(' ', pairs.Select(p => p[0]));
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var at = 0;
        foreach (var pair in pairs)
        {
            tokens.Add(new Token(new TextSpan(at, at + pair[0].Length), TokenKind.Word));
            at += pair[0].Length + 1;
        }

        return new TaggedSentence(text, tokens.ToImmutable(), [.. pairs.Select(p => p[1])]);
    }
}
