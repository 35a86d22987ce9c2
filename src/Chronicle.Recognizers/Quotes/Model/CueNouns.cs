namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// The nouns that head cues in the annotators' usage (<c>claim</c>, <c>statement</c>, <c>report</c>, <c>criticism</c>),
/// counted on the train articles. Scoring every noun costs time for few cues, and the tagger's own weights keep only
/// the commonest, so these are scored as cue candidates too.
/// </summary>
internal sealed class CueNouns(IReadOnlySet<ulong> lemmas)
{
    /// <summary>No nouns besides those the tagger's weights favour.</summary>
    public static CueNouns Empty { get; } = new(new HashSet<ulong>());

    /// <summary>The hashed lemmas (<see cref="TokenFacts.Lemma"/>).</summary>
    public IReadOnlySet<ulong> Lemmas => lemmas;

    /// <summary>True when a noun of lemma <paramref name="lemma"/> is a cue candidate.</summary>
    public bool Contains(ulong lemma) => lemmas.Count > 0 && lemmas.Contains(lemma);
}
