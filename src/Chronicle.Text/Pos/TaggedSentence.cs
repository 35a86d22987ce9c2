using System.Collections.Immutable;

namespace Chronicle.Text.Pos;

/// <summary>A sentence of a tagged corpus, rebuilt as text (tokens joined by spaces) with its gold tags.</summary>
/// <param name="Text">The tokens joined by single spaces.</param>
/// <param name="Tokens">The tokens' spans in <paramref name="Text"/>.</param>
/// <param name="Tags">One gold tag per token.</param>
public sealed record TaggedSentence(string Text, ImmutableArray<Token> Tokens, ImmutableArray<string> Tags);
