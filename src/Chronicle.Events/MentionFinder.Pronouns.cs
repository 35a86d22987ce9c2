namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    /// <summary>
    /// `He also dismissed claims`, `she accused ministers`: a personal pronoun outside a quote is the person named
    /// last before it, within a few sentences (news names a person, then goes on with `he`). The actor keeps the
    /// pronoun's span and takes the person's name, entity and country.
    /// </summary>
    private Actor? Antecedent(int k) =>
        view.Word(k).Equals("he", StringComparison.OrdinalIgnoreCase) || view.Word(k).Equals("she", StringComparison.OrdinalIgnoreCase)
            ? Antecedent(k, view.Word(k).Equals("he", StringComparison.OrdinalIgnoreCase))
            : null;

    /// <summary>
    /// `on his first official visit`, `her talks with X`: a possessive pronoun before an act is its doer, the person
    /// named last before it as for `he` and `she`.
    /// </summary>
    private Actor? OwnerAntecedent(int k)
    {
        if (view.Tag(k) != "PRP$" || InDirectQuote(k))
        {
            return null;
        }

        var plural = view.Word(k).Equals("their", StringComparison.OrdinalIgnoreCase);
        if (plural || view.Word(k).Equals("its", StringComparison.OrdinalIgnoreCase))
        {
            return GroupOwner(k, plural) is { } group ? group with { First = k, Last = k, Span = view.Tokens[k].Span } : null;
        }

        if (!(view.Word(k).Equals("his", StringComparison.OrdinalIgnoreCase) || view.Word(k).Equals("her", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // `On Monday the visiting president met X, on his first visit`: one person opening the sentence as its subject.
        var he = view.Word(k).Equals("his", StringComparison.OrdinalIgnoreCase);
        // `Within hours of his talks with X, Y resigned`: in a phrase fronted before the main clause, the main clause's subject.
        if (FrontedOwner(k, he) is { } main)
        {
            return main with { First = k, Last = k, Span = view.Tokens[k].Span };
        }

        // (`Investors praised his handling of the economy`: a subject that cannot be `his` leaves it to the person named before.)
        if (OpeningSubject(k) is { } subject)
        {
            if (Antecedent(subject.First) is { } named)
            {
                return named with { First = k, Last = k, Span = view.Tokens[k].Span };
            }

            if (OnePerson(subject, he))
            {
                return subject with { First = k, Last = k, Span = view.Tokens[k].Span };
            }
        }

        return Antecedent(k, he);
    }

    /// <summary>
    /// `The minister resigned. The prime minister accepted his resignation`: a possessive pronoun in the object of an act
    /// on another's act is the person named before, not the one who acts (`his` may not stand for the subject).
    /// </summary>
    private Actor? OtherOwner(int k, List<Actor> subjects)
    {
        if (view.Tag(k) != "PRP$" || !(view.Word(k).Equals("his", StringComparison.OrdinalIgnoreCase) || view.Word(k).Equals("her", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var he = view.Word(k).Equals("his", StringComparison.OrdinalIgnoreCase);
        var owner = Antecedent(k, he);
        if (owner is not null && subjects.Exists(s => Acts(owner, s)) && subjects.Count > 0)
        {
            owner = Antecedent(subjects.Min(s => s.First), he);
        }

        return owner is null || subjects.Exists(s => Acts(owner, s)) ? null : owner with { First = k, Last = k, Span = view.Tokens[k].Span };
    }

    // The person is the subject, or the one the subject's pronoun stands for.
    private bool Acts(Actor person, Actor subject) => Same(person, subject) || (Antecedent(subject.First) is { } named && Same(person, named));

    private static bool Same(Actor a, Actor b) =>
        (a.EntityId is not null && a.EntityId == b.EntityId) || a.Canonical.Equals(b.Canonical, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// `the cabinet was split over its decision`, `supporters came to make their protest`: `its` is the nearest earlier
    /// organisation, state or body (not a person, not a crowd), `their` the nearest earlier group of people or plural
    /// actor, within the sentence and the one before it; in a phrase fronted before the main clause (`Despite giving
    /// their backing to X, the Liberal Democrats`), the main clause's subject when it fits.
    /// </summary>
    private Actor? GroupOwner(int k, bool plural)
    {
        if (FrontedPhraseOf(k) is var comma and >= 0)
        {
            var end = view.NextToken(view.Found.Sentences[SentenceOf(k)].Span.End) is var next and >= 0 ? next : view.Tokens.Length;
            return MainSubject(comma + 1, end) is { } main && OwnerFits(main, plural) ? main : null;
        }

        var sentence = SentenceOf(k);
        var floor = view.Found.Sentences[Math.Max(0, sentence - 1)].FirstToken;
        for (var j = k - 1; j >= floor; j--)
        {
            if (!actors.IsActorToken(j) || InDirectQuote(j))
            {
                continue;
            }

            var actor = actors.Read(j, view.Found.Sentences[SentenceOf(j)].FirstToken, j);
            if (OwnerFits(actor, plural))
            {
                return actor;
            }

            j = actor.First;
        }

        return null;
    }

    /// <summary>
    /// `The union met on Monday. It accused ministers of`, `Opposition MPs met. They criticised`: a subject `it` or `they`
    /// outside a quote goes on with the subject of its own sentence before it or of the sentence before (`it` an
    /// organisation, a state or a body, `they` a group, a plural or a party); null when that subject is none such. A
    /// sentence whose subject is no actor passes to the one before it; one whose subject is another actor ends the search.
    /// </summary>
    private Actor? SubjectPronounAntecedent(int k, int depth = 0)
    {
        var word = view.Word(k);
        var plural = word.Equals("they", StringComparison.OrdinalIgnoreCase);
        if (!(plural || word.Equals("it", StringComparison.OrdinalIgnoreCase)) || view.Tag(k) != "PRP" || InDirectQuote(k) || depth > 1)
        {
            return null;
        }

        // A sentence in quotation marks no quote was found for is someone's words all the same.
        var sentence = SentenceOf(k);
        if (IsQuoteMark(view.Found.Sentences[sentence].FirstToken))
        {
            return null;
        }

        for (var s = sentence; s >= 0 && s >= sentence - 2; s--)
        {
            var first = view.Found.Sentences[s].FirstToken;
            var before = s == sentence ? k : first + view.Found.Sentences[s].TokenCount;
            var opener = first < before && view.Tag(first) == "CC" ? first + 1 : first;
            // `It said ... . It accused`: a sentence opened by the same pronoun passes on what that one stands for.
            if (s < sentence && opener + 1 < before && view.Word(opener).Equals(word, StringComparison.OrdinalIgnoreCase) && view.Tag(opener) == "PRP"
                && view.IsVerb(opener + 1))
            {
                return SubjectPronounAntecedent(opener, depth + 1);
            }

            if (MainSubject(first, before) is not { } subject || InDirectQuote(subject.First))
            {
                continue;
            }

            if (subject.Last < k && SubjectFits(subject, plural))
            {
                return subject with { First = k, Last = k, Span = view.Tokens[k].Span };
            }

            // `Chirac asked the Socialists for help, but they refused`: `they` opening a new clause after a singular
            // subject stands for the people or party its sentence names after that subject, the nearest one.
            return plural && s == sentence && subject.Last < k && view.Tag(subject.Last) is "NNP" or "NN" && NewClause(k)
                && PluralAfter(subject.Last + 1, before) is { } named
                ? named with { First = k, Last = k, Span = view.Tokens[k].Span }
                : null;
        }

        return null;
    }

    // The nearest plural actor in [from, before) (`the centrists`), or null.
    private Actor? PluralAfter(int from, int before)
    {
        for (var j = before - 1; j >= from; j--)
        {
            // (`told sugar groups that if growers expand, they may be penalized`: a clause opened between them has its own
            // subject, which `they` may stand for.)
            if (view.IsPunct(j, '"') || IsQuoteMark(j) || (j < before - 1 && (view.Is(j, WordSets.Subordinators) || view.Word(j) is "that")))
            {
                return null;
            }

            if (actors.IsActorToken(j) && view.Tag(j) is "NNS" or "NNPS" && actors.Read(j, from, j) is var actor && SubjectFits(actor, true))
            {
                // (People or a party: `told reporters`, a name in the plural, says nothing of who acts next.)
                return (view.Is(j, WordSets.ActorNouns) || view.Is(j, WordSets.PeopleNouns) || actors.IsParty(j))
                    && view.Word(j) is not ("reporters" or "journalists") ? actor : null;
            }
        }

        return null;
    }

    // `they` opens a clause of its sentence: after `but`, `and`, a comma or a subordinator.
    private bool NewClause(int k) =>
        k > 0 && (view.Word(k - 1) is "but" or "and" or "because" or "when" or "after" or "as" or "so" or "until" or "since"
            || view.IsPunct(k - 1, ','));

    // `it` stands for an organisation, a state or a body named (`the union`, `the government`), `they` for people, a plural
    // or a party (`Labour`, `the Tories`); neither for a person.
    private bool SubjectFits(Actor actor, bool plural)
    {
        var head = actor.Last;
        if (view.EntityAt[head] >= 0 && view.Found.Entities[view.EntityAt[head]].Type is EntityType.Person)
        {
            return false;
        }

        if (plural)
        {
            // (`Opposition MPs`: a plural actor noun the tagger read as a name.)
            return OwnerFits(actor, true) || actors.IsParty(head)
                || (view.Is(head, WordSets.ActorNouns) && view.Word(head) is { Length: > 2 } w && w[^1] == 's' && view.Tag(head) is "NNP" or "NNPS");
        }

        return OwnerFits(actor, false) && !actor.People
            && ((view.EntityAt[head] >= 0 && view.Found.Entities[view.EntityAt[head]].Type is EntityType.Org or EntityType.Gpe)
                || view.Word(head) is "government" or "regime" or "administration" or "ministry" or "party" or "union" or "council"
                    or "committee" or "court" or "company" or "firm" or "agency" or "commission" or "association" or "federation"
                    or "university" or "watchdog" or "regulator" or "hospital" or "army" or "military" or "navy" or "cabinet"
                    or "parliament" or "coalition" or "junta" or "militia" or "delegation" or "board" or "authority" or "campaign");
    }

    // `its` stands for one body (an organisation, a state, `the government`), `their` for people or a plural.
    private bool OwnerFits(Actor actor, bool plural)
    {
        var head = actor.Last;
        if (view.Tag(head) is "PRP" || view.Is(head, WordSets.FirstPerson)
            || (view.EntityAt[head] >= 0 && view.Found.Entities[view.EntityAt[head]].Type == EntityType.Person))
        {
            return false;
        }

        var many = actor.People || view.Tag(head) is "NNS" or "NNPS" || (actors.IsParty(head) && view.Word(head)[^1] == 's');
        return plural ? many : !many && !view.Is(head, WordSets.Titles);
    }

    // The comma closing a prepositional or gerund phrase that opens the sentence of token k and holds it, else -1.
    private int FrontedPhraseOf(int k)
    {
        var sentence = view.Found.Sentences[SentenceOf(k)];
        var first = sentence.FirstToken;
        if (!(view.Tag(first) is "IN" or "VBG" || view.Word(first) is "Within" or "During" or "After" or "Before" or "Following" or "Despite" or "Amid"))
        {
            return -1;
        }

        var end = view.NextToken(sentence.Span.End) is var next and >= 0 ? next : view.Tokens.Length;
        var comma = first + 1;
        while (comma < end && !view.IsPunct(comma, ',') && view.Tokens[comma].Kind != TokenKind.Punctuation && !IsFinite(comma))
        {
            comma++;
        }

        return comma > k && comma < end && view.IsPunct(comma, ',') ? comma : -1;
    }

    // The subject of the main clause when token k lies in a prepositional phrase that opens the sentence and ends at a comma
    // (the tagger may read a capitalised preposition as a name).
    private Actor? FrontedOwner(int k, bool he)
    {
        var sentence = view.Found.Sentences[SentenceOf(k)];
        var first = sentence.FirstToken;
        if (!(view.Tag(first) == "IN" || view.Word(first) is "Within" or "During" or "After" or "Before" or "Following" or "Despite" or "Amid"))
        {
            return null;
        }

        var end = view.NextToken(sentence.Span.End) is var next and >= 0 ? next : view.Tokens.Length;
        var comma = first + 1;
        while (comma < end && !view.IsPunct(comma, ',') && !view.IsVerb(comma) && view.Tokens[comma].Kind != TokenKind.Punctuation)
        {
            comma++;
        }

        return comma > k && comma < end && view.IsPunct(comma, ',') && MainSubject(comma + 1, end) is { } main && OnePerson(main, he) ? main : null;
    }

    // A person named (of the pronoun's sex as far as the name tells) or a post's holder (`the president`), not a group.
    private bool OnePerson(Actor subject, bool he) =>
        !subject.People && view.Tag(subject.First) != "PRP" && (view.EntityAt[subject.Last] >= 0
            ? view.Found.Entities[view.EntityAt[subject.Last]] is { Type: EntityType.Person } person && !PersonSex.Other(view, person.Canonical, he)
            : view.Is(subject.Last, WordSets.Titles));

    // The subject a sentence opens with, past a conjunction and a time phrase (`But on Monday the president met`), when a
    // finite verb follows it before token <paramref name="before"/>; else null.
    private Actor? OpeningSubject(int before)
    {
        var k = view.Found.Sentences[SentenceOf(before)].FirstToken;
        if (k < before && view.Tag(k) == "CC")
        {
            k++;
        }

        if (k + 1 < before && view.Tag(k) == "IN" && view.TimeAt[k + 1] >= 0)
        {
            k++;
        }

        while (k < before && view.TimeAt[k] >= 0)
        {
            k++;
        }

        var start = k;
        while (k < before && !actors.IsActorToken(k) && !view.Word(k).Equals("he", StringComparison.OrdinalIgnoreCase)
            && !view.Word(k).Equals("she", StringComparison.OrdinalIgnoreCase) && view.Tag(k) is "DT" or "JJ" or "NN" or "NNP")
        {
            k++;
        }

        if (k >= before || view.IsVerb(k) || view.Tokens[k].Kind == TokenKind.Punctuation)
        {
            return null;
        }

        var subject = view.Tag(k) == "PRP" ? new Actor(k, k, view.Tokens[k].Span, view.Word(k).ToString(), null, null, false)
            : actors.IsActorToken(k) ? actors.Read(k, start, before - 1) : null;
        if (subject is null)
        {
            return null;
        }

        var verb = subject.Last + 1;
        while (verb < before && view.Tag(verb) == "RB")
        {
            verb++;
        }

        return verb < before && view.Tag(verb) is "VBD" or "VBZ" or "VBP" or "MD" ? subject : null;
    }

    private Actor? Antecedent(int k, bool he)
    {
        var at = view.Tokens[k].Span;
        if (InDirectQuote(k))
        {
            return null;
        }

        var sentence = SentenceOf(k);
        for (var j = k - 1; j >= 0 && j >= view.Found.Sentences[Math.Max(0, sentence - 2)].FirstToken; j--)
        {
            // `The prime minister on Sunday said X. But he rejected Y`: a sentence opened by a post's holder, unnamed.
            if (TitledSubject(j, k) is { } holder)
            {
                return holder with { First = k, Last = k, Span = at };
            }

            if (view.EntityAt[j] < 0 || view.Found.Entities[view.EntityAt[j]].Type != EntityType.Person)
            {
                continue;
            }

            var start = j;
            while (start > 0 && view.EntityAt[start - 1] == view.EntityAt[j])
            {
                start--;
            }

            // The pronoun goes on with the subject of a sentence before it (`Shadow minister X said`, `X rejected`),
            // or of a clause (`Before leaving, X made a visit, where he met`, `"...," X said.`), not with a person
            // named inside a clause (`he met his wife Y`) or only as a possessor (`X's budget was cut. He accused X`),
            // nor one whose title is of the other sex.
            // Nor one named inside a quotation (`X said: "Y is wrong." He urged`): the quote's words are not the narrative.
            if (Possessor(j) || InDirectQuote(j) || !(OpensSentence(start) || SubjectOfVerb(start, j) || AfterReporting(start, j)) || OtherSex(start, he)
                || PersonSex.Other(view, view.Found.Entities[view.EntityAt[j]].Canonical, he))
            {
                j = start;
                continue;
            }

            var person = actors.Read(j, start, j);
            return person with { First = k, Last = k, Span = at };
        }

        return null;
    }

    // `The prime minister`, `the chancellor` opening a sentence before the pronoun's, as its subject: a post held by one
    // person, not a name (a name after it, `the chancellor Y`, is read as the person's own).
    private Actor? TitledSubject(int j, int pronoun)
    {
        if (view.EntityAt[j] >= 0 || view.Tag(j) != "NN" || !(view.Is(j, WordSets.Titles) || view.Word(j) is "chancellor" or "premier")
            || SentenceOf(j) == SentenceOf(pronoun) || Possessor(j) || (j + 1 < view.Tokens.Length && (view.IsNoun(j + 1) || view.EntityAt[j + 1] >= 0)))
        {
            return null;
        }

        var start = j;
        while (start > 0 && view.Tag(start - 1) is "NN" or "JJ" && view.EntityAt[start - 1] < 0)
        {
            start--;
        }

        if (start == 0 || view.Tag(start - 1) != "DT" || !OpensSentence(start - 1))
        {
            return null;
        }

        // The subject of its sentence: a verb follows it (past a time phrase such as `on Sunday`), not `of the party`.
        var k = j + 1;
        while (k < view.Tokens.Length && (view.TimeAt[k] >= 0 || view.Tag(k) is "RB" || (view.Word(k) is "on" or "last" && k + 1 < view.Tokens.Length && view.TimeAt[k + 1] >= 0)))
        {
            k++;
        }

        if (k >= view.Tokens.Length || view.Tag(k) is not ("VBD" or "VBZ" or "VBP" or "MD"))
        {
            return null;
        }

        // The post's holder named earlier (`Prime Minister X`) is the one meant.
        var post = actors.Read(j, start - 1, j);
        return actors.Holder(post.First, post.Last) is var (entity, country)
            ? post with { Canonical = view.Found.Entities[entity].Canonical, EntityId = view.Found.Entities[entity].EntityId, Country = country ?? post.Country }
            : post;
    }

    private bool InDirectQuote(int k)
    {
        var at = view.Tokens[k].Span;
        foreach (var quote in view.Found.Quotes)
        {
            if (quote.Direct && quote.Content.Contains(at))
            {
                return true;
            }
        }

        return false;
    }

    private bool Possessor(int last) => last + 1 < view.Tokens.Length && IsPossessiveMark(last + 1);

    // `, X made a surprise visit`, `," X said.`: a name right before a finite verb, after a comma or a quote, not
    // after a preposition (`a spokesman for X said` is the spokesman's word) nor a subordinator.
    private bool SubjectOfVerb(int start, int last)
    {
        // Back over the title and modifiers (`the Tory leader X`) to what stands before the phrase.
        var before = start - 1;
        while (before >= 0 && view.Tag(before) is "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "DT" or "CD")
        {
            before--;
        }

        // Only a main clause's subject: after a comma or a closing quote (`when X was` is a subordinate clause's).
        if (before >= 0 && !(view.IsPunct(before, ',') || view.Tag(before) == "''" || view.IsPunct(before, '"') || view.IsPunct(before, '”')))
        {
            return false;
        }

        var k = last + 1;
        // `President X of Pakistan has said`: the state after `of` is part of the subject.
        if (k + 1 < view.Tokens.Length && view.Word(k) is "of" && view.EntityAt[k + 1] >= 0
            && view.Found.Entities[view.EntityAt[k + 1]].Type is EntityType.Gpe or EntityType.Loc)
        {
            k++;
            while (k + 1 < view.Tokens.Length && view.EntityAt[k + 1] == view.EntityAt[k])
            {
                k++;
            }

            last = k++;
        }

        while (k < view.Tokens.Length && view.Tag(k) is "RB" or "MD" && k <= last + 2)
        {
            k++;
        }

        return k < view.Tokens.Length && view.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD";
    }

    // `..., said X.`: the speaker named after the reporting verb, closing the sentence.
    private bool AfterReporting(int start, int last) =>
        start > 0 && view.Is(start - 1, WordSets.Reporting) && last + 1 < view.Tokens.Length && view.IsPunct(last + 1, '.');

    private int SentenceOf(int token)
    {
        var sentences = view.Found.Sentences;
        for (var s = sentences.Length - 1; s >= 0; s--)
        {
            if (sentences[s].FirstToken <= token)
            {
                return s;
            }
        }

        return 0;
    }

    // Only titles, adjectives and nouns stand before the name in its sentence: no verb, no clause.
    private bool OpensSentence(int start)
    {
        var first = view.Found.Sentences[SentenceOf(start)].FirstToken;
        // `But X said`, `And X rejected`: a leading conjunction still leaves X the subject.
        if (first < start && view.Tag(first) == "CC")
        {
            first++;
        }

        for (var k = first; k < start; k++)
        {
            if (TitleOf(k, first, start))
            {
                continue;
            }

            if (view.IsVerb(k) || view.Tokens[k].Kind == TokenKind.Punctuation || view.Tag(k) is "IN" or "PRP" or "CC")
            {
                return false;
            }
        }

        return true;
    }

    // `Secretary of State X`, `Minister of Defence X`: the `of` of a capitalised title before the name is part of the title.
    private bool TitleOf(int k, int first, int start) =>
        k > first && k + 1 < start && view.Word(k) is "of" && view.Is(k - 1, WordSets.Titles)
        && char.IsUpper(view.Word(k - 1)[0]) && char.IsUpper(view.Word(k + 1)[0]);

    private bool OtherSex(int start, bool he)
    {
        var title = start > 0 ? view.Word(start - 1) : [];
        var name = view.Word(start);
        return he
            ? title is "Mrs" or "Ms" or "Miss" or "Lady" or "Baroness" || name is "Mrs" or "Ms" or "Miss" or "Lady" or "Baroness"
            : title is "Mr" or "Sir" or "Lord" or "King" || name is "Mr" or "Sir" or "Lord" or "King";
    }
}
