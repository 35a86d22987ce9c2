namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// The words that continue a cue in the annotators' usage (<c>said in a statement</c>, <c>told reporters</c>,
/// <c>went on to say</c>), counted on the train articles: a cue ending in a word is extended over the next few words
/// when the annotators more often took them into the cue than left them out. The greedy cue tagger, deciding each
/// word alone, stops short of these.
/// </summary>
internal sealed class CueExtensions(IReadOnlySet<ulong> keys)
{
    public const int Longest = 4;

    /// <summary>No extensions.</summary>
    public static CueExtensions Empty { get; } = new(new HashSet<ulong>());

    /// <summary>The hashed (last cue word's lemma, following words) pairs that extend a cue.</summary>
    public IReadOnlySet<ulong> Keys => keys;

    /// <summary>The cue's new end: the longest learned extension after [first, end) within its sentence.</summary>
    public int Extend(TokenFacts f, int first, int end)
    {
        if (keys.Count == 0 || end <= first)
        {
            return end;
        }
        var sentenceEnd = QuoteText.End(f.Q.SentenceOf(end - 1));
        var best = end;
        var key = Start(f, end);
        for (var t = end; t < Math.Min(sentenceEnd, end + Longest); t++)
        {
            if (f.InQuote[t])
            {
                break;
            }
            key = Next(key, f, t);
            if (keys.Contains(key))
            {
                best = t + 1;
            }
        }
        return best;
    }

    /// <summary>The key before any following word: the lemma of the cue's last word.</summary>
    public static ulong Start(TokenFacts f, int end) => TokenFacts.Key(201, f.Lemma[end - 1]);

    /// <summary>The key with word <paramref name="t"/> added.</summary>
    public static ulong Next(ulong key, TokenFacts f, int t) => TokenFacts.Key(key, f.Word[t]);
}
