namespace BuildTriggers;

/// <summary>A trigger lemma before inflection.</summary>
/// <param name="Lemma">Lower-case lemma, possibly several words.</param>
/// <param name="Kind">V for a verb (first word inflected), N for a noun (last word pluralised).</param>
/// <param name="Type">PLOVER type.</param>
/// <param name="Mode">PLOVER mode or <c>-</c>.</param>
/// <param name="Flags">Comma-separated flags or <c>-</c>.</param>
/// <param name="Origin">Where it comes from.</param>
/// <param name="Irregular">Irregular forms given by the source.</param>
internal sealed record TriggerEntry(string Lemma, string Kind, string Type, string Mode, string Flags, string Origin, IReadOnlyList<string> Irregular);
