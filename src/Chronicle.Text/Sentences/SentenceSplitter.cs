using System.Collections.Immutable;

namespace Chronicle.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at <c>. ! ?</c> (with the quotes and brackets that
/// close after them) unless a lowercase word or a comma follows; after an abbreviation or initial only
/// when a clear sentence start follows; always at a blank line, so a headline without final
/// punctuation is a sentence of its own; and before a bulleted list item, whose lines often end with
/// no punctuation at all.
/// </summary>
/// <param name="abbreviations">The abbreviations the tokenizer kept whole, to tell titles from the rest.</param>
public sealed class SentenceSplitter(Abbreviations abbreviations)
{
    /// <summary>A splitter with the English news abbreviations.</summary>
    public SentenceSplitter()
        : this(Abbreviations.English)
    {
    }

    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/> into sentences.</summary>
    public ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = ImmutableArray.CreateBuilder<Sentence>((tokens.Length / 20) + 1);
        Split(text, tokens.AsSpan(), sentences);
        return sentences.DrainToImmutable();
    }

    /// <summary>Appends the sentences of <paramref name="tokens"/> to <paramref name="into"/>.</summary>
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ImmutableArray<Sentence>.Builder into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var first = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (t > first && (IsParagraphBreak(text, tokens[t - 1].Span.End, tokens[t].Span.Start) || IsListItem(text, tokens, t)))
            {
                Add(tokens, first, t, into);
                first = t;
            }

            var last = EndsSentenceAt(text, tokens, t);
            if (last >= 0 && last + 1 < tokens.Length)
            {
                // The closers absorbed after the terminal may straddle a blank line; that break wins.
                last = FirstBreakWithin(text, tokens, t, last);
                Add(tokens, first, last + 1, into);
                first = last + 1;
                t = last;
            }
        }

        if (first < tokens.Length)
        {
            Add(tokens, first, tokens.Length, into);
        }
    }

    /// <summary>The last token of the sentence that token <paramref name="t"/> ends, or -1 if it ends none.</summary>
    private int EndsSentenceAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        var token = text[tokens[t].Span.Start..tokens[t].Span.End];
        var last = t;
        if (IsTerminal(token))
        {
            while (last + 1 < tokens.Length && ClosesAfter(text, tokens, last + 1))
            {
                last++;
            }

            return last + 1 < tokens.Length && StartsAfterTerminal(text, tokens, last + 1, token[0] == '.' && token.Length > 1) ? last : -1;
        }

        // An abbreviation or initial that kept its period: a title never ends a sentence, others only
        // before a word that clearly starts one.
        if (token.Length > 1 && token[^1] == '.' && tokens[t].Kind == TokenKind.Word
            && !abbreviations.IsTitle(token[..^1]) && t + 1 < tokens.Length)
        {
            var next = tokens[t + 1].Span;
            return SentenceStarters.Contains(text[next.Start..next.End]) ? t : -1;
        }

        return -1;
    }

    private static bool IsTerminal(ReadOnlySpan<char> token) =>
        token is "." or "!" or "?" or "\u2026" || (token.Length > 1 && token[0] == '.');

    /// <summary>A quote or bracket closing after a terminal, or another terminal (?!).</summary>
    private static bool ClosesAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        var span = tokens[t].Span;
        if (span.Length != 1)
        {
            return false;
        }

        var c = text[span.Start];
        if (c is '!' or '?' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']')
        {
            return true;
        }

        // A straight quote closes when it sticks to the sentence and whitespace follows it.
        return c is '"' or '\'' && tokens[t - 1].Span.End == span.Start
            && (span.End == text.Length || char.IsWhiteSpace(text[span.End]));
    }

    /// <summary>True when the token after a terminal can start a sentence (not "etc. and", not "?, he").</summary>
    private static bool StartsAfterTerminal(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t, bool ellipsis)
    {
        var span = tokens[t].Span;
        var c = text[span.Start];
        if (char.IsLower(c) || c is ',' or ';' or ':' or ')' or ']' or '%')
        {
            return false;
        }

        // An ellipsis often trails off mid-sentence; it ends one only before a capital.
        if (ellipsis)
        {
            var word = Chars.IsOpener(c) && t + 1 < tokens.Length ? text[tokens[t + 1].Span.Start] : c;
            return char.IsUpper(word);
        }

        return true;
    }

    private static int FirstBreakWithin(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t, int last)
    {
        for (var k = t + 1; k <= last; k++)
        {
            if (IsParagraphBreak(text, tokens[k - 1].Span.End, tokens[k].Span.Start))
            {
                return k - 1;
            }
        }

        return last;
    }

    /// <summary>Two line breaks with only whitespace between two tokens: a blank line.</summary>
    private static bool IsParagraphBreak(ReadOnlySpan<char> text, int from, int to)
    {
        var gap = text[from..to];
        var first = gap.IndexOf('\n');
        return first >= 0 && gap[(first + 1)..].Contains('\n');
    }

    /// <summary>
    /// A bullet (<c>-</c>, <c>*</c>, <c>•</c>) that opens a line, or follows a run of spaces where lines were joined, and
    /// is followed by a capital or a digit: <c>\n - Creating a new agency</c>. A dash inside a sentence has one space
    /// before it and stays (<c>the plan - backed by X - was</c>).
    /// </summary>
    private static bool IsListItem(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        var span = tokens[t].Span;
        if (span.Length != 1 || text[span.Start] is not ('-' or '*' or '\u2022') || t + 1 >= tokens.Length
            || tokens[t + 1].Span.Start == span.End)
        {
            return false;
        }

        var next = text[tokens[t + 1].Span.Start];
        if (!(char.IsUpper(next) || char.IsDigit(next)))
        {
            return false;
        }

        var gap = text[tokens[t - 1].Span.End..span.Start];
        return gap.Contains('\n') || gap.Contains("  ", StringComparison.Ordinal);
    }

    private static void Add(ReadOnlySpan<Token> tokens, int first, int end, ImmutableArray<Sentence>.Builder into) =>
        into.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End), first, end - first));
}
