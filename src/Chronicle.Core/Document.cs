using System.Collections.Immutable;

namespace Chronicle;

/// <summary>
/// An article as read: where it came from, its title and date, and the body text that every
/// annotation's offsets refer to. The text is never rewritten by later stages.
/// </summary>
public sealed class Document
{
    /// <summary>Creates a document; its <see cref="Id"/> is computed from <paramref name="text"/>.</summary>
    /// <param name="source">A path, <c>FILE:LINE</c>, or URL that says where the article was read.</param>
    /// <param name="title">The headline, when the input has one.</param>
    /// <param name="published">The publication date, when the input gives one.</param>
    /// <param name="text">The body text.</param>
    /// <param name="metadata">Other fields of the input, kept as they were.</param>
    public Document(
        string source,
        string? title,
        DateOnly? published,
        string text,
        ImmutableSortedDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        Source = source;
        Title = title;
        Published = published;
        Text = text;
        Metadata = metadata ?? ImmutableSortedDictionary<string, string>.Empty;
        Id = DocumentId.Of(text);
    }

    /// <summary>The SHA-256 of <see cref="Text"/>: the same body text is the same document.</summary>
    public DocumentId Id { get; }

    /// <summary>Where the article was read: a path, <c>FILE:LINE</c>, or URL.</summary>
    public string Source { get; }

    /// <summary>The headline, when the input has one.</summary>
    public string? Title { get; }

    /// <summary>The publication date, when the input gives one: the anchor for relative times.</summary>
    public DateOnly? Published { get; }

    /// <summary>The body text that all offsets refer to.</summary>
    public string Text { get; }

    /// <summary>Other fields of the input, kept as they were (for example a feed's author).</summary>
    public ImmutableSortedDictionary<string, string> Metadata { get; }
}
