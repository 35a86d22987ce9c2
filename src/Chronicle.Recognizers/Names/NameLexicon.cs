namespace Chronicle.Recognizers.Names;

/// <summary>
/// Facts the tagger consults besides its weights: gazetteer phrases (keyed by the hash of their folded words) and,
/// per word, how often the news corpora write it capitalised mid-sentence and its distributional cluster.
/// </summary>
public sealed class NameLexicon
{
    /// <summary>Number of <see cref="GazetteerFlags"/> bits.</summary>
    public const int FlagCount = 11;

    /// <summary>Seed of a phrase key before its first word.</summary>
    public const ulong PhraseSeed = 0x5EED5EED5EED5EEDUL;

    private readonly IReadOnlyDictionary<ulong, GazetteerFlags> _phrases;
    private readonly IReadOnlyDictionary<ulong, WordInfo> _words;
    private readonly HashKeyTable<GazetteerFlags> _phraseTable;
    private readonly HashKeyTable<WordInfo> _wordTable;

    /// <summary>Creates a lexicon from phrase keys (see <see cref="PhraseKey"/>) and word facts keyed by <see cref="TextHash.Folded"/>.</summary>
    public NameLexicon(IReadOnlyDictionary<ulong, GazetteerFlags> phrases, IReadOnlyDictionary<ulong, WordInfo> words, int maxPhraseWords)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(words);
        _phrases = phrases;
        _words = words;
        _phraseTable = new HashKeyTable<GazetteerFlags>(phrases);
        _wordTable = new HashKeyTable<WordInfo>(words);
        MaxPhraseWords = maxPhraseWords;
    }

    /// <summary>The longest phrase, in words.</summary>
    public int MaxPhraseWords { get; }

    /// <summary>Gazetteer phrases.</summary>
    public IReadOnlyDictionary<ulong, GazetteerFlags> Phrases => _phrases;

    /// <summary>Word facts.</summary>
    public IReadOnlyDictionary<ulong, WordInfo> Words => _words;

    /// <summary>The key of a phrase given its words' folded hashes.</summary>
    public static ulong PhraseKey(ReadOnlySpan<ulong> foldedWords)
    {
        var k = PhraseSeed;
        foreach (var w in foldedWords)
        {
            k = TextHash.Combine(k, w);
        }
        return k;
    }

    /// <summary>The lists the phrase with this key is in.</summary>
    public GazetteerFlags Lookup(ulong phraseKey) => _phraseTable.Find(phraseKey);

    /// <summary>Facts about a word, or <see cref="WordInfo.Unknown"/>.</summary>
    public WordInfo Word(ulong folded) => _wordTable.Find(folded);
}

/// <summary>What the unlabelled news says about a word.</summary>
/// <param name="CaseBucket">1-5: share of its mid-sentence uses written capitalised (1 = never, 5 = always); 0 unknown.</param>
/// <param name="Cluster">Its distributional cluster, 1-based; 0 when none.</param>
public readonly record struct WordInfo(byte CaseBucket, ushort Cluster)
{
    /// <summary>A word the corpora never had.</summary>
    public static WordInfo Unknown => default;
}
