namespace Chronicle.Events;

// Reduced relatives: participles that hang from the noun before them (`a civilian allegedly killed by X`).
internal sealed partial class MentionFinder
{
    // The actor a participle with `by` hangs from, past adverbs (`allegedly`, `reportedly`), or null.
    private Actor? ReducedRelativeHead(int t, int last, int first, int end) =>
        ReducedRelativeNoun(t, last, first, end) is var j and >= 0 && actors.IsActorToken(j) ? actors.Read(j, first, j) : null;

    // The noun a participle with `by` hangs from (`vessels seized by X`), past adverbs, or -1.
    private int ReducedRelativeNoun(int t, int last, int first, int end)
    {
        if (view.Tag(t) is not ("VBN" or "VBD") || !ByAfter(last, end))
        {
            return -1;
        }

        var j = FirstConjunct(t, first) - 1;
        while (j >= first && view.Tag(j) is "RB" && !view.Is(j, WordSets.Negations))
        {
            j--;
        }

        if (j < first || !view.IsNoun(j))
        {
            return -1;
        }

        // `X was attacked by`, `X has been attacked`: an auxiliary before makes it the clause's own passive.
        for (var k = j + 1; k < t; k++)
        {
            if (view.Is(k, WordSets.Be) || view.Word(k) is "has" or "have" or "had")
            {
                return -1;
            }
        }

        return j;
    }

    // The first of participles joined by `and` that share one agent (`kidnapped` for `killed` in `an engineer kidnapped and
    // presumed killed by guerrillas`), or t itself.
    private int FirstConjunct(int t, int first)
    {
        var j = t - 1;
        while (j > first && j >= t - 2 && view.Tag(j) is "RB" or "VBD" or "VBN")
        {
            j--;
        }

        return j - 1 >= first && view.Word(j) is "and" or "or" && view.Tag(j - 1) is "VBN" or "VBD" ? j - 1 : t;
    }

    // `by` right after the participle ending at last, or after a short phrase of place (`tankers attacked in the Gulf by
    // gunboats`, `a convoy ambushed near the border by rebels`).
    private bool ByAfter(int last, int end)
    {
        var k = last + 1;
        if (k < end && view.Word(k) is "in" or "off" or "near" or "at" or "outside" && view.Tag(k) == "IN")
        {
            k++;
            var stop = k + 3;
            while (k < end && k < stop && view.Tag(k) is "DT" or "NNP" or "NNPS" or "NN" or "JJ")
            {
                k++;
            }

            if (k == last + 2)
            {
                return false;
            }
        }

        // `an engineer kidnapped and presumed killed by guerrillas`: participles joined by `and` share the agent after the last.
        if (k + 2 < end && view.Word(k) is "and" or "or")
        {
            var j = k + 1;
            while (j < end && j <= k + 3 && view.Tag(j) is "VBN" or "VBD" or "RB")
            {
                j++;
            }

            if (j > k + 1 && view.Tag(j - 1) == "VBN")
            {
                k = j;
            }
        }

        return k < end && view.Word(k).Equals("by", StringComparison.OrdinalIgnoreCase);
    }

    // `a letter to the four detainees freed last month`: the noun phrase hangs from a preposition, so it is no subject.
    private bool AfterPreposition(int k, int first)
    {
        k = PhraseOpening(k, first);
        // Not `of`: `thousands of Kurds demonstrated` is the subject's own quantity phrase; but `the first of the men`,
        // `one of the men` pick one out of a set, and the set is no subject.
        // Nor a conjunction the tagger also reads IN (see AfterSubordinator).
        // `About 100 protesters marched`: a word of approximation before a number is no preposition.
        return k >= first && view.Tag(k) == "IN" && !view.Is(k, WordSets.Subordinators) && !Approximation(k)
            && (!view.Word(k).Equals("of", StringComparison.OrdinalIgnoreCase)
            || (k - 1 >= first && (view.Tag(k - 1) is "JJS" || view.Word(k - 1) is "one" or "first" or "second" or "third" or "last" or "latest")));
    }

    // `More than 2,000 protesters rallied`, `fewer than 50 students marched`: `than` after a comparative of amount is
    // part of the count too.
    private bool Approximation(int k) =>
        k + 1 < view.Tokens.Length && view.Tag(k + 1) == "CD"
        && (view.Word(k) is "about" or "About" or "around" or "Around" or "over" or "Over" or "under" or "Under" or "nearly" or "Nearly"
            or "almost" or "Almost" or "roughly" or "Roughly" or "some" or "Some" or "approximately" or "Approximately"
            || (k - 1 >= 0 && view.Word(k) is "than" && view.Word(k - 1) is "more" or "More" or "fewer" or "Fewer" or "less" or "Less"));

