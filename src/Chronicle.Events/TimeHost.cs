namespace Chronicle.Events;

/// <summary>
/// What a time expression is attached to, as far as an event's date goes: its own trigger, something else
/// (<c>said on Tuesday</c> dates the statement, <c>the earthquake on March 5</c> the earthquake, <c>which started on
/// Tuesday</c> the noun before it), or nothing in particular (a sentence-initial <c>On Monday,</c>).
/// </summary>
internal sealed class TimeHost(ArticleView view)
{
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Telling =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["said", "says", "told", "reported", "reports", "quoted", "announced", "added", "stated", "claimed", "confirmed",
             "disclosed", "revealed", "monitored", "broadcast", "published", "saying"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Sequence =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["after", "before", "following", "since", "until", "preceding", "ahead"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["which", "who", "that", "whose"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "'s", "’s"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How the time expression over tokens [first, last] stands to the event <paramref name="m"/>.</summary>
    public Attachment Of(int first, int last, Mention m, List<Mention> sentenceMentions)
    {
        var end = view.Found.Sentences[m.Sentence];
        var sentenceEnd = end.FirstToken + end.TokenCount;
        if (last + 1 < sentenceEnd && view.Word(last + 1) is "'s" or "’s")
        {
            // `Today's statement said the detention...`: the time names its noun phrase.
            return m.First > last && m.First <= last + 5 ? Attachment.Own : Attachment.Other;
        }

        // `Iraq today rejected`, `Iran earlier today said`: a time just before a verb is that verb's.
        if (last + 1 < sentenceEnd && view.IsVerb(last + 1) && view.Tag(last + 1) != "VBG")
        {
            return VerbHost(last + 1, m, sentenceMentions, preverbal: true);
        }

        var k = first - 1;
        while (k >= end.FirstToken && first - k <= 3 && view.Tag(k) is "IN" or "RB" or "TO")
        {
            k--;
        }

        if (k < end.FirstToken || k >= first)
        {
            return Attachment.Loose;
        }

        if (k >= m.First && k <= m.Last)
        {
            return Attachment.Own;
        }

        if (view.IsVerb(k))
        {
            return VerbHost(k, m, sentenceMentions, preverbal: false);
        }

        // `after a major earthquake on March 5`: a noun told as what came before or after has the time to itself.
        if (view.IsNoun(k))
        {
            for (var j = k - 1; j >= end.FirstToken && k - j <= 5; j--)
            {
                if (j >= m.First && j <= m.Last)
                {
                    return Attachment.Loose;
                }

                if (view.Is(j, Sequence))
                {
                    return Attachment.Other;
                }

                if (!(view.IsNoun(j) || view.Tag(j) is "DT" or "JJ" or "CD" or "PRP$" or "POS" or "NNP"))
                {
                    break;
                }
            }
        }

        return Attachment.Loose;
    }

    private bool VerbBefore(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (view.IsVerb(k) && !view.Is(k, Auxiliaries))
            {
                return true;
            }
        }

        return false;
    }

    // Words that continue a noun phrase: `of West German President Richard von Weizsaecker`.
    private bool Phrase(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!(view.IsNoun(k) || view.Tag(k) is "DT" or "JJ" or "CD" or "POS" || view.Word(k) is "of"))
            {
                return false;
            }
        }

        return last - first <= 10;
    }

    private Attachment VerbHost(int verb, Mention m, List<Mention> sentenceMentions, bool preverbal)
    {
        if (verb >= m.First && verb <= m.Last)
        {
            return Attachment.Own;
        }

        // A copula with the time as its subject (`Today is the end of...`) dates nothing else.
        if (preverbal && view.Word(verb) is "is" or "was" or "are" or "were")
        {
            return Attachment.Other;
        }

        if (view.Is(verb, Telling) || sentenceMentions.Exists(o => o != m && verb >= o.First && verb <= o.Last))
        {
            return Attachment.Other;
        }

        var start = view.Found.Sentences[m.Sentence].FirstToken;
        // `a program adopted on March 13`: a participle after its noun is a reduced relative clause (a past tense
        // too when a verb came before that noun: `aimed at scrapping a program adopted on March 13`).
        if (!preverbal && view.Tag(verb) is "VBN" or "VBD" && verb > start && view.Tag(verb - 1) is "NN" or "NNS"
            && (view.Tag(verb) == "VBN" || VerbBefore(start, verb - 1)))
        {
            return verb - 1 >= m.First && verb - 1 <= m.Last ? Attachment.Own : Attachment.Other;
        }

        // `the assault, which started on Tuesday`: a relative clause dates its antecedent.
        for (var j = verb - 1; j >= start && verb - j <= 3; j--)
        {
            if (view.Is(j, Relatives) && view.Tag(j) is "WDT" or "WP" or "IN")
            {
                var antecedent = j - 1;
                if (antecedent >= start && view.IsPunct(antecedent, ','))
                {
                    antecedent--;
                }

                // The antecedent may be `the visit of President X`: the trigger heads the phrase before the relative.
                return m.Noun && antecedent >= m.Last && Phrase(m.Last + 1, antecedent) ? Attachment.Own : Attachment.Other;
            }

            if (!view.Is(j, Auxiliaries) && view.Tag(j) is not ("RB" or "MD"))
            {
                break;
            }
        }

        return Attachment.Loose;
    }
}

/// <summary>How a time expression stands to an event.</summary>
internal enum Attachment
{
    /// <summary>Nothing says whose it is: the nearest event in its clause takes it.</summary>
    Loose,

    /// <summary>Attached to the event's own trigger.</summary>
    Own,

    /// <summary>Attached to another word: a statement, another event, a noun told as before or after.</summary>
    Other,
}
