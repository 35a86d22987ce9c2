using FsCheck;
using FsCheck.Fluent;

namespace Chronicle.Text.Tests;

public sealed class TokenizerPropertyTests
{
    private static readonly TokenizerStage Stage = new();

    // Characters that exercise every scanner: letters, digits, separators, quotes, apostrophes, web marks, surrogates.
    private static readonly char[] Alphabet =
        "aZs nt'\u2019.,-\u2014%$@#:/!?\"\u201C\u201D()\n\r\t 0159wh".ToCharArray().Concat(['\uD83D', '\uDE00', '\u0301']).ToArray();

    [Fact]
    public void Token_spans_are_in_bounds_increasing_disjoint_and_never_whitespace()
    {
        var texts = Gen.Elements(Alphabet).ArrayOf().Select(cs => new string(cs)).ToArbitrary();
        Prop.ForAll(texts, text =>
        {
            var found = Stage.Run(new Document("prop", null, null, text), Annotations.Empty);
            var previousEnd = 0;
            foreach (var token in found.Tokens)
            {
                if (token.Span.Start < previousEnd || token.Span.End > text.Length || token.Span.Length == 0)
                {
                    return false;
                }

                if (text.AsSpan(token.Span.Start, token.Span.Length).ContainsAny(" \n\r\t"))
                {
                    return false;
                }

                previousEnd = token.Span.End;
            }

            var covered = found.Sentences.Sum(s => s.TokenCount);
            return covered == found.Tokens.Length;
        }).QuickCheckThrowOnFailure();
    }
}
