namespace Chronicle.Text;

/// <summary>URLs, e-mail addresses, handles and hashtags: one <see cref="TokenKind.Web"/> token each.</summary>
public sealed partial class Tokenizer
{
    /// <summary>The end of a URL or e-mail address starting at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    private static int ScanWeb(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        if ((text[i] is 'h' or 'H' && (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                                      || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            || (text[i] is 'w' or 'W' && rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return UrlEnd(text, i);
        }

        return EmailEnd(text, i);
    }

    private static int UrlEnd(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        var open = 0;
        while (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] is not ('"' or '<' or '>' or '\u201C' or '\u201D'))
        {
            open += text[j] == '(' ? 1 : text[j] == ')' ? -1 : 0;
            j++;
        }

        // Sentence punctuation after a URL is not part of it; a closing parenthesis is when the URL opened one.
        while (j > i + 4 && (text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or ']' or '}'
                                          || (text[j - 1] == ')' && open < 0)))
        {
            open += text[j - 1] == ')' ? 1 : 0;
            j--;
        }

        return j;
    }

    private static int EmailEnd(ReadOnlySpan<char> text, int i)
    {
        var at = i;
        while (at < text.Length && (Chars.IsWordChar(text[at]) || text[at] is '.' or '_' or '+' or '-' or '%'))
        {
            at++;
        }

        if (at == i || at + 1 >= text.Length || text[at] != '@')
        {
            return i;
        }

        var j = at + 1;
        var lastDot = -1;
        while (j < text.Length && (Chars.IsWordChar(text[j]) || text[j] is '.' or '-'))
        {
            lastDot = text[j] == '.' ? j : lastDot;
            j++;
        }

        while (j > at + 1 && text[j - 1] is '.' or '-')
        {
            j--;
        }

        return lastDot > at + 1 && lastDot < j - 1 && Chars.IsLetter(text[j - 1]) ? j : i;
    }

    /// <summary>The end of an @handle or #hashtag at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    private static int ScanHandle(ReadOnlySpan<char> text, int i)
    {
        if (i > 0 && Chars.IsWordChar(text[i - 1]))
        {
            return i;
        }

        var j = i + 1;
        if (j >= text.Length || !(Chars.IsLetter(text[j]) || text[j] == '_' || (text[i] == '@' && char.IsAsciiDigit(text[j]))))
        {
            return i;
        }

        while (j < text.Length && (Chars.IsWordChar(text[j]) || text[j] == '_'))
        {
            j++;
        }

        return j;
    }
}
