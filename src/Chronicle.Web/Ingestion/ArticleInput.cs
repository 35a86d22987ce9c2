namespace Chronicle.Web.Ingestion;

/// <summary>An article posted to <c>POST /api/documents</c>: the JSON Lines reader's fields.</summary>
/// <param name="Url">Where it was published; its source.</param>
/// <param name="Source">A source name when there is no URL.</param>
/// <param name="Title">The headline.</param>
/// <param name="Published">The publication date (ISO, or an RFC 822 date).</param>
/// <param name="Text">The body text.</param>
internal sealed record ArticleInput(string? Url, string? Source, string? Title, string? Published, string? Text);

/// <summary>What posting articles did.</summary>
/// <param name="Stored">Articles newly stored.</param>
/// <param name="AlreadyStored">Articles whose text was stored before.</param>
/// <param name="Failed">Articles that could not be analysed.</param>
/// <param name="Ids">The posted articles' ids, in order.</param>
internal sealed record IngestResponse(int Stored, int AlreadyStored, int Failed, IReadOnlyList<string> Ids);
