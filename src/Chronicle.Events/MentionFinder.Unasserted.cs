namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // Trigger words that here name an act in general, a text's claim or a party's offer to the public: nothing done
    // between actors is asserted. True when the mention is none.
    private bool Unasserted(Mention m, int first, int end)
    {
        // `Accepting students from abroad is good for universities`, `- Withdrawing from the convention`: a gerund that opens
        // its sentence with no one doing it names a kind of act, the subject of an opinion or an item of a programme.
        if (!m.Noun && !m.HasSource && view.Tag(m.First) == "VBG" && OpensSentence(m.First, first))
        {
            return true;
        }

        // `the court ruled that detaining suspects without trial breaks the law`, `warned that attacking Mr X had brought it
        // trouble`: a gerund opening a that-clause is its subject, a kind of act judged, whoever the main clause names.
        if (!m.Noun && view.Tag(m.First) == "VBG" && m.First - 1 >= first && view.Word(m.First - 1) is "that" && view.Tag(m.First - 1) is "IN" or "WDT" or "DT")
        {
            return true;
        }

        // `employers who consistently refuse to pay`, `local authorities who will not accept rises`: what a kind of actor does
        // as a rule, told in the present of a bare plural, is a habit, no act of this article.
        if (!m.Noun && Habitual(m.First, first))
        {
            return true;
        }

        // `has the power to suspend or bar him from office`, `have the right to ban`: a power held is no act done; nor is
        // a choice left to someone (`it would be up to each leader to accept or refuse`), nor an aim (`the aim of the
        // party is to withdraw from the EU`).
        if (!m.Noun && Capacity(m.First, first))
        {
            return true;
        }

        // `without consulting Paris`, `insist on controls before agreeing to any reform`: an act done without, or put off
        // until a condition is met and aimed at whatever may come, is not done.
        if (!m.Noun && view.Tag(m.First) == "VBG" && m.First - 1 >= first
            && (view.Word(m.First - 1) is "without" || (view.Word(m.First - 1) is "before" or "until" && AnyAfter(m.Last, m.Last + 4))))
        {
            return true;
        }

        // `had flexibility in taking sanctions`, `the authority to impose tariffs`, `the option of imposing quotas`: the
        // act a noun of power or latitude leaves room for is not done.
        if (LeftRoomFor(m, first))
        {
            return true;
        }

        // `urged students to "make their mark"`, `urged people to put the comments into context`, `urged Muslims not to vote
        // for Labour`: an appeal to the public at large, or for votes, is campaigning or advice, no request between actors.
        if (m.Type == PloverType.Request && !m.Noun && (ForVotes(m.Last, end)
            || (m.HasTarget && m.Actors.TrueForAll(a => a.Role != ActorRole.Target || Public.Contains(a.Span.Of(view.Text))))))
        {
            return true;
        }

        // `voters would reject the treaty by two to one`, `most people would back the plan`: what the electorate would do, as
        // a poll reckons it, is an opinion measured, no act.
        if (!m.Noun && m.HasSource && Conditional(m.First, first)
            && m.Actors.TrueForAll(a => a.Role != ActorRole.Source || Electorate.Contains(LastWord(a.Span.Of(view.Text)))))
        {
            return true;
        }

        // `The book alleges that X told Y`, `the newspaper alleged that`: a text's claim is what its author says, told as
        // the content of the text; the text is no party accusing anyone (`Mr X alleged that` is still an accusation).
        if (m.Type == PloverType.Accuse && !m.Noun && !m.HasSource && view.Word(m.First).StartsWith("alleg", StringComparison.OrdinalIgnoreCase)
            && TextSubject(m.First, first))
        {
            return true;
        }

        // `promised a "firm but fair" policy`, `offer UK university courses online`, `promised the most positive campaign
        // Labour has run`: what is offered or promised is no party to it; the one it is made to stands right after the verb
        // (`promised Gordon Brown he would`) or after `to`.
        if (m.Type == PloverType.Agree && !m.Noun && OfferWord(view.Word(m.First)))
        {
            m.Actors.RemoveAll(a => a.Role == ActorRole.Target && !Recipient(m.Last, a, end));
        }

        return false;
    }

    // `who (consistently) refuse`, `who will not accept`: a present verb after `who` whose antecedent is a plural with no
    // determiner (`employers who`, `the number of employers who`).
    private bool Habitual(int t, int first)
    {
        var k = t - 1;
        var present = view.Tag(t) == "VBP";
        while (k >= first && (view.Tag(k) is "RB" or "MD" || view.Is(k, WordSets.Negations)))
        {
            present |= view.Word(k) is "will" or "can" or "cannot" or "do";
            k--;
        }

        if (!present || k - 1 < first || view.Word(k) is not "who" || view.Tag(k - 1) is not "NNS")
        {
            return false;
        }

        var j = k - 2;
        while (j >= first && view.Tag(j) is "JJ" or "NN")
        {
            j--;
        }

        return j < first || view.Tag(j) is not ("DT" or "PRP$" or "POS" or "CD") && !IsPossessiveMark(j);
    }

    // `the power to suspend or bar`, `the right to ban`, `up to each leader to accept`: `to` after a noun of power, or
    // after the one a choice is left to, with only verbs or `or` between it and the trigger.
    private bool Capacity(int t, int first)
    {
        for (var k = t - 1; k >= first + 1 && k >= t - 4; k--)
        {
            if (view.Word(k) is "to")
            {
                // (`was right to reject`: an adjective after `be` judges the act, which is told.)
                return (view.Word(k - 1) is "power" or "powers" or "right" or "rights" or "ability" or "authority" or "capacity" or "freedom"
                    && !(k - 2 >= first && view.Is(k - 2, WordSets.Be))) || LeftUpTo(k - 1, first) || Aimed(k - 1, first);
            }

            if (!(view.IsVerb(k) || view.Word(k) is "or" or "and" or "even"))
            {
                return false;
            }
        }

        return false;
    }

    // `any` opening the object, within (last, limit]: `agreeing to any reform`.
    private bool AnyAfter(int last, int limit)
    {
        for (var k = last + 1; k <= limit && k < view.Tokens.Length && !view.IsPunct(k, ',') && !view.IsPunct(k, '.'); k++)
        {
            if (view.Word(k) is "any")
            {
                return true;
            }
        }

        return false;
    }

    // The act at m hangs from a noun of power or latitude: `flexibility in taking sanctions` (past a verb that takes the
    // act noun), `the option of imposing quotas`, `the discretion to impose tariffs`.
    private bool LeftRoomFor(Mention m, int first)
    {
        var k = m.First - 1;
        if (m.Noun)
        {
            while (k >= first && view.Tag(k) is "DT" or "JJ" or "NN" or "CD")
            {
                k--;
            }

            if (k < first || view.Tag(k) is not ("VB" or "VBG"))
            {
                return false;
            }

            k--;
        }
        else if (view.Tag(m.First) is not ("VB" or "VBG"))
        {
            return false;
        }

        var verb = k + 1;
        var linked = k >= first && (view.Tag(verb) == "VBG" ? view.Word(k) is "in" or "of" or "for" : view.Word(k) is "to");
        return linked && k - 1 >= first && view.Tag(k - 1) is "NN" or "NNS" && (view.Is(k - 1, WordSets.Abilities) || view.Is(k - 1, WordSets.Latitude));
    }

    // `up to each party leader`, `up to them`: the noun phrase ending at k follows `up to` (not a number: `up to 4,000
    // supporters to demonstrate` counts them).
    private bool LeftUpTo(int k, int first)
    {
        while (k >= first && view.Tag(k) is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "POS")
        {
            k--;
        }

        return k - 1 >= first && view.Word(k) is "to" && view.Word(k - 1).Equals("up", StringComparison.OrdinalIgnoreCase);
    }

    // `The aim of the party is to`, `our goal was to`, `the idea will be to`: a form of `be` at k whose subject is a noun of
    // aim, alone or with its `of` phrase; what follows is wanted, not done.
    private bool Aimed(int k, int first)
    {
        if (k < first || !view.Is(k, WordSets.Be))
        {
            return false;
        }

        for (var j = k - 1; j >= first && j >= k - 8 && !view.IsVerb(j) && !view.IsClauseBreak(j) && !view.IsPunct(j, ','); j--)
        {
            if (view.Is(j, Aims) && (j + 1 == k || view.Word(j + 1) is "of" || view.Is(j + 1, WordSets.IntentModals)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Aims =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["aim", "aims", "goal", "goals", "objective", "objectives", "purpose", "intention", "intentions", "plan", "plans", "idea",
             "ambition", "ambitions", "hope", "mission", "target", "priority"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // `to vote for`, `not to vote`, `to back Labour at the polls`: after the request's target, its act is a vote.
    private bool ForVotes(int last, int end)
    {
        for (var k = last + 1; k + 1 < end && k <= last + 8; k++)
        {
            if (view.Word(k) is "to")
            {
                return view.Word(k + 1) is "vote" || (view.Word(k + 1) is "not" && k + 2 < end && view.Word(k + 2) is "vote");
            }

            if (view.IsClauseBreak(k))
            {
                return false;
            }
        }

        return false;
    }

    // `would`, `could` or `might` before the verb, past adverbs (`would probably reject`).
    private bool Conditional(int t, int first)
    {
        var k = t - 1;
        while (k >= first && view.Tag(k) == "RB")
        {
            k--;
        }

        return k >= first && view.Word(k) is "would" or "could" or "might";
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> phrase) => phrase[(phrase.LastIndexOf(' ') + 1)..];

    // Those a poll speaks for.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Electorate =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["voters", "electorate", "electors", "public", "people", "respondents"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The public at large, named by a bare word (`people`, `students`); an appeal to them is advice or campaigning.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Public =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["people", "students", "parents", "families", "pensioners", "taxpayers", "motorists", "consumers", "listeners", "viewers",
             "readers", "everyone", "everybody", "citizens", "householders", "patients", "youngsters", "shoppers"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a verb makes an offer or a promise (<c>offered</c>, <c>promises</c>, <c>pledged</c>).</summary>
    internal static bool OfferWord(ReadOnlySpan<char> word) =>
        word.StartsWith("offer", StringComparison.OrdinalIgnoreCase) || word.StartsWith("promis", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("pledg", StringComparison.OrdinalIgnoreCase);

    // The target's first word follows the verb but for determiners (`offered the Irish government`), or `to` (`offered to
    // Iraq`, `pledged support to X`, at most a few words on); else it is the thing offered or a word inside it.
    private bool Recipient(int last, EventActor a, int end)
    {
        var start = view.NextToken(a.Span.Start);
        if (start < 0)
        {
            return true;
        }

        // `offer UK university courses`: a name before a noun modifies the thing offered.
        var after = view.NextToken(a.Span.End);
        if (after >= 0 && after < end && view.Tag(after) is "NN" or "NNS" or "VBZ")
        {
            return false;
        }

        var k = last + 1;
        while (k < start && view.Tag(k) is "DT" or "PRP$" or "JJ")
        {
            k++;
        }

        if (k == start)
        {
            return true;
        }

        for (var j = start - 1; j > last && j >= start - 6 && j < end; j--)
        {
            if (view.Word(j) is "to" && view.Tag(j) is "TO" or "IN" && (j + 1 >= end || view.Tag(j + 1) != "VB"))
            {
                return true;
            }

            if (view.IsClauseBreak(j) || view.IsPunct(j, ','))
            {
                return false;
            }
        }

        return false;
    }

    // Only quote marks, dashes or bullets stand before the word in its sentence.
    private bool OpensSentence(int t, int first)
    {
        for (var k = first; k < t; k++)
        {
            if (view.Tokens[k].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    // The subject before the verb (past auxiliaries, adverbs and a parenthesis set off by commas) is a text: `The book,
    // serialised in a newspaper, alleges`.
    private bool TextSubject(int t, int first)
    {
        var k = t - 1;
        while (k >= first && (Skippable(k) || view.IsPunct(k, ',')))
        {
            if (view.IsPunct(k, ','))
            {
                k--;
                while (k >= first && !view.IsPunct(k, ','))
                {
                    k--;
                }
            }

            k--;
        }

        return k >= first && view.Is(k, Texts);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Texts =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["book", "books", "report", "reports", "paper", "papers", "newspaper", "newspapers", "article", "articles", "documentary",
             "programme", "film", "study", "biography", "memoir", "memoirs", "dossier", "letter", "document", "documents", "survey",
             "review", "story", "website", "blog", "magazine", "diary", "diaries", "e-mail", "email", "leaflet", "broadcast", "statement", "statements", "figures", "data",
             "footage", "video", "transcript", "indicators", "guidelines", "statistics", "results", "estimates", "forecasts",
             // Papers of one person made public (`released his tax returns`, `released her medical records`).
             "returns", "records", "emails", "e-mails", "files", "tapes", "photos", "photographs", "pictures", "images",
             // Software and records put out (`released an emergency patch`, `released her second album`).
             "patch", "patches", "update", "updates", "software", "version", "album", "albums", "single", "trailer",
             // Campaign material put out (`released an ad this week showing Trump`).
             "ad", "ads", "advert", "adverts", "advertisement", "advertisements", "commercial", "commercials", "poll", "polls"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
