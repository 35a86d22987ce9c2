using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// The source of a cue verb that has no subject of its own because it shares its clause's: a participle after a
/// comma (<c>X said ..., adding that</c>) or a verb coordinated with an earlier one (<c>X denied ... and said</c>).
/// Its source is the nearest earlier cue's source in the sentence, or else the subject the sentence opened with.
/// </summary>
internal static class SharedSubject
{
    /// <summary>Fills in the source of the candidates whose cue shares an earlier verb's subject.</summary>
    public static void Share(TokenFacts f, List<Quote> rules, List<AttributionCandidate> candidates)
    {
        var q = f.Q;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Source is { } own)
            {
                // `Ruiz praised the plan at a rally, calling it ...`: a source the tagger found in the main clause's
                // predicate (its object) is not the participle's; the clause's subject is.
                if (Shares(f, c.CueFirst) && !f.InQuote[c.CueFirst] && MainSubject(f, q.SentenceOf(c.CueFirst).FirstToken, c.CueFirst) is { } main
                    && own.First > main.Verb && own.End <= c.CueFirst && !Subordinate(q, main.Verb, own.First))
                {
                    candidates[i] = c with { Source = (main.First, main.End) };
                }
                continue;
            }
            if (!(Shares(f, c.CueFirst) || Following(f, c.CueFirst) is not null))
            {
                continue;
            }
            var sentence = q.SentenceOf(c.CueFirst);
            var donor = Following(f, c.CueFirst) ?? Earlier(q, rules, candidates, i, sentence.FirstToken) ?? Opening(f, sentence.FirstToken, c.CueFirst);
            // A source inside the content would make the content its own attribution's source.
            if (donor is { } d && (d.End <= c.Content.First || d.First >= c.Content.End))
            {
                candidates[i] = c with { Source = d };
            }
        }
    }

    // A verb after a comma or a coordinating conjunction (adverbs between skipped) has no subject of its own there.
    internal static bool Shares(TokenFacts f, int cueFirst)
    {
        var q = f.Q;
        if (f.Class[cueFirst] != TokenFacts.Verb || !q.Tag(cueFirst).StartsWith("VB", StringComparison.Ordinal))
        {
            return false;
        }
        var first = q.SentenceOf(cueFirst).FirstToken;
        var t = cueFirst - 1;
        while (t > first && q.Tag(t) == "RB")
        {
            t--;
        }
        return t > first && (q.Word(t) is "and" or "but" || (q.Word(t) == "," && q.Tag(cueFirst) is "VBG" or "VBD" or "VBZ") || (!f.InQuote[cueFirst] && Adverbial(q, first, t, cueFirst)));
    }

    // A participle opening an adverbial phrase after the main clause's verb (`the mayor kept a lid on it by touting
    // her record`, `..., while emphasizing`) has the main clause's subject; one opening the sentence (`After
    // suggesting ..., the mayor`) has the subject after it, which the tagger marks. Not inside a quotation, whose
    // subject is the quoted speaker's (`"... you have contributed to this by saying ..."`).
    private static bool Adverbial(QuoteText q, int first, int t, int cueFirst)
    {
        if (q.Tag(cueFirst) != "VBG" || q.Word(t) is not ("by" or "after" or "while" or "before" or "when" or "without" or "since"))
        {
            return false;
        }
        for (var k = first; k < t; k++)
        {
            if (q.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
        }
        return false;
    }

    // A participle opening the sentence's adverbial phrase (`After visiting the port, the mayor said`, `Instead of
    // naming him, Ruiz only hinted`, `While praising the plan, she warned`) has the main clause's subject, the noun
    // phrase after the phrase's comma that a finite verb follows: that phrase, or null. Not inside a quotation.
    internal static (int First, int End)? Following(TokenFacts f, int cueFirst)
    {
        var q = f.Q;
        if (f.Class[cueFirst] != TokenFacts.Verb || q.Tag(cueFirst) != "VBG" || f.InQuote[cueFirst])
        {
            return null;
        }
        var sentence = q.SentenceOf(cueFirst);
        var t = cueFirst - 1;
        while (t > sentence.FirstToken && q.Tag(t) == "RB")
        {
            t--;
        }
        if (t < sentence.FirstToken || q.Word(t).ToLowerInvariant() is not ("after" or "while" or "before" or "by" or "in" or "when" or "without" or "since" or "of" or "upon" or "on"))
        {
            return null;
        }
        for (var k = sentence.FirstToken; k < t; k++)
        {
            if (q.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD" or "VBG" or "VBN" || q.IsQuoteMark(k) || (q.IsPunctuation(k) && q.Word(k) != ","))
            {
                return null;
            }
        }
        var end = QuoteText.End(sentence);
        for (var c = cueFirst + 1; c < end; c++)
        {
            if (q.IsQuoteMark(c) || q.Word(c) is ";" or ":" or "-" or "--" or "—")
            {
                return null;
            }
            if (q.Word(c) != ",")
            {
                continue;
            }
            var k = c + 1;
            while (k < end && (q.Tag(k).StartsWith("NN", StringComparison.Ordinal) || q.Tag(k) is "DT" or "JJ" or "CD" or "PRP$" or "POS" or "PRP"))
            {
                k++;
            }
            var verb = k;
            while (verb < end && q.Tag(verb) == "RB")
            {
                verb++;
            }
            if (k > c + 1 && verb < end && q.Tag(verb) is "VBD" or "VBZ" or "VBP" or "MD"
                && (q.Tag(k - 1).StartsWith("NN", StringComparison.Ordinal) || q.Tag(k - 1) == "PRP"))
            {
                return (c + 1, k);
            }
        }
        return null;
    }

    // The source of the nearest cue before this one in the sentence: the rules' or another candidate's.
    private static (int First, int End)? Earlier(QuoteText q, List<Quote> rules, List<AttributionCandidate> candidates, int i, int sentenceFirst)
    {
        var cueFirst = candidates[i].CueFirst;
        (int First, int End)? best = null;
        var bestCue = -1;
        for (var k = 0; k < candidates.Count; k++)
        {
            var other = candidates[k];
            if (k != i && other.Source is { } s && other.CueEnd <= cueFirst && other.CueFirst >= sentenceFirst && other.CueFirst > bestCue)
            {
                (best, bestCue) = (s, other.CueFirst);
            }
        }
        foreach (var rule in rules)
        {
            var ruleCue = q.TokenAt(rule.Cue.Start);
            if (rule.Speaker is { } speaker && ruleCue < cueFirst && ruleCue >= sentenceFirst && ruleCue > bestCue && rule.Cue.End <= q.Span(cueFirst).Start)
            {
                (best, bestCue) = (q.TokensOf(speaker.Span.Start, speaker.Span.End), ruleCue);
            }
        }
        return best;
    }

    // A subordinate clause opening between the main verb and the source found (`His words came as
    // the bishop, ..., backed`): the source is that clause's subject, not the main clause's object.
    private static bool Subordinate(QuoteText q, int verb, int source)
    {
        for (var k = verb + 1; k < source; k++)
        {
            if (q.Word(k).ToLowerInvariant() is "as" or "when" or "while" or "because" or "if" or "after"
                or "before" or "since" or "although" or "though" or "until" or "whether" or "where")
            {
                return true;
            }
        }
        return false;
    }

    // The main clause's subject and finite verb: the noun phrase right before the sentence's first finite verb, at the
    // sentence's start or after an opening phrase's comma or a dash (`On Friday, Ruiz endorsed`, `Rome -- Ruiz
    // endorsed`); no quotation before it. Or null.
    private static (int First, int End, int Verb)? MainSubject(TokenFacts f, int sentenceFirst, int cueFirst)
    {
        var q = f.Q;
        for (var t = sentenceFirst; t < cueFirst; t++)
        {
            if (q.IsQuoteMark(t) || f.InQuote[t] || q.Word(t) is ":" or ";" or "(")
            {
                return null;
            }
            if (q.Tag(t) is not ("VBD" or "VBZ" or "VBP" or "MD"))
            {
                continue;
            }
            var k = t - 1;
            while (k >= sentenceFirst && q.Tag(k) == "RB")
            {
                k--;
            }
            if (k < sentenceFirst || SourceShape.Fit(f, null, k + 1) is not { } subject)
            {
                return null;
            }
            var before = subject.First - 1;
            return before < sentenceFirst || q.Word(before) is "," or "-" or "--" or "—" or "–" or "―" ? (subject.First, subject.End, t) : null;
        }
        return null;
    }

    // The noun phrase the sentence opens with, when a finite verb follows it: the main clause's subject.
    private static (int First, int End)? Opening(TokenFacts f, int sentenceFirst, int cueFirst)
    {
        var q = f.Q;
        for (var t = sentenceFirst; t < cueFirst; t++)
        {
            if (q.Tag(t) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return t > sentenceFirst ? SourceShape.Fit(f, null, t) : null;
            }
            if (q.IsPunctuation(t) && q.Word(t) != "'s")
            {
                return null;
            }
        }
        return null;
    }
}
