using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// A speech verb of the cue lexicon whose object is a short noun phrase followed by <c>of</c> or <c>for</c>
/// (<c>accused the minister of lying</c>, <c>criticized the council for its delay</c>, <c>praised them for</c>) reports
/// a judgement: the frame marks the attribution, so it reaches the judging verbs the cue tagger scores far below its
/// margin. Active finite verbs and participles only (a passive's source is its agent), outside quotation marks.
/// </summary>
internal static class CueObjectFrame
{
    // The longest object noun phrase taken between the verb and its preposition.
    private const int MaxObject = 5;

    /// <summary>The cues [First, End) of the speech verbs whose object and <c>of</c>/<c>for</c> follow.</summary>
    public static IEnumerable<(int First, int End)> Cues(TokenFacts f)
    {
        var q = f.Q;
        for (var t = 0; t + 2 < f.Count; t++)
        {
            if (f.InQuote[t] || q.Tag(t) is not ("VBD" or "VBZ" or "VBP" or "VBG") || !q.Lexicon.TryVerb(q.Word(t), out _)
                || !Frame(q, t))
            {
                continue;
            }
            yield return (t, t + 1);
        }
    }

    // The verb's object (a pronoun, or a noun phrase of determiners, adjectives, possessives and nouns holding a noun),
    // then `of` or `for`, within the sentence. A clause after it may hold its own finite verb (`criticized the governor
    // for the way he handled the floods`): requiring none scored lower on held-out train (69.530 against 69.589).
    private static bool Frame(QuoteText q, int verb)
    {
        var end = QuoteText.End(q.SentenceOf(verb));
        var k = verb + 1;
        if (k < end && q.Tag(k) is "PRP")
        {
            k++;
        }
        else
        {
            var noun = false;
            while (k < end && k - verb <= MaxObject && q.Tag(k) is "DT" or "PRP$" or "JJ" or "POS" or "NN" or "NNS" or "NNP" or "NNPS" or "CD")
            {
                noun |= q.Tag(k).StartsWith("NN", StringComparison.Ordinal);
                k++;
            }
            if (!noun)
            {
                return false;
            }
        }
        return k + 1 < end && q.Word(k) is "of" or "for" && q.Tag(k) == "IN";
    }
}
