namespace Chronicle;

/// <summary>What kind of characters a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner apostrophes or hyphens.</summary>
    Word,
    /// <summary>A number, with its decimal point and thousands separators.</summary>
    Number,
    /// <summary>Punctuation and symbols.</summary>
    Punctuation,
    /// <summary>A URL, e-mail address, handle or hashtag.</summary>
    Web,
}

/// <summary>A token of the body text.</summary>
/// <param name="Span">Where it is.</param>
/// <param name="Kind">What it is made of.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind);

/// <summary>A sentence: its span and the range of tokens it holds.</summary>
/// <param name="Span">Where it is.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">How many tokens it holds.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount);
