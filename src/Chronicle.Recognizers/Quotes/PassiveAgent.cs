namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Gives a passive cue its agent as the source: <c>the plan was criticized by three mayors</c>, <c>a view shared by
/// the farmers in the valley</c>. The subject of a passive cue is what was said or who was addressed, not who said it;
/// the noun phrase after <c>by</c> right after the participle is (the annotators mark it without the <c>by</c>). A time
/// after <c>by</c> (<c>by Friday</c>, <c>by the end of the year</c>) is no agent, nor is what a feeling's participle
/// names (<c>voters were alarmed by the plan</c>: the voters hold the view).
/// </summary>
internal static class PassiveAgent
{
    /// <summary>Sets the source of every passive cue followed by a `by` agent.</summary>
    public static void Apply(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var (cueFirst, cueEnd) = Model.ContentCuts.Tokens(q, quote.Cue);
            var participle = cueEnd - 1;
            if (cueEnd >= q.Count || q.Tag(participle) != "VBN" || Feelings.Contains(q.Word(participle)) || !Passive(q, cueFirst, participle))
            {
                continue;
            }
            var by = cueEnd;
            while (by < q.Count && q.Tag(by) == "RB")
            {
                by++;
            }
            if (by >= q.Count || !q.Word(by).Equals("by", StringComparison.OrdinalIgnoreCase) || Agent(q, by + 1) is not { } last)
            {
                continue;
            }
            var agent = q.Span(by + 1, last);
            if (quote.Speaker is { } speaker && speaker.Span.Contains(agent))
            {
                continue;
            }
            quotes[i] = quote with { Speaker = q.Speakers.ForSpan(agent), Content = Subject(q, quote.Content, cueFirst, participle) };
        }
    }

    // A content after the cue becomes the passive's subject (`the plan was criticized by three mayors`: the plan),
    // as the annotators mark it: the noun phrase right before the auxiliary (adverbs, modals and `have`/`been`
    // between), or the noun a participle modifies (`a view shared by`). Kept as it was when no such phrase is found,
    // and for a participle whose subject is the one addressed (`was asked by`).
    private static TextSpan Subject(QuoteText q, TextSpan content, int cueFirst, int participle)
    {
        if (content.Start < q.Span(participle).End || Addressed.Contains(q.Word(participle)))
        {
            return content;
        }
        var k = participle - 1;
        while (k >= 0 && (q.Tag(k) is "RB" or "MD" || Auxiliaries.Contains(q.Word(k))))
        {
            k--;
        }
        if (k < 0 || q.SentenceOf(k).FirstToken != q.SentenceOf(participle).FirstToken)
        {
            return content;
        }
        if (q.Tag(k) == "PRP")
        {
            return q.Span(k);
        }
        if (!q.Tag(k).StartsWith("NN", StringComparison.Ordinal))
        {
            return content;
        }
        var first = k;
        var sentenceFirst = q.SentenceOf(k).FirstToken;
        while (first - 1 >= sentenceFirst && Modifies(q.Tag(first - 1)))
        {
            first--;
        }
        // A phrase after a preposition or a conjunction (`in England and Wales have been announced`, `arrested in
        // March, were questioned`) is no subject, or only its end.
        if (first > sentenceFirst && q.Tag(first - 1) is "IN" or "CC" or "TO")
        {
            return content;
        }
        return first < cueFirst || k < cueFirst ? q.Span(first, k) : content;
    }

    // Participles whose passive subject is the one addressed, not what was said (`was asked by journalists about`):
    // the content after the cue stays.
    private static readonly HashSet<string> Addressed = new(StringComparer.OrdinalIgnoreCase)
    {
        "asked", "told", "questioned", "urged", "warned", "advised", "informed", "reminded", "interviewed", "briefed",
        "pressed", "invited", "encouraged", "called",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting", "has", "have", "had",
    };

    // A participle after a form of `be` or `get` (adverbs between; inside the cue or right before it), or right after
    // a noun it modifies (`a view shared by`); not one after `have` (`had said by then`).
    private static bool Passive(QuoteText q, int cueFirst, int participle)
    {
        var k = participle - 1;
        while (k >= 0 && q.Tag(k) == "RB")
        {
            k--;
        }
        if (k < 0 || q.SentenceOf(k).FirstToken != q.SentenceOf(participle).FirstToken)
        {
            return false;
        }
        var word = q.Word(k).ToLowerInvariant();
        if (word is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "get" or "gets" or "got" or "getting")
        {
            return true;
        }
        return k == cueFirst - 1 && participle == cueFirst && q.Tag(k).StartsWith("NN", StringComparison.Ordinal);
    }

    // The agent noun phrase opening at `first` (a pronoun, or determiners, adjectives and nouns ending in a noun, then
    // one `of`, `in`, `at` or `from` phrase and one `and` conjunct): its last token, or null when there is none or it
    // names a time.
    private static int? Agent(QuoteText q, int first)
    {
        if (first >= q.Count)
        {
            return null;
        }
        if (q.Tag(first) == "PRP")
        {
            return first;
        }
        var last = NounPhrase(q, first);
        if (last is not { } end)
        {
            return null;
        }
        if (end + 2 < q.Count && q.Word(end + 1) is "of" or "in" or "at" or "from" && NounPhrase(q, end + 2) is { } further)
        {
            end = further;
        }
        // A coordinated agent (`by the mayors and the unions`, `by the Health and Safety Executive`).
        if (end + 2 < q.Count && q.Word(end + 1) == "and" && NounPhrase(q, end + 2) is { } second)
        {
            end = second;
        }

        for (var t = first; t <= end; t++)
        {
            if (NotAgents.Contains(q.Word(t)))
            {
                return null;
            }
        }
        return end;
    }

    private static int? NounPhrase(QuoteText q, int first)
    {
        int? noun = null;
        var sentenceEnd = QuoteText.End(q.SentenceOf(first));
        for (var t = first; t < sentenceEnd && Modifies(q.Tag(t)); t++)
        {
            if (q.Tag(t).StartsWith("NN", StringComparison.Ordinal))
            {
                noun = t;
            }
        }
        return noun;
    }

    private static bool Modifies(string tag) => tag.StartsWith("NN", StringComparison.Ordinal) || tag is "DT" or "JJ" or "JJR" or "JJS" or "CD" or "PRP$" or "POS";

    // Participles of verbs whose object feels (`alarmed by`): their passive subject holds the view.
    private static readonly HashSet<string> Feelings = new(StringComparer.OrdinalIgnoreCase)
    {
        "alarmed", "amazed", "angered", "annoyed", "appalled", "baffled", "bothered", "concerned", "confused", "convinced",
        "delighted", "disappointed", "disgusted", "dismayed", "disturbed", "embarrassed", "encouraged", "energized",
        "excited", "fascinated", "frightened", "frustrated", "heartened", "horrified", "humbled", "hurt", "impressed",
        "infuriated", "insulted", "inspired", "interested", "intrigued", "irritated", "moved", "offended", "outraged",
        "persuaded", "pleased", "puzzled", "reassured", "relieved", "saddened", "scared", "shocked", "startled", "struck",
        "stunned", "surprised", "swayed", "tempted", "terrified", "thrilled", "touched", "troubled", "unimpressed",
        "unmoved", "upset", "worried",
    };

    // Words of a `by` phrase that measures rather than names a doer (`by Friday`, `by the end of May`, `by 5 points`,
    // `by a wide margin`): the quotes stage's time words skip a speaker's time, these a time or a measure after `by`.
    private static readonly HashSet<string> NotAgents = new(StringComparer.OrdinalIgnoreCase)
    {
        "yesterday", "today", "tonight", "tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "day", "end", "time",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "hour", "minute", "date", "deadline", "summer", "winter", "spring", "autumn", "fall", "now", "then",
        "percent", "cent", "%", "points", "margin", "votes",
    };
}
