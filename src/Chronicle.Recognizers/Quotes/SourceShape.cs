using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Fits the role tagger's source run to a noun phrase (<c>and “</c>, <c>The</c> or <c>.)</c> are not sources) and,
/// when the tagger marks none, takes the noun phrase just before a verb cue: its subject.
/// </summary>
internal static class SourceShape
{
    private const int MaxSubject = 8;

    /// <summary>The source's tokens [First, End), or null when no noun phrase fits.</summary>
    public static (int First, int End)? Fit(TokenFacts f, (int First, int End)? run, int cueFirst)
    {
        if (run is { } r && Trim(f, r.First, r.End) is { } trimmed)
        {
            return trimmed;
        }
        return f.Class[cueFirst] == TokenFacts.Verb || IsAuxiliaryStart(f, cueFirst) ? Subject(f, cueFirst) : null;
    }

    /// <summary>
    /// A quantifier or number standing alone as a verb cue's subject (<c>Some argue</c>, <c>many said</c>,
    /// <c>43 said</c>), or null. Given only after the filter: trained on sources fitted to nouns and pronouns, it
    /// learned to keep cues whose source is such a phrase and would keep others with these.
    /// </summary>
    public static (int First, int End)? Quantifier(TokenFacts f, int cueFirst)
    {
        var q = f.Q;
        if (f.Class[cueFirst] != TokenFacts.Verb || SubjectEnd(q, cueFirst) is not var (sentenceFirst, end))
        {
            return null;
        }
        var head = end - 1;
        // `in 2015 said` is a time, not a count of people.
        var number = q.Tag(head) == "CD" && (head == sentenceFirst || q.Tag(head - 1) is not ("IN" or "TO"));
        return number || q.Word(head).ToLowerInvariant() is "some" or "many" or "most" or "few" or "several" or "both" or "all" or "none" or "half"
            ? (head, end)
            : null;
    }

    // The first token of the cue's sentence and the end of the words before the cue, past adverbs and modals; null when
    // nothing stands before them.
    private static (int SentenceFirst, int End)? SubjectEnd(QuoteText q, int cueFirst)
    {
        var sentenceFirst = q.SentenceOf(cueFirst).FirstToken;
        var end = cueFirst;
        while (end > sentenceFirst && q.Tag(end - 1) is "RB" or "MD")
        {
            end--;
        }

        return end == sentenceFirst ? null : (sentenceFirst, end);
    }

    /// <summary>
    /// A subject the tagger's tags do not end in a noun, standing before a verb cue at the start of its clause: a
    /// determiner standing alone (<c>another says</c>, <c>each argued</c>) or a phrase a determiner opens whose last
    /// word was read as an adjective or participle (<c>The Republican incumbent said</c>, <c>Another ranking says</c>),
    /// or null. Given only after the filter, as <see cref="Quantifier"/>.
    /// </summary>
    public static (int First, int End)? Determined(TokenFacts f, int cueFirst)
    {
        var q = f.Q;
        if (f.Class[cueFirst] != TokenFacts.Verb || !q.Tag(cueFirst).StartsWith("VB", StringComparison.Ordinal)
            || SubjectEnd(q, cueFirst) is not var (sentenceFirst, end))
        {
            return null;
        }
        var head = end - 1;
        if (q.Word(head) is "another" or "each" or "either" or "neither")
        {
            return ClauseOpens(q, head, sentenceFirst) ? (head, end) : null;
        }
        if (q.Tag(head) is not ("JJ" or "VBG"))
        {
            return null;
        }
        var first = head;
        while (first > sentenceFirst && head - first < MaxSubject && q.Tag(first - 1) is "JJ" or "JJR" or "JJS" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "POS" or "VBG")
        {
            first--;
        }
        return first > sentenceFirst && q.Tag(first - 1) is "DT" or "PRP$" && ClauseOpens(q, first - 1, sentenceFirst) ? (first - 1, end) : null;
    }