    // `arrested as strikers scuffled with police called in to help`: a noun phrase right after a conjunction is the subject of
    // a clause, whose participle-looking verb is its own, whatever verb follows.
    private bool AfterSubordinator(int k, int first)
    {
        k = PhraseOpening(k, first);
        return k >= first && view.Is(k, WordSets.Subordinators);
    }

    // The token before the noun phrase ending at <paramref name="k"/>.
    private int PhraseOpening(int k, int first)
    {
        while (k >= first && view.Tag(k) is "DT" or "JJ" or "CD" or "NN" or "NNS" or "NNP" or "NNPS")
        {
            k--;
        }

        return k;
    }

    // `the first of the four detainees freed last month`: a participle the tagger read as a past tense, right after a noun
    // phrase that hangs from a preposition and before a time, is a passive whose subject is that noun.
    private bool PastTenseReducedRelative(int t, int last, int first, int end) =>
        view.Tag(t) == "VBD" && last == t && t - 1 >= first && t + 1 < end && view.IsNoun(t - 1) && actors.IsActorToken(t - 1)
        && view.Tag(t + 1) == "JJ" && view.TimeAt[t + 1] >= 0 && AfterPreposition(t - 1, first);

    // `an Iraqi civilian allegedly killed by troops`: an actor noun the tagger read as an adjective before the participle
    // is the one acted on; null when the word before is no actor noun.
    private Actor? AdjectivalHead(int h, int first) =>
        h >= first && view.Tag(h) == "JJ" && view.EntityAt[h] < 0 && view.Is(h, WordSets.ActorNouns) ? actors.Read(h, first, h) : null;

    // The noun phrase ending at <paramref name="k"/> opens right after `with`.
    private bool AfterWith(int k, int first) =>
        PastQuantityWords(PhraseOpener(k, first), first) is var opener and >= 0
        && view.Word(opener).Equals("with", StringComparison.OrdinalIgnoreCase);

    // `with at least 20,000 people killed`, `with more than 300 hurt`, `with about 40 held`: the words of an
    // approximate count before the phrase's number; the token before them, or the opener itself when there are none.
    private int PastQuantityWords(int opener, int first)
    {
        if (opener - 1 < first || view.Tag(opener + 1) != "CD")
        {
            return opener;
        }

        var pair = view.Word(opener - 1);
        return view.Word(opener) switch
        {
            "least" or "most" when pair is "at" => opener - 2,
            "than" when pair is "more" or "fewer" or "less" => opener - 2,
            "to" when pair is "up" => opener - 2,
            "about" or "around" or "nearly" or "almost" or "some" or "over" or "roughly" or "approximately" => opener - 1,
            _ => opener,
        };
    }

    // `she saw Horton killed`, `found the guard shot dead`: a participle after the object of a verb of seeing or finding
    // tells what was done to that object.
    private bool AfterSeeing(int k, int first) =>
        PhraseOpener(k, first) is var opener and >= 0 && view.Word(opener) is "saw" or "see" or "seen" or "watched" or "found" or "find";

    // The word before the noun phrase that ends at token k, or -1 when the phrase opens the sentence or follows a noun. An
    // article after a noun opens a phrase of its own: in `after talks with France the minister agreed`, the minister is
    // the clause's subject, not one with France.
    private int PhraseOpener(int k, int first)
    {
        while (k >= first && view.Tag(k) is "DT" or "JJ" or "CD" or "NN" or "NNS" or "NNP" or "NNPS")
        {
            if (view.Tag(k) == "DT" && k - 1 >= first && view.IsNoun(k - 1))
            {
                return -1;
            }

            k--;
        }

        return k >= first ? k : -1;
    }

    // `detainees released in March were questioned`: the clause's own finite verb comes later, before any `that` or comma.
    private bool MainVerbAfter(int k, int end)
    {
        for (; k < end; k++)
        {
            // `clashed in Lagos with demonstrators who were protesting`: a relative clause's verb is its own, not the main one.
            if (view.Tokens[k].Kind == TokenKind.Punctuation || view.Word(k).Equals("that", StringComparison.OrdinalIgnoreCase)
                || view.Tag(k) is "WP" or "WDT" or "WP$")
            {
                return false;
            }

            if (IsFinite(k) && view.Tag(k) != "VBN")
            {
                return true;
            }
        }

        return false;
    }

    // `plans, backed by the UK,`: a participle phrase set off by commas (the one at `close`) after a thing that is no actor.
    private bool SetOffThing(int close, int first)
    {
        for (var k = close - 1; k > first && k >= close - 8; k--)
        {
            if (view.IsPunct(k, ','))
            {
                return view.Tag(k + 1) == "VBN" && view.Tag(k - 1) is "NN" or "NNS" && !actors.IsActorToken(k - 1);
            }
        }

        return false;
    }
}
