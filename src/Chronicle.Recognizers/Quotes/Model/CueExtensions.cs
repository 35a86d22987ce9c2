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

    /// <summary>The most words a cue's tail (<see cref="Tail"/>) takes in.</summary>
    public const int LongestTail = 8;

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
        // No learned words: the shape of what follows the verb up to the clause's punctuation (`said in an email.`,
        // `said with a grin.`, `said Tuesday.`), taken in where the annotators took such a tail in more often than not.
        if (best == end && Tail(f, end) is { Key: not 0 } tail && keys.Contains(tail.Key))
        {
            best = tail.Stop;
        }
        return best;
    }

    /// <summary>
    /// The words after a cue ending in a verb up to the next punctuation, <c>that</c> or quotation (at most
    /// <see cref="LongestTail"/>), and the key of their shape: the first word (a time, a name's type, a function word
    /// itself, else its tag), how many, what stops them and whether a quotation mark comes before the cue in its
    /// sentence. Key 0 when the cue does not end in a verb or no word follows.
    /// </summary>
    public static (ulong Key, int Stop) Tail(TokenFacts f, int end)
    {
        var q = f.Q;
        if (end <= 0 || end >= q.Count || !q.Tag(end - 1).StartsWith("VB", StringComparison.Ordinal))
        {
            return (0, end);
        }
        var sentence = q.SentenceOf(end - 1);
        var sentenceEnd = QuoteText.End(sentence);
        var stop = end;
        var stopper = 0UL;
        while (true)
        {
            if (stop >= sentenceEnd)
            {
                break;
            }
            if (stop - end >= LongestTail)
            {
                stopper = 5;
                break;
            }
            if (f.InQuote[stop] || q.IsQuoteMark(stop))
            {
                stopper = 2;
                break;
            }
            if (q.IsPunctuation(stop))
            {
                stopper = q.Word(stop) switch { "," => 1UL, "." => 0UL, _ => 4UL };
                break;
            }
            if (q.Word(stop) is "that" or "whether" or "if")
            {
                stopper = 3;
                break;
            }
            stop++;
        }
        if (stop == end)
        {
            return (0, end);
        }
        var quoteBefore = 0UL;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (q.IsQuoteMark(t))
            {
                quoteBefore = 1;
                break;
            }
        }
        var tag = q.Tag(end);
        var first = q.IsTimeWord(end) ? 1UL
            : f.Entity[end] != 0 ? 2UL + f.Entity[end]
            : tag is "IN" or "TO" or "RB" or "RP" or "DT" or "PRP" or "PRP$" or "WRB" ? f.Word[end]
            : f.Tag[end];
        var length = (ulong)((stop - end) switch { 1 => 1, 2 => 2, <= 4 => 3, _ => 4 });
        return (TokenFacts.Key(202, first, TokenFacts.Key(length, stopper, quoteBefore)), stop);
    }

    /// <summary>The key before any following word: the lemma of the cue's last word.</summary>
    public static ulong Start(TokenFacts f, int end) => TokenFacts.Key(201, f.Lemma[end - 1]);

    /// <summary>The key with word <paramref name="t"/> added.</summary>
    public static ulong Next(ulong key, TokenFacts f, int t) => TokenFacts.Key(key, f.Word[t]);
}
