using System.Collections.Immutable;

namespace Chronicle.Resolution.Clusters;

/// <summary>The coded events of one article, with what the clusterer needs of the article.</summary>
/// <param name="DocumentId">The article's id (the SHA-256 of its text).</param>
/// <param name="Source">Where it was read: a path or URL, reported as the source of its events.</param>
/// <param name="Published">Its publication date, when known.</param>
/// <param name="Text">Its body text, which the events' spans refer to.</param>
/// <param name="Events">Its events.</param>
public sealed record ArticleEvents(string DocumentId, string Source, DateOnly? Published, string Text, ImmutableArray<CodedEvent> Events);
