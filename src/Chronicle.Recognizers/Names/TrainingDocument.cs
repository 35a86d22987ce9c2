using System.Collections.Immutable;

namespace Chronicle.Recognizers.Names;

/// <summary>A tokenised document with its gold names, for training and evaluation.</summary>
/// <param name="Text">The text token spans point into.</param>
/// <param name="Tokens">Tokens in text order.</param>
/// <param name="Sentences">Sentences in text order.</param>
/// <param name="Names">The gold names, as token ranges.</param>
public sealed record TrainingDocument(string Text, ImmutableArray<Token> Tokens, ImmutableArray<Sentence> Sentences, ImmutableArray<NameSpan> Names);
