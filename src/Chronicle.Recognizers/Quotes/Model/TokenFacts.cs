namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// What the attribution taggers know of each token of one document, hashed once: word, rough lemma, tag, shape,
/// entity, word class, whether it is inside quotation marks and whether the cue lexicon lists it.
/// </summary>
internal sealed class TokenFacts
{
    public TokenFacts(QuoteText q, ClusterMap clusters, CueRates? rates = null, ReportingWords? reporting = null)
    {
        Q = q;
        var n = q.Count;
        Word = new ulong[n];
        Lemma = new ulong[n];
        Tag = new ulong[n];
        Shape = new byte[n];
        Entity = new byte[n];
        InQuote = new bool[n];
        Lexicon = new byte[n];
        Sentence = new int[n];
        Class = new byte[n];
        Cluster = new ushort[n];
        Coarse = new ushort[n];
        Rate = new byte[n];
        ClassRate = new byte[n];
        Reporting = new byte[n];
        for (var t = 0; t < n; t++)
        {
            var w = q.Word(t);
            Class[t] = ClassOf(w, q.Tag(t));
            Word[t] = Hash(w);
            var packed = clusters.Of(Word[t]);
            Cluster[t] = (ushort)packed;
            Coarse[t] = (ushort)(packed >> 16);
            Lemma[t] = Hash(Stem(w));
            Tag[t] = Hash(q.Tag(t));
            Shape[t] = ShapeOf(q.Text.AsSpan(q.Span(t).Start, q.Span(t).Length), q.IsPunctuation(t));
            Lexicon[t] = q.Lexicon.TryVerb(w, out var stance) ? (byte)(1 + (int)stance) : (byte)0;
            Reporting[t] = reporting?.Of(Word[t]) ?? 0;
        }
        if (rates is not null)
        {
            SetRates(rates);
        }
        // `also said`, `would like`, `has repeatedly called`: an adverb or modal before a verb can begin a cue.
        for (var t = n - 2; t >= 0; t--)
        {
            var tag = q.Tag(t);
            if (Class[t] == Other && Class[t + 1] == Verb && (tag.StartsWith("RB", StringComparison.Ordinal) || tag == "MD"))
            {
                Class[t] = Verb;
            }
        }
        for (var s = 0; s < q.Sentences.Length; s++)
        {
            for (var t = q.Sentences[s].FirstToken; t < QuoteText.End(q.Sentences[s]); t++)
            {
                Sentence[t] = s;
            }
        }
        foreach (var e in q.Found.Entities)
        {
            var first = true;
            for (var t = q.TokenAt(e.Span.Start); t < n && q.Span(t).End <= e.Span.End; t++)
            {
                Entity[t] = (byte)(1 + ((int)e.Type * 2) + (first ? 0 : 1));
                first = false;
            }
        }
        foreach (var marks in QuotationMarks.Pair(q.Text))
        {
            for (var t = q.TokenAt(marks.Start); t < n && q.Span(t).End <= marks.End; t++)
            {
                InQuote[t] = true;
            }
        }
    }

    public const byte Other = 0, Verb = 1, Noun = 2, According = 3, Colon = 4;

    public QuoteText Q { get; }

    /// <summary>The token's class as a cue candidate: <see cref="Verb"/>, <see cref="Noun"/>, <see cref="According"/>, <see cref="Colon"/> or <see cref="Other"/>.</summary>
    public byte[] Class { get; }

    public int Count => Word.Length;

    public ulong[] Word { get; }

    public ulong[] Lemma { get; }

    /// <summary>The word's class learned from unlabelled news, + 1 (0 for none): rare words share it with frequent ones.</summary>
    public ushort[] Cluster { get; }

    /// <summary>The word's coarse class + 1 (0 for none).</summary>
    public ushort[] Coarse { get; }

    public ulong[] Tag { get; }

    /// <summary>How often a verb's or noun's lemma heads a cue on train, bucketed (<see cref="CueRates"/>); 0 for other words.</summary>
    public byte[] Rate { get; }

    /// <summary>How often a verb or noun of the word's class heads a cue on train, bucketed; 0 for other words.</summary>
    public byte[] ClassRate { get; }

    public byte[] Shape { get; }

    public byte[] Entity { get; }

    public bool[] InQuote { get; }

    /// <summary>0 when the cue lexicon does not list the word, else 1 + its stance.</summary>
    public byte[] Lexicon { get; }

    /// <summary>The word's class in the reporting words (<see cref="ReportingWords"/>): 0 for none, 1 speech ... 6 directive.</summary>
    public byte[] Reporting { get; }

    public int[] Sentence { get; }

    /// <summary>Fills <see cref="Rate"/> and <see cref="ClassRate"/> from <paramref name="rates"/> (training sets them per fold).</summary>
    public void SetRates(CueRates rates)
    {
        for (var t = 0; t < Count; t++)
        {
            var rated = CueRates.Rated(Q.Tag(t));
            Rate[t] = rated ? rates.OfLemma(Lemma[t]) : (byte)0;
            ClassRate[t] = rated ? rates.OfClass(Cluster[t]) : (byte)0;
        }
    }

    public static ulong Hash(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return h;
    }

    /// <summary>Combines a template number and values into a feature key (splitmix64 finaliser).</summary>
    public static ulong Key(ulong a, ulong b)
    {
        var z = (a * 0x9E3779B97F4A7C15UL) ^ b;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong Key(ulong a, ulong b, ulong c) => Key(Key(a, b), c);

    public static ulong Key(ulong a, ulong b, ulong c, ulong d) => Key(Key(Key(a, b), c), d);

    // Inflections share a stem, so `claims`, `claimed` and `claiming` share evidence.
    private static ReadOnlySpan<char> Stem(string w)
    {
        var s = w.AsSpan();
        if (s.Length > 5 && s.EndsWith("ing"))
        {
            s = s[..^3];
        }
        else if (s.Length > 4 && s.EndsWith("ed"))
        {
            s = s[..^2];
        }
        else if (s.Length > 3 && s.EndsWith("s") && !s.EndsWith("ss"))
        {
            s = s[..^1];
        }
        return s.Length > 3 && s.EndsWith("e") ? s[..^1] : s;
    }

    private static byte ClassOf(string word, string tag) => word switch
    {
        "according" => According,
        ":" => Colon,
        _ when tag.StartsWith("VB", StringComparison.Ordinal) => Verb,
        _ when tag.StartsWith("NN", StringComparison.Ordinal) => Noun,
        _ => Other,
    };

    private static byte ShapeOf(ReadOnlySpan<char> s, bool punctuation)
    {
        if (punctuation)
        {
            return 1;
        }
        if (char.IsDigit(s[0]))
        {
            return 2;
        }
        if (!char.IsUpper(s[0]))
        {
            return 3;
        }
        return s.Length > 1 && char.IsUpper(s[^1]) ? (byte)4 : (byte)5;
    }
}
