using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// A participle cue that a verb and its object, a noun of report, carry (<c>issued a statement saying</c>,
/// <c>sent an email to supporters stating</c>, <c>put out a statement confirming</c>): PolNeAR's annotators mark the
/// whole from the verb as the cue, and its subject as the source.
/// </summary>
internal static class CueCarrier
{
    // The nouns of a written or spoken message, as in the cue lexicon's media (`in a statement`, `in a post`).
    private static readonly string[] Carriers =
    [
        "statement", "statements", "email", "emails", "e-mail", "letter", "letters", "note", "message", "messages",
        "release", "tweet", "tweets", "post", "video", "memo", "report", "editorial", "column", "ad", "advert",
    ];

    /// <summary>
    /// The quotes of <paramref name="quotes"/> whose cue is such a participle, their cue taken back to the carrying
    /// verb (with its auxiliaries and adverbs) when that stays clear of the quote's content and of other cues; a
    /// source that was the carried noun phrase becomes the verb's subject.
    /// </summary>
    public static void Widen(TokenFacts f, List<Quote> quotes)
    {
        var q = f.Q;
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var cue = q.TokenAt(quote.Cue.Start);
            if (q.Tag(cue) != "VBG" || Carrier(f, cue) is not { } first)
            {
                continue;
            }
            var wide = new TextSpan(q.Span(first).Start, quote.Cue.End);
            var added = new TextSpan(wide.Start, quote.Cue.Start);
            if (added.Overlaps(quote.Content) || quotes.Exists(x => !ReferenceEquals(x, quote) && x.Cue.Overlaps(added)))
            {
                continue;
            }
            var speaker = quote.Speaker;
            if (speaker is null || added.Overlaps(speaker.Span))
            {
                // The carried noun taken for the source (`a statement saying`): the source is the carrying verb's subject.
                if (speaker is not null && !added.Contains(speaker.Span))
                {
                    continue;
                }
                speaker = SourceShape.Fit(f, null, first) is { } subject ? q.Speakers.ForSpan(q.Span(subject.First, subject.End - 1)) : null;
            }
            quotes[i] = quote with { Cue = wide, Speaker = speaker };
        }
    }

    // The first token of the verb group whose object, a noun of report (with up to four words before it and a `to` or
    // `for` phrase of up to three words after it), stands right before the participle; null when there is none.
    private static int? Carrier(TokenFacts f, int participle)
    {
        var q = f.Q;
        var sentenceFirst = q.SentenceOf(participle).FirstToken;
        var head = participle - 1;
        // `an email to supporters stating`: the phrase after the noun.
        for (var k = participle - 1; k >= Math.Max(sentenceFirst, participle - 4); k--)
        {
            if (q.Word(k) is "to" or "for" && k - 1 >= sentenceFirst && q.Tag(k - 1).StartsWith("NN", StringComparison.Ordinal))
            {
                head = k - 1;
                break;
            }
            if (!(q.Tag(k).StartsWith("NN", StringComparison.Ordinal) || q.Tag(k) is "DT" or "JJ" or "PRP$" or "PRP"))
            {
                break;
            }
        }
        if (head < sentenceFirst || !q.Tag(head).StartsWith("NN", StringComparison.Ordinal) || Array.IndexOf(Carriers, q.Word(head)) < 0)
        {
            return null;
        }
        var k2 = head - 1;
        while (k2 >= sentenceFirst && head - k2 <= 4 && (q.Tag(k2).StartsWith("NN", StringComparison.Ordinal) || q.Tag(k2) is "DT" or "JJ" or "PRP$" or "CD"))
        {
            k2--;
        }
        // A particle (`put out`, `sent out`) between the verb and its object.
        var verb = k2 >= sentenceFirst && q.Tag(k2) == "RP" ? k2 - 1 : k2;
        if (verb < sentenceFirst || !q.Tag(verb).StartsWith("VB", StringComparison.Ordinal) || q.Tag(verb) == "VBG" || f.InQuote[verb])
        {
            return null;
        }
        var first = verb;
        while (first > sentenceFirst && q.IsAuxiliary(first - 1))
        {
            first--;
        }
        return first;
    }
}
