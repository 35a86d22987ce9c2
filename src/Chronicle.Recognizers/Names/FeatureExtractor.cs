namespace Chronicle.Recognizers.Names;

/// <summary>
/// Turns a tokenised document into hashed feature ids: the word and its neighbours, shapes, affixes, gazetteer
/// matches, casing habits from unlabelled news, word clusters, and how the same word is written elsewhere in the
/// document (what tells a headline's <c>JAPAN</c> is the country written <c>Japan</c> below it).
/// </summary>
public sealed partial class FeatureExtractor(NameLexicon lexicon, int bucketBits)
{
    private const int Normal = 0, Initial = 1, CapsLine = 2;
    private const int SeenCapitalised = 1, SeenLower = 2;

    /// <summary>Number of weight rows (hash buckets).</summary>
    public int Buckets => 1 << bucketBits;

    /// <summary>The lexicon the features consult.</summary>
    public NameLexicon Lexicon => lexicon;

    /// <summary>Extracts the features of every token of a document.</summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">Tokens in text order.</param>
    /// <param name="sentences">Sentences in text order.</param>
    /// <param name="firstPass">For a second-pass model, the names a first pass found in the document.</param>
    public DocumentFeatures Extract(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, IReadOnlyList<NameSpan>? firstPass = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = tokens.Length;
        var facts = new TokenFacts(n);
        for (var i = 0; i < n; i++)
        {
            var s = tokens[i].Span;
            facts.Fill(i, text.AsSpan(s.Start, s.End - s.Start));
            facts.Info[i] = lexicon.Word(facts.Folded[i]);
        }
        facts.NumberWords(n);
        var context = new int[n];
        var position = new int[n];
        for (var si = 0; si < sentences.Length; si++)
        {
            var s = sentences[si];
            var capsLine = IsCapsLine(facts, s);
            for (var k = 0; k < s.TokenCount; k++)
            {
                var i = s.FirstToken + k;
                position[i] = k == 0 ? 0 : k == s.TokenCount - 1 ? 2 : 1;
                context[i] = capsLine ? CapsLine : FirstWordIndex(facts, s) == i ? Initial : Normal;
            }
        }
        var seen = DocumentUses(facts, context, n);
        var gazetteer = MatchGazetteer(facts, sentences, n);
        var features = new DocumentFeatures(n, facts);
        for (var si = 0; si < sentences.Length; si++)
        {
            var s = sentences[si];
            for (var k = 0; k < s.TokenCount; k++)
            {
                var i = s.FirstToken + k;
                var slot = new Slots(features, i, bucketBits, 0);
                AddTokenFeatures(ref slot, facts, text, tokens, i, s.FirstToken, s.FirstToken + s.TokenCount, context[i], position[i]);
                AddDocumentFeatures(ref slot, facts, seen, i, context[i]);
                AddGazetteerFeatures(ref slot, facts, gazetteer, i);
                features.Counts[i] = slot.Count;
            }
        }
        features.Counts.CopyTo(features.BaseCounts, 0);
        if (firstPass is not null)
        {
            AddHints(features, firstPass);
        }
        return features;
    }

    private static bool IsCapsLine(TokenFacts facts, Sentence s)
    {
        int letters = 0, caps = 0;
        for (var i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++)
        {
            var b = facts.Bits[i];
            if ((b & TokenFacts.HasLetter) == 0)
            {
                continue;
            }
            letters++;
            caps += (b & TokenFacts.HasLower) == 0 ? 1 : 0;
        }
        return letters >= 2 && caps * 5 >= letters * 4;
    }

    private static int FirstWordIndex(TokenFacts facts, Sentence s)
    {
        // A sentence opening with a quote mark or bracket is still capitalised on its first word.
        for (var i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++)
        {
            if ((facts.Bits[i] & TokenFacts.Punct) == 0)
            {
                return i;
            }
        }
        return s.FirstToken;
    }

    private static int[] DocumentUses(TokenFacts facts, int[] context, int n)
    {
        var seen = new int[facts.DistinctWords];
        for (var i = 0; i < n; i++)
        {
            var b = facts.Bits[i];
            if ((b & TokenFacts.HasLetter) == 0)
            {
                continue;
            }
            var use = 0;
            if (context[i] == Normal && (b & TokenFacts.Caps) != 0)
            {
                use = SeenCapitalised;
            }
            else if ((b & TokenFacts.HasUpper) == 0)
            {
                use = SeenLower;
            }
            if (use != 0)
            {
                seen[facts.WordId[i]] |= use;
            }
        }
        return seen;
    }
}
