using System.Collections.Immutable;

namespace Chronicle.Text;

/// <summary>
/// Splits text into tokens in the Penn Treebank style that CoNLL corpora use (<c>does n't</c>,
/// <c>Putin 's</c>, <c>5 %</c>, <c>$ 5</c>) while keeping abbreviations, initials, numbers with
/// separators, hyphenated words and web addresses whole. Every token is a span of the input, never a
/// rewritten string, and the scan allocates nothing per token.
/// </summary>
/// <param name="abbreviations">Words that keep their period.</param>
public sealed partial class Tokenizer(Abbreviations abbreviations)
{
    /// <summary>A tokenizer with the English news abbreviations.</summary>
    public Tokenizer()
        : this(Abbreviations.English)
    {
    }

    /// <summary>The abbreviations this tokenizer keeps whole.</summary>
    public Abbreviations Abbreviations { get; } = abbreviations;

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public ImmutableArray<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ImmutableArray.CreateBuilder<Token>((text.Length / 5) + 4);
        Tokenize(text, tokens);
        return tokens.DrainToImmutable();
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="into"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, ImmutableArray<Token>.Builder into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var end = Scan(text, i, out var kind);
            into.Add(new Token(new TextSpan(i, end), kind));
            i = end;
        }
    }

    /// <summary>Scans the token starting at a non-space character; returns its end.</summary>
    private int Scan(ReadOnlySpan<char> text, int i, out TokenKind kind)
    {
        var c = text[i];
        if (Chars.IsWordChar(c))
        {
            var web = ScanWeb(text, i);
            if (web > i)
            {
                kind = TokenKind.Web;
                return web;
            }

            kind = char.IsAsciiDigit(c) ? TokenKind.Number : TokenKind.Word;
            return kind == TokenKind.Number ? ScanNumber(text, i) : ScanWord(text, i, i);
        }

        kind = TokenKind.Punctuation;
        switch (c)
        {
            case '@' or '#':
                var handle = ScanHandle(text, i);
                if (handle > i)
                {
                    kind = TokenKind.Web;
                    return handle;
                }

                return i + 1;
            case '\'' or '\u2019':
                var clitic = ScanClitic(text, i);
                if (clitic > i)
                {
                    kind = TokenKind.Word;
                    return clitic;
                }

                return Run(text, i, '\'', 2);
            case '`':
                return Run(text, i, '`', 2);
            case '.':
                return Run(text, i, '.', int.MaxValue);
            case '-':
                return Run(text, i, '-', int.MaxValue) is var dashes && dashes - i >= 2 ? dashes : i + 1;
            default:
                return char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
        }
    }

    /// <summary>The end of a run of <paramref name="c"/> of at most <paramref name="max"/> characters.</summary>
    private static int Run(ReadOnlySpan<char> text, int i, char c, int max)
    {
        var j = i + 1;
        while (j < text.Length && text[j] == c && j - i < max)
        {
            j++;
        }

        return j;
    }
}
