namespace Chronicle.Resolution.Coreference;

/// <summary>
/// Tf-idf vectors of lemmatised content words, unit length, with idf from a set of documents (the ones being
/// resolved: what is rare among them tells their events apart).
/// </summary>
public sealed class TermVectors
{
    private readonly Dictionary<string, double> _idf;
    private readonly EnglishLemmatizer _lemmatizer;
    private readonly double _unseenIdf;

    /// <summary>Idf from <paramref name="documents"/> (each a list of words).</summary>
    public TermVectors(IEnumerable<IReadOnlyList<string>> documents, EnglishLemmatizer lemmatizer)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _lemmatizer = lemmatizer;
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var document in documents)
        {
            count++;
            foreach (var term in Terms(document).Distinct())
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }
        _idf = frequency.ToDictionary(f => f.Key, f => Math.Log((1.0 + count) / (1.0 + f.Value)) + 1, StringComparer.Ordinal);
        _unseenIdf = Math.Log(1.0 + count) + 1;
    }

    /// <summary>The unit tf-idf vector of <paramref name="words"/>, sorted by term.</summary>
    public SparseVector Vector(IReadOnlyList<string> words)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in Terms(words))
        {
            weights[term] = weights.GetValueOrDefault(term) + 1;
        }
        foreach (var term in weights.Keys.ToList())
        {
            weights[term] = (1 + Math.Log(weights[term])) * _idf.GetValueOrDefault(term, _unseenIdf);
        }
        return SparseVector.Normalised(weights);
    }

    /// <summary>The lemmas of the content words.</summary>
    public IEnumerable<string> Terms(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            if (!StopWords.Ignore(lower))
            {
                yield return _lemmatizer.Lemma(lower);
            }
        }
    }
}
