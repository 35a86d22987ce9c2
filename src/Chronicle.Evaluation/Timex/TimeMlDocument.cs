using System.Collections.Immutable;

namespace Chronicle.Evaluation.Timex;

/// <summary>
/// One TimeML file as the scorer sees it: the <c>TEXT</c> element with every tag removed, its creation date,
/// and the gold time expressions with offsets into that stripped text.
/// </summary>
/// <param name="Name">The file name.</param>
/// <param name="Published">The document creation time (the <c>DCT</c> timex), when it is a full date.</param>
/// <param name="Text">The text of the <c>TEXT</c> element, tags removed and XML entities decoded.</param>
/// <param name="Gold">The annotated time expressions in text order (the DCT itself excluded).</param>
public sealed record TimeMlDocument(string Name, DateOnly? Published, string Text, ImmutableArray<TimeMention> Gold);
