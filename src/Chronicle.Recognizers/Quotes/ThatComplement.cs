using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// A verb whose object is a clause opened by the complementiser <c>that</c> (<c>he thinks that ...</c>, <c>the files
/// show that ...</c>, <c>voters feel that ...</c>) reports what someone says, thinks or finds: the shape marks the
/// attribution whatever the verb, so it reaches the rare verbs the cue tagger scores far below its margin
/// (<c>figures that</c>, <c>projects that</c>, <c>is betting that</c>). The tagger tells the complementiser (IN) from
/// the relative pronoun (<c>the emails that showed</c>, WDT) and the determiner (<c>show that video</c>, DT).
/// </summary>
internal static class ThatComplement
{
    /// <summary>
    /// The cues [First, End) of the verb groups (with their auxiliaries, modals and adverbs: <c>is betting</c>,
    /// <c>has publicly derided</c>) whose verb the complementiser <c>that</c> follows, outside quotation marks.
    /// </summary>
    public static IEnumerable<(int First, int End)> Cues(TokenFacts f)
    {
        var q = f.Q;
        for (var t = 0; t + 1 < f.Count; t++)
        {
            if (f.InQuote[t] || !q.Tag(t).StartsWith("VB", StringComparison.Ordinal) || IsAuxiliaryVerb(q, t) || f.Rate[t] == NeverACue
                || !Opens(q, t + 1))
            {
                continue;
            }
            var sentenceFirst = q.SentenceOf(t).FirstToken;
            var first = t;
            while (first > sentenceFirst && InVerbGroup(q, first - 1))
            {
                first--;
            }
            if (!Result(q, first, t))
            {
                yield return (first, t + 1);
            }
        }
    }

    /// <summary>
    /// True when token <paramref name="t"/> is the complementiser <c>that</c> opening a clause with its own subject:
    /// tagged IN, not followed at once by a verb (the tagger reads some relative pronouns as the complementiser,
    /// <c>government enterprises that provide</c>), and a finite verb before the next punctuation (some determiners
    /// too, <c>feel that way.</c>, <c>lost that district 68%-31%</c>: those phrases hold no verb).
    /// </summary>
    public static bool Opens(QuoteText q, int t)
    {
        var end = QuoteText.End(q.SentenceOf(t));
        if (q.Word(t) != "that" || q.Tag(t) != "IN" || t + 1 >= end || q.Tag(t + 1).StartsWith("VB", StringComparison.Ordinal))
        {
            return false;
        }
        for (var k = t + 1; k < end && !(q.IsPunctuation(k) && !q.IsQuoteMark(k)); k++)
        {
            if (q.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
        }
        return false;
    }

    // The bucket of a lemma seen often on train that headed an annotator's cue in under 0.3% of its uses
    // (CueRates): `ensure that`, `given that`.
    private const byte NeverACue = 9;

    private static bool InVerbGroup(QuoteText q, int t) => q.IsAuxiliary(t) || IsAuxiliaryVerb(q, t);

    // A form of `be`, `have` or `do`: before a verb, its auxiliary; before `that`, a copula (`the problem is that`) or
    // a possession (`has that authority`), no report.
    private static bool IsAuxiliaryVerb(QuoteText q, int t) =>
        q.Tag(t).StartsWith("VB", StringComparison.Ordinal) && q.Word(t) is "is" or "are" or "was" or "were" or "be" or "been" or "being"
            or "has" or "have" or "had" or "do" or "does" or "did" or "'s" or "’s" or "'re" or "’re" or "'ve" or "’ve";

    // `was so subdued that`: a result, not a report.
    private static bool Result(QuoteText q, int first, int verb)
    {
        for (var t = first; t < verb; t++)
        {
            if (q.Word(t) is "so" or "such")
            {
                return true;
            }
        }
        return false;
    }
}