    /// <summary>
    /// The subject before a verb cue's auxiliaries (<c>Puerto Rico has been warning</c>, <c>Ruiz has previously
    /// called</c>), when the tagger marks no source: the noun phrase before <c>has</c>, <c>been</c>, <c>did</c> and the
    /// adverbs among them, at the start of its clause; or null. Given only after the filter, as <see cref="Quantifier"/>.
    /// </summary>
    public static (int First, int End)? BeforeAuxiliaries(TokenFacts f, int cueFirst)
    {
        var q = f.Q;
        if (f.Class[cueFirst] != TokenFacts.Verb || f.InQuote[cueFirst])
        {
            return null;
        }
        var sentenceFirst = q.SentenceOf(cueFirst).FirstToken;
        var verb = cueFirst;
        var auxiliaries = 0;
        var passive = false;
        while (verb > sentenceFirst && (q.Tag(verb - 1) is "RB" or "MD" || Auxiliary(q.Word(verb - 1))))
        {
            auxiliaries += Auxiliary(q.Word(verb - 1)) || q.Tag(verb - 1) == "MD" ? 1 : 0;
            passive |= q.Word(verb - 1).ToLowerInvariant() is "been" or "be" or "is" or "are" or "was" or "were" or "being";
            verb--;
        }
        // A passive's subject (`New rules have been announced`, `It was agreed`) is not the speaker, nor is an
        // expletive `it`.
        if (auxiliaries == 0 || (passive && q.Tag(cueFirst) == "VBN") || Subject(f, verb) is not { } subject || !ClauseOpens(q, subject.First, sentenceFirst)
            || q.Tag(subject.End - 1) is "WDT" or "WP" || q.Word(subject.End - 1).Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return subject;
    }

    private static bool Auxiliary(string word) => word.ToLowerInvariant() is "has" or "have" or "had" or "been" or "be" or "is" or "are" or "was" or "were" or "do" or "does" or "did" or "being";

    // A subject at the start of its sentence or clause: after a comma, a conjunction or a quotation mark.
    private static bool ClauseOpens(QuoteText q, int first, int sentenceFirst) =>
        first == sentenceFirst || q.Word(first - 1) is "," or "and" or "but" or "while" or "whereas" || q.IsQuoteMark(first - 1);

    private static bool IsAuxiliaryStart(TokenFacts f, int cueFirst) => f.Q.Tag(cueFirst) is "MD" or "RB";

    private static (int First, int End)? Trim(TokenFacts f, int first, int end)
    {
        var q = f.Q;
        while (first < end && !Opens(q.Tag(first)))
        {
            first++;
        }
        while (end > first && !Heads(q.Tag(end - 1)))
        {
            end--;
        }
        return end > first ? (first, end) : null;
    }

    // The phrase ends at the cue's left: adverbs and auxiliaries between it and the cue are skipped.
    private static (int First, int End)? Subject(TokenFacts f, int cueFirst)
    {
        var q = f.Q;
        var sentenceFirst = q.SentenceOf(cueFirst).FirstToken;
        var end = cueFirst;
        while (end > sentenceFirst && q.Tag(end - 1) is "RB" or "MD")
        {
            end--;
        }
        if (end == sentenceFirst || !Heads(q.Tag(end - 1)))
        {
            return null;
        }
        var first = end - 1;
        while (first > sentenceFirst && end - first < MaxSubject && Inside(q.Tag(first - 1)))
        {
            first--;
        }
        return Trim(f, first, end);
    }

    private static bool Heads(string tag) => tag.StartsWith("NN", StringComparison.Ordinal) || tag is "PRP" or "WDT" or "WP";

    private static bool Opens(string tag) => Heads(tag) || tag is "DT" or "PRP$" or "JJ" or "JJR" or "JJS" or "CD" or "NNP";

    private static bool Inside(string tag) => Opens(tag) || tag is "POS";
}
