using System.Collections.Frozen;

namespace Chronicle.Recognizers.Times;

/// <summary>
/// English words that take part in time expressions, looked up case-insensitively without allocating.
/// Built once and shared by every run of the recogniser (it is immutable).
/// </summary>
public sealed class TimeLexicon
{
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private TimeLexicon(FrozenDictionary<string, TimeWord> words) =>
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The English lexicon.</summary>
    public static TimeLexicon English() => new(TimeLexiconEntries.Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));

    internal TimeWord Lookup(ReadOnlySpan<char> word) =>
        word.Length is > 1 and < 13 && _lookup.TryGetValue(word, out var entry) ? entry : default;
}
