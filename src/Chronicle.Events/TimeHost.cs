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
        // `Today's statement said the detention...`, `a July 20 order`, `the March 5 earthquake`: the time names its noun
        // phrase; but a phrase after `in` or `during` is the time frame of its clause (`killed during the November 2019
        // uprising`, `injured in Monday's attack`), so the rules below decide.
        var possessive = last + 1 < sentenceEnd && view.Word(last + 1) is "'s" or "’s";
        var premodifier = first > end.FirstToken && view.Tag(first - 1) is "DT" or "PRP$" && Modifies(last + 1, sentenceEnd);
        if (possessive || premodifier)
        {
            if (m.First > last && m.First <= last + 5)
            {
                return Attachment.Own;
            }

            if (!Framed(first, end.FirstToken))
            {
                return Attachment.Other;
            }
        }

        // `banned from suing Parmalat, the food group which went bust in 2003`, `arrested the man who led the protest
        // in 2003`: a time inside a relative clause dates that clause, not an event before it.
        if (RelativeOpener(first, end.FirstToken) is var relative and >= 0 && m.Last < relative)
        {
            var antecedent = relative - 1;
            if (antecedent >= end.FirstToken && view.IsPunct(antecedent, ','))
            {
                antecedent--;
            }

            // (Its antecedent is left to the rules below: `the assault, which started on Tuesday` dates the assault,
            // `the protests, which hit the 40-day mark on Tuesday` not the protests.)
            if (!(m.Noun && antecedent >= m.Last && Phrase(m.Last + 1, antecedent)))
            {
                return Attachment.Other;
            }
        }

        // `sent marines after the strike was ruled illegal last Friday`: a time in a clause of its own after `after` or
        // `before` dates that clause, not an event outside it.
        if (Subordinator(first, end.FirstToken) is var opener and >= 0 && !(m.First > opener && m.Last < first))
        {
            return Attachment.Other;
        }

        // `urged X to resume talks it abandoned in 2009`: a clause with its own pronoun subject right after a noun (a
        // relative clause without its pronoun) dates that clause, not an event before it.
        if (ContactClause(first, end.FirstToken) is var contact and >= 0 && m.Last < contact)
        {
            return Attachment.Other;
        }

        // `He is due in court on 20 December after being charged with assault`: an event in an `after` or `before` clause
        // that follows the time is before or after that day, not on it (`lost power in 1974 after the Liberals demanded`
        // names the year both fall in).
        if (m.First > last + 1 && m.First - last <= 12 && view.TimeAt[first] >= 0 && DayPrecise(view.Found.Times[view.TimeAt[first]].Value))
        {
            for (var j = last + 1; j < m.First; j++)
            {
                if (view.Tag(j) == "IN" && view.Word(j) is "after" or "before" or "until")
                {
                    return Attachment.Other;
                }
            }
        }

        // `Iraq today rejected`, `Iran earlier today said`: a time just before a verb is that verb's; but not when the
        // time ends a relative clause with a verb of its own (`Students who marched on Monday clashed with police`).
        if (last + 1 < sentenceEnd && view.IsVerb(last + 1) && view.Tag(last + 1) != "VBG" && RelativeOpener(first, end.FirstToken) < 0)
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

    // A value that names a day: `2024-12-20`, `XXXX-WXX-4`.
    private static bool DayPrecise(string value) => value.Length >= 10 && (value[4] == '-' && value[7] == '-' || value.Contains("-W", StringComparison.Ordinal));

    // The time opens a phrase, or follows its determiner, after `in`, `during` or `amid`.
    private bool Framed(int first, int start)
    {
        var k = first - 1;
        if (k > start && view.Tag(k) is "DT" or "PRP$")
        {
            k--;
        }

        return k >= start && view.Word(k) is "in" or "during" or "amid" or "In" or "During" or "Amid";
    }

    // A noun, or an adjective and a noun, that is no time itself.
    private bool Modifies(int k, int sentenceEnd) =>
        k < sentenceEnd && view.TimeAt[k] < 0
        && (view.IsNoun(k) || (view.Tag(k) == "JJ" && k + 1 < sentenceEnd && view.IsNoun(k + 1) && view.TimeAt[k + 1] < 0));

    // The `after`, `before`, `since` or `until` that opens the clause the time at `first` ends, when that clause has a
    // finite verb of its own before the time (`after talks collapsed on Monday`, not `after midnight`); else -1.
    private int Subordinator(int first, int start)
    {
        var finite = false;
        for (var j = first - 1; j >= start && first - j <= 12; j--)
        {
            if (view.IsPunct(j, ',') || view.IsClauseBreak(j))
            {
                return -1;
            }

            if (view.Word(j) is "after" or "before" or "since" or "until" && view.Tag(j) == "IN")
            {
                // `since 2003` with no verb between is a span's start inside some clause: look on for that clause's opener.
                if (finite || view.Word(j) is not "since")
                {
                    return finite ? j : -1;
                }

                continue;
            }

            // `accused X, though records show he has been a member since 2003`: a concessive or causal clause with a verb
            // of its own dates itself.
            if (finite && view.Word(j) is "though" or "although" or "whereas" or "because" && view.Tag(j) == "IN")
            {
                return j;
            }

            finite |= view.Tag(j) is "VBD" or "VBZ" or "VBP" or "MD";
        }

        return -1;
    }

    // The pronoun subject that opens a clause right after a noun, in which the time at `first` stands with a finite verb
    // of its own before it (`talks it abandoned in 2009`); else -1.
    private int ContactClause(int first, int start)
    {
        var finite = false;
        for (var j = first - 1; j > start && first - j <= 8; j--)
        {
            if (view.IsPunct(j, ',') || view.IsClauseBreak(j))
            {
                return -1;
            }

            if (view.Tag(j) == "PRP" && view.Word(j) is "it" or "he" or "she" or "they" or "we")
            {
                return finite && view.Tag(j - 1) is "NN" or "NNS" ? j : -1;
            }

            finite |= view.Tag(j) is "VBD" or "VBZ" or "VBP";
        }

        return -1;
    }

    // The relative pronoun that opens the clause the time at `first` stands in, when that clause has a finite verb of
    // its own before the time (`which went bust in 2003`, not `which in 2003 ...`); else -1. A comma or a clause break
    // ends the search: the clause may have closed there.
    private int RelativeOpener(int first, int start)
    {
        var finite = false;
        for (var j = first - 1; j > start && first - j <= 10; j--)
        {
            if (view.IsPunct(j, ',') || view.IsClauseBreak(j))
            {
                return -1;
            }

            if (view.Is(j, Relatives) && view.Tag(j) is "WDT" or "WP")
            {
                return finite ? j : -1;
            }

            finite |= view.Tag(j) is "VBD" or "VBZ" or "VBP" or "MD";
        }

        return -1;
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
