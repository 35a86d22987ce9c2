namespace Chronicle.Recognizers.Quotes;

/// <summary>One document's tokens seen by the quote rules: words, tags, sentences, cues, speakers and media.</summary>
internal sealed class QuoteText
{
    private static readonly string[] Auxiliaries =
        ["has", "have", "had", "also", "would", "will", "later", "previously", "once", "repeatedly", "further", "then", "again", "recently", "publicly", "reportedly", "already", "could", "may", "might"];

    // Time words between a speaker and the cue (`Trump on Friday said`) are skipped but are not part of the cue.
    private static readonly string[] TimeWords =
        ["on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "earlier", "last", "week", "night"];

    private readonly int[] _sentenceOf;

    /// <summary>
    /// Whether a quote is a reported content after its cue (<c>X said the talks failed</c>): the kind whose end the
    /// content rules move; a quotation, a content before its cue and an empty one are left as found.
    /// </summary>
    public static bool ReportedAfterCue(Quote quote) => !quote.Direct && quote.Content.Start >= quote.Cue.End && quote.Content.Length > 0;
    private readonly string[] _lower;

    public QuoteText(string text, Annotations found, CueLexicon lexicon)
    {
        Text = text;
        Found = found;
        Lexicon = lexicon;
        Speakers = new SpeakerFinder(text, found);
        _sentenceOf = new int[found.Tokens.Length];
        var sentences = found.Sentences.IsDefaultOrEmpty ? [new Sentence(new TextSpan(0, text.Length), 0, found.Tokens.Length)] : found.Sentences;
        Sentences = sentences;
        for (var s = 0; s < sentences.Length; s++)
        {
            for (var t = sentences[s].FirstToken; t < sentences[s].FirstToken + sentences[s].TokenCount; t++)
            {
                _sentenceOf[t] = s;
            }
        }
        _lower = new string[found.Tokens.Length];
        for (var t = 0; t < _lower.Length; t++)
        {
            _lower[t] = found.Tokens[t].Span.Of(text).ToLowerInvariant();
        }
    }

    public string Text { get; }

    public Annotations Found { get; }

    public CueLexicon Lexicon { get; }

    public SpeakerFinder Speakers { get; }

    public System.Collections.Immutable.ImmutableArray<Sentence> Sentences { get; }

    public int Count => _lower.Length;

    public string Word(int t) => _lower[t];

    public TextSpan Span(int t) => Found.Tokens[t].Span;

    public TextSpan Span(int first, int lastInclusive) => new(Span(first).Start, Span(lastInclusive).End);

    public Sentence SentenceOf(int t) => Sentences[_sentenceOf[t]];

    public static int End(Sentence s) => s.FirstToken + s.TokenCount;

    public string Tag(int t) => Found.PosTags.IsDefaultOrEmpty ? "VB" : Found.PosTags[t];

    public bool IsPunctuation(int t) => Found.Tokens[t].Kind == TokenKind.Punctuation;

    public bool IsQuoteMark(int t) => Word(t) is "“" or "”" or "\"" or "''" or "``";

    /// <summary>A speech verb used as a verb at token <paramref name="t"/>.</summary>
    public bool IsCue(int t, out Stance stance) =>
        Lexicon.TryVerb(Text.AsSpan(Span(t).Start, Span(t).Length), out stance)
        && (Tag(t).StartsWith("VB", StringComparison.Ordinal) || IsHeadlineVerb(t));

    // Headlines capitalise every word (`Senator Says Talks Failed`) and the tagger reads the verb as a name.
    private bool IsHeadlineVerb(int t) =>
        char.IsUpper(Text[Span(t).Start]) && t > 0 && SentenceOf(t).FirstToken < t && Word(t) is "says" or "tells" or "claims" or "denies" or "warns" or "accuses" or "slams" or "blasts" or "urges";

    // A capitalised "adverb" is usually a name the tagger did not know (`Okafor explained`).
    public bool IsAuxiliary(int t) =>
        Array.IndexOf(Auxiliaries, Word(t)) >= 0 || (Tag(t) is "RB" or "MD" && !char.IsUpper(Text[Span(t).Start]));

    public bool IsTimeWord(int t) => Array.IndexOf(TimeWords, Word(t)) >= 0 || InTime(t);

    private bool InTime(int t)
    {
        var s = Span(t);
        foreach (var time in Found.Times)
        {
            if (time.Span.Contains(s))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Span(mid).Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>The tokens [First, End) that a character span covers.</summary>
    public (int First, int End) TokensOf(int start, int end)
    {
        var first = TokenAt(start);
        var last = first;
        while (last < Count && Span(last).Start < end)
        {
            last++;
        }
        return (first, last);
    }

    /// <summary>The medium named in tokens [first, end), when one is.</summary>
    public string? MediumIn(int first, int end)
    {
        for (var t = Math.Max(0, first); t < Math.Min(end, Count); t++)
        {
            foreach (var m in Lexicon.Media)
            {
                if (t + m.Length <= Count && Matches(t, m))
                {
                    var from = m[^1] is "media" or "television" ? t : t + 1;
                    return Span(from, t + m.Length - 1).Of(Text);
                }
            }
        }
        return null;
    }

    private bool Matches(int t, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (_lower[t + k] != words[k])
            {
                return false;
            }
        }
        return true;
    }
}
