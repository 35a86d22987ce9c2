namespace Chronicle.Recognizers.Places;

/// <summary>One place as given to <see cref="GazetteerFile.Write"/>: the entry, its other names and, for countries, demonyms.</summary>
/// <param name="Entry">The place.</param>
/// <param name="Names">Alternate names (the main name is indexed anyway).</param>
/// <param name="Demonyms">English demonyms of a country (<c>Iranian</c>), empty for other places.</param>
public sealed record GazetteerRow(GazetteerEntry Entry, IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms);
