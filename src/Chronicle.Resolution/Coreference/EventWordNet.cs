using System.Collections.Frozen;
using System.IO.Compression;

namespace Chronicle.Resolution.Coreference;

/// <summary>
/// The part of WordNet 3.0 that event triggers need: for each verb, and each noun of acts, events and processes,
/// the synsets of its first senses with their derivational links (<c>death</c> reaches <c>die</c>), and their direct
/// hypernyms. Two triggers sharing a synset are synonyms (<c>foil</c>, <c>thwart</c>); one reaching the other's
/// hypernym is a near-synonym (<c>crash</c>, <c>accident</c>). Built by tools/TrainCoref from the wordnet-base package.
/// </summary>
public sealed class EventWordNet
{
    private static readonly FrozenSet<int> None = FrozenSet<int>.Empty;
    private readonly FrozenDictionary<string, (FrozenSet<int> Synsets, FrozenSet<int> Hypernyms)> _words;
    private readonly FrozenDictionary<string, string> _exceptions;

    private EventWordNet(
        FrozenDictionary<string, (FrozenSet<int>, FrozenSet<int>)> words, FrozenDictionary<string, string> exceptions)
    {
        _words = words;
        _exceptions = exceptions;
    }

    /// <summary>An empty lexicon: every trigger is unknown.</summary>
    public static EventWordNet Empty { get; } = new(
        FrozenDictionary<string, (FrozenSet<int>, FrozenSet<int>)>.Empty, FrozenDictionary<string, string>.Empty);

    /// <summary>Reads the gzipped lines <c>w lemma synsets hypernyms</c> and <c>x inflected lemma</c>.</summary>
    public static EventWordNet Load(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var words = new Dictionary<string, (FrozenSet<int>, FrozenSet<int>)>(StringComparer.Ordinal);
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f[0] == "w")
            {
                words[f[1]] = (Ids(f[2]), Ids(f[3]));
            }
            else if (f[0] == "x")
            {
                exceptions.TryAdd(f[1], f[2]);
            }
        }
        return new EventWordNet(words.ToFrozenDictionary(StringComparer.Ordinal), exceptions.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The synsets and hypernyms of a trigger: the whole phrase (<c>open fire</c>) if listed, else its head.</summary>
    public (FrozenSet<int> Synsets, FrozenSet<int> Hypernyms) Senses(IReadOnlyList<string> trigger, string head)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        // Only a phrase listed as written (an inflected "opened fire" goes by its head): lemmatising phrases tried on
        // dev lost 0.3 CoNLL F1, "open_fire" sharing senses with "fire" (dismiss).
        if (trigger.Count > 1 && Find(string.Join('_', trigger.Select(w => w.ToLowerInvariant())), "") is { } phrase)
        {
            return phrase;
        }
        return Find(head, "") ?? (None, None);
    }

    private (FrozenSet<int>, FrozenSet<int>)? Find(string word, string rest)
    {
        if (_words.TryGetValue(word + rest, out var found))
        {
            return found;
        }
        if (_exceptions.TryGetValue(word, out var lemma) && _words.TryGetValue(lemma + rest, out found))
        {
            return found;
        }
        // WordNet's Morphy detachment rules for nouns and verbs.
        foreach (var (suffix, replacement) in Detachments)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length > suffix.Length + 1)
            {
                var stem = string.Concat(word.AsSpan(0, word.Length - suffix.Length), replacement, rest);
                if (_words.TryGetValue(stem, out found))
                {
                    return found;
                }
            }
        }
        return null;
    }

    private static readonly (string, string)[] Detachments =
    [
        ("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("es", "e"), ("es", ""),
        ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("men", "man"),
    ];

    private static FrozenSet<int> Ids(string text) => text.Length == 0
        ? None
        : text.Split(',').Select(t => int.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToFrozenSet();
}
