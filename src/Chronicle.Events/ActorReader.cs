using Chronicle.Resolution.Actors;

namespace Chronicle.Events;

/// <summary>
/// Reads actor noun phrases from part-of-speech tags without a parser: a phrase is a run of determiners,
/// adjectives, nouns, numbers and possessives around a name or an actor noun (<c>France's president X</c>,
/// <c>a group of Iranians</c>, <c>security forces</c>); its head decides who it is and its modifiers its country.
/// </summary>
internal sealed partial class ActorReader(ArticleView view, PersonCountries persons, ActorLexicon? lexicon, PartyCountries parties)
{
    /// <summary>True when the token names an actor: a name of a person, group, organisation or state, or an actor noun.</summary>
    /// <summary>True when the word names a national party or its members (<c>Labour</c>, <c>Tory</c>, <c>the Greens</c>).</summary>
    public bool IsParty(int t) =>
        view.Is(t, WordSets.PartyMembers) || (char.IsUpper(view.Word(t)[0]) && (parties.Of(view.Word(t), Home, view.Focus) is not null
            || view.Word(t) is "Labour" or "Tory" or "Conservative" or "Liberal" or "Democrat" or "Democratic" or "Republican" or "Green"));

    public bool IsActorToken(int t)
    {
        if (t < view.DatelineEnd || QuotedModifier(t))
        {
            return false;
        }

        // `3.1bn Australian dollars`, `500 million Hong Kong dollars`: a people's or a state's word before a currency names
        // the money, not an actor.
        if (CurrencyName(t))
        {
            return false;
        }

        if (view.EntityAt[t] >= 0)
        {
            var type = view.Found.Entities[view.EntityAt[t]].Type;
            if ((type == EntityType.Person && !IsThingCalledByName(t)) || type == EntityType.Norp || (type == EntityType.Org && !IsThingName(view.EntityAt[t])))
            {
                return true;
            }

            // `Croatian Serbs` read as a miscellaneous name: a people's plural heads it; so does an actor noun (`Labour MPs`).
            if (type == EntityType.Misc)
            {
                return (view.Word(t)[^1] == 's' && char.IsUpper(view.Word(t)[0]) && Demonym(view.Word(t)) is not null)
                    || IsPartyMembers(t) || (view.IsNoun(t) && view.Is(t, WordSets.ActorNouns));
            }

            if (type is EntityType.Gpe or EntityType.Loc)
            {
                // A place after `in`, `at`... is where, not who (`voters in the North East`, past its article).
                var start = FirstOfEntity(t);
                if (start > 1 && view.Tag(start - 1) == "DT" && view.Word(start - 1).Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    start--;
                }

                // `the Gulf of Finland`: a state's name after a water's word and `of` names the water, not the state.
                if (start > 1 && view.Word(start - 1) is "of" && view.Word(start - 2) is "Gulf" or "Sea" or "Bay" or "Strait" or "Straits"
                    && view.PlaceAt[t] >= 0 && view.Found.Places[view.PlaceAt[t]].Place is { Precision: GeoPrecision.Country, Country.Length: > 0 })
                {
                    return false;
                }

                // `in Kenya and Tanzania`: a place joined by `and` to a place after `in` is where too; so is the state after a
                // town's comma (`in Nairobi, Kenya, and Dar es Salaam, Tanzania`).
                var before = start - 2;
                if (before > 0 && view.Word(start - 1) is "and" or "or" && view.IsPunct(before, ','))
                {
                    before--;
                }

                if (before >= 0 && start > 2 && (view.Word(start - 1) is "and" or "or" || view.IsPunct(start - 1, ','))
                    && view.PlaceAt[before] >= 0 && view.EntityAt[before] >= 0 && !IsActorToken(before))
                {
                    return false;
                }

                return start == 0 || !view.Is(start - 1, WordSets.Locatives) || OpensClauseAsSubject(start - 1, t);
            }

            return false;
        }

        // `his first official visit`, `official figures`: `official` before a thing is the adjective, not a person.
        if (view.Word(t) is "official" && t + 1 < view.Tokens.Length && view.Tag(t + 1) is "NN" or "NNS" && view.EntityAt[t + 1] < 0
            && !view.Is(t + 1, WordSets.ActorNouns))
        {
            return false;
        }

        // `good government` is a way of governing.
        if (t > 0 && view.Word(t).Equals("government", StringComparison.OrdinalIgnoreCase) && view.Is(t - 1, WordSets.Governance))
        {
            return false;
        }

        // `the foreign agents bill`, `a new migrants law`: a common actor noun before a law's noun names what the law is
        // about, not who made it (`the government bill` is the government's, below).
        if (LawTopic(t))
        {
            return false;
        }

        // `Thousands protested`, `tens of thousands rallied`, `hundreds were arrested`: a crowd named by its number alone
        // (not `thousands of homes`, a number of things).
        if (view.Is(t, WordSets.CrowdNumbers) && view.Tag(t) is "NNS" or "CD"
            && (t + 1 >= view.Tokens.Length || !view.Word(t + 1).Equals("of", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (OpeningSurname(t, out _))
        {
            return true;
        }

        if (DescribedBusiness(t))
        {
            return true;
        }

        // `the tourist attack`, `a tourist visa`: a visitor's noun before another noun (not an actor's) names a thing.
        if (view.Is(t, WordSets.Visitors) && t + 1 < view.Tokens.Length && view.IsNoun(t + 1) && !view.Is(t + 1, WordSets.ActorNouns))
        {
            return false;
        }

        // `three passers-by were killed`: an actor noun joined by a hyphen to a particle is tagged by its last part, not as a
        // noun (`passer-by`, `co-workers` are tagged nouns already).
        if (view.Word(t).Contains('-') && view.Is(t, WordSets.ActorNouns))
        {
            return true;
        }

        // `Bosnian Serbs`, `Kurds`: a people named by a capitalised plural the name stage left unmarked.
        return view.IsNoun(t) && (view.Is(t, WordSets.ActorNouns) || IsPartyMembers(t) || CountedParties(t) || ActingOffice(t)
            || (view.Tag(t) == "NNPS" && view.Word(t)[^1] == 's' && Demonym(view.Word(t)) is not null));
    }

    private bool CurrencyName(int t)
    {
        var k = t + 1;
        while (k < view.Tokens.Length && view.EntityAt[t] >= 0 && view.EntityAt[k] == view.EntityAt[t])
        {
            k++;
        }

        return k < view.Tokens.Length && char.IsUpper(view.Word(t)[0]) && view.Is(k, WordSets.Currencies);
    }

    private bool LawTopic(int t) =>
        t + 1 < view.Tokens.Length && view.IsNoun(t + 1) && view.Word(t + 1) is "bill" or "bills" or "law" or "laws" or "legislation"
            or "act" or "statute" or "decree" && !view.Is(t, WordSets.GovernmentNouns);

    // `the president's office said`, `the UN human rights office urged`: an office that speaks or acts, as the subject of a
    // finite verb, is the staff of its holder (`raided the office`, `outside the office` name a building).
    private bool ActingOffice(int t) =>
        view.Word(t) is "office" or "Office" && t + 1 < view.Tokens.Length && view.Tag(t + 1) is "VBD" or "VBZ" or "MD";

    // `urged both sides to show restraint`, `called on the two countries to talk`, `both sides of the conflict`: the parties
    // to a dispute named by their number. `both sides of the border` is a place.
    private bool CountedParties(int t)
    {
        if (!(view.Word(t) is "sides" or "countries" or "nations" && t > 0 && view.Word(t - 1) is "both" or "all" or "two" or "Both" or "All"))
        {
            return false;
        }

        var k = t + 1;
        if (k >= view.Tokens.Length || view.Word(k) is not "of")
        {
            return true;
        }

        k += k + 1 < view.Tokens.Length && view.Tag(k + 1) == "DT" ? 2 : 1;
        return k < view.Tokens.Length && view.Word(k) is "conflict" or "dispute" or "war" or "fighting";
    }

    // `his "Nazi" remark`, `the 'Taliban' label`: a name in quotation marks before a noun is a word about it, not an actor.
    private bool QuotedModifier(int t)
    {
        var first = view.EntityAt[t] >= 0 ? FirstOfEntity(t) : t;
        var last = t;
        while (last + 1 < view.Tokens.Length && SameEntity(t, last + 1))
        {
            last++;
        }

        if (first > 0 && last + 2 < view.Tokens.Length && IsQuote(first - 1) && IsQuote(last + 1)
            && view.Tag(last + 2) is "NN" or "NNS" && !view.Is(last + 2, WordSets.ActorNouns))
        {
            return true;
        }

        // `a "firm but fair" policy`, `the "tough and fair" approach`: a word of a quoted phrase of several words before a
        // noun describes the noun.
        var open = first - 1;
        while (open >= 0 && open >= first - 4 && !IsQuote(open) && view.Tokens[open].Kind == TokenKind.Word)
        {
            open--;
        }

        var close = last + 1;
        while (close < view.Tokens.Length && close <= last + 4 && !IsQuote(close) && view.Tokens[close].Kind == TokenKind.Word)
        {
            close++;
        }

        if (!(open >= 0 && close + 1 < view.Tokens.Length && IsQuote(open) && IsQuote(close) && close - open > 2
            && view.Tag(close + 1) is "NN" or "NNS" && !view.Is(close + 1, WordSets.ActorNouns) && view.EntityAt[close + 1] < 0))
        {
            return false;
        }

        // Only words that can describe a thing inside the marks (`firm but fair`), never a clause (`"X accused Y of "lies"`).
        for (var k = open + 1; k < close; k++)
        {
            if (view.Tag(k) is not ("JJ" or "JJR" or "JJS" or "NN" or "NNS" or "CC" or "RB" or "HYPH"))
            {
                return false;
            }
        }

        return true;
    }

    // (`Stop the War`, `Friends of the Earth`: an article between capitalised words of one name stays inside it;
    // `steps the Kenyan government has taken`: after a lower-case noun it opens a phrase of its own, named or not.)
    private bool ArticleAfterNoun(int k) =>
        view.Word(k) is "the" or "a" or "an" && (view.IsNoun(k - 1) || view.EntityAt[k - 1] >= 0) && !IsPossessive(k - 1)
        && !SameEntity(k - 1, k) && k + 1 < view.Tokens.Length
        && (!char.IsUpper(view.Word(k + 1)[0]) || (view.EntityAt[k - 1] < 0 && char.IsLower(view.Word(k - 1)[0]))
            || (view.EntityAt[k - 1] >= 0 && view.EntityAt[k + 1] >= 0 && view.EntityAt[k - 1] != view.EntityAt[k + 1]));

    private bool IsQuote(int k) => view.Word(k) is "\"" or "'" or "“" or "”" or "‘" or "’" or "``" or "''";

    // Capitalised only: `the Greens` are a party, `greens` are not.
    private bool IsPartyMembers(int t) => char.IsUpper(view.Word(t)[0]) && view.Is(t, WordSets.PartyMembers);

    /// <summary>The actor phrase around token <paramref name="t"/>, within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public Actor Read(int t, int min, int max)
    {
        if (OpeningSurname(t, out var person) && person is not null)
        {
            return person;
        }

        var first = t;
        var last = t;
        // A time word ends the phrase: `troops in the West Bank today`.
        // `the Conservatives stance`, `government plans`: a thing said or planned ends the phrase before it.
        // `the deal with Tanzania Mr X said`: a place's name run into a person's is two phrases, not one.
        while (last + 1 <= max && (SameEntity(last, last + 1) || (view.IsNoun(last + 1) && !view.IsPunct(last + 1, ',') && view.TimeAt[last + 1] < 0
                && !view.Is(last + 1, WordSets.NotActors) && !PlaceRunsIntoPerson(last))
            || (IsPossessive(last + 1) && last + 2 <= max && (view.IsNoun(last + 2) || view.EntityAt[last + 2] >= 0) && IsActorAhead(last + 2, max))))
        {
            last++;
        }

        // `Labour spending plans`: before a thing planned, the named side is the actor, not its `spending`.
        if (last > t && last + 1 < view.Tokens.Length && view.Is(last + 1, WordSets.NotActors) && view.EntityAt[last] < 0
            && !view.Is(last, WordSets.ActorNouns))
        {
            var named = last;
            while (named > t && view.EntityAt[named] < 0)
            {
                named--;
            }

            last = view.EntityAt[named] >= 0 ? named : last;
        }

        // `after talks with the Health Board the hospital called off`: an article opens a phrase, so a name or noun
        // before it ends another one.
        while (first - 1 >= min && InPhrase(first - 1) && !ArticleAfterNoun(first) && !view.Is(first - 1, WordSets.EventPlurals))
        {
            first--;
        }

        // `a group of Iranians`, `the women of Iran`, `members of the MEK`: the phrase reaches back over `of`.
        // `a candidate for the party`, `a spokesman for the group`: `for` ties an actor noun to its side as `of` does.
        // `twelve managers from the airline`, `officials from the ministry`: so does `from` after a plural of people.
        if (first - 2 >= min && (view.Word(first - 1) is "of" or "for" || (view.Word(first - 1) is "from" && view.Tag(first - 2) == "NNS"))
            && view.IsNoun(first - 2) && view.Is(first - 2, WordSets.ActorNouns))
        {
            first -= 2;
            while (first - 1 >= min && InPhrase(first - 1))
            {
                first--;
            }
        }

        // `the Paris Club of rich creditor nations`, `the African Union of 53 states`: the members described after a named
        // body are the body, which acts for them.
        if (first - 2 >= min && view.Word(first - 1) is "of" && view.EntityAt[first - 2] is var body and >= 0
            && view.Found.Entities[body].Type == EntityType.Org && view.EntityAt[last] < 0 && view.Word(last) is "nations" or "countries"
                or "states" or "economies" or "governments" or "members" or "creditors" or "lenders" or "donors" or "producers" or "exporters")
        {
            return Read(first - 2, min, first - 2);
        }

        // `At least two people`, `at most 40 soldiers`: `at` belongs to the quantifier it opens.
        if (first - 1 >= min && view.Word(first) is "least" or "most" && view.Word(first - 1) is "at" or "At")
        {
            first--;
        }

        // Leading possessive or punctuation never starts a phrase.
        while (first < t && (view.Tokens[first].Kind == TokenKind.Punctuation || IsPossessive(first)))
        {
            first++;
        }

        // `the press freedom group, Reporters Without Borders,`: a description followed by the name it describes, set off
        // by commas, is that name.
        if (ApposedName(first, last) is var apposed and >= 0)
        {
            return Read(apposed, apposed, view.Tokens.Length - 1);
        }

        var actor = Build(first, last);
        // `Turkish Kurd refugees`: a national word in the phrase says more than the article's country.
        if (actor.Guessed && WordsCountry(first, last) is { } national)
        {
            actor = actor with { Country = national, Guessed = false };
        }

        // `ethnic Albanians in Serbia`: an ethnic group is coded by the country it lives in, not its kin state.
        // `killed three ethnic Albanians`: the adjective may lie before a target read from its name.
        if (actor.Last >= 1 && view.Word(actor.Last - 1).Equals("ethnic", StringComparison.OrdinalIgnoreCase)
            && Demonym(view.Word(actor.Last)) is var kin
            && view.Countries.FirstOrDefault(c => c != kin) is { } home)
        {
            return actor with { Country = home };
        }

        // `Iraqi Kurds`, `The Latvian Constitutional Court`, `A Saudi businessman`: a national word inside the phrase.
        return PartyAlias(actor.Country is null && !IsPerson(actor.Last) ? actor with { Country = WordsCountry(first, last) } : actor);
    }

    // The first token of an organisation's or a person's name set off by commas after a description with no name of its
    // own (`the watchdog, Human Rights Watch, said`, `his lawyer, Ana Ruiz.`), or -1. A list (`the groups, X and Y`) or
    // a place (`the capital, Kabul`) is no such name.
    private int ApposedName(int first, int last)
    {
        if (last + 2 >= view.Tokens.Length || !view.IsPunct(last + 1, ',') || view.EntityAt[last + 2] < 0
            || !view.Is(last, WordSets.ActorNouns) || view.Tag(last) != "NN")
        {
            return -1;
        }

        for (var k = first; k <= last; k++)
        {
            if (view.EntityAt[k] >= 0 || (char.IsUpper(view.Word(k)[0]) && k > first))
            {
                return -1;
            }
        }

        var entity = view.Found.Entities[view.EntityAt[last + 2]];
        if (entity.Type is not (EntityType.Org or EntityType.Person) || FirstOfEntity(last + 2) != last + 2)
        {
            return -1;
        }

        var after = last + 2;
        while (after + 1 < view.Tokens.Length && SameEntity(after, after + 1))
        {
            after++;
        }

        after++;
        return after >= view.Tokens.Length || view.IsPunct(after, ',') || view.IsPunct(after, '.') || view.IsVerb(after)
            ? last + 2
            : -1;
    }

    // `France's president X`: a possessive continues the phrase when an actor noun or name follows.
    private bool IsActorAhead(int k, int max)
    {
        for (; k <= max && (view.IsNoun(k) || view.EntityAt[k] >= 0); k++)
        {
            if (view.EntityAt[k] >= 0 && view.Found.Entities[view.EntityAt[k]].Type == EntityType.Person)
            {
                return true;
            }

            if ((view.Is(k, WordSets.ActorNouns) || view.Is(k, WordSets.Kin)) && (k + 1 > max || !view.IsNoun(k + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private bool InPhrase(int k)
    {
        var tag = view.Tag(k);
        if (view.Tokens[k].Kind == TokenKind.Punctuation && !IsPossessive(k))
        {
            return false;
        }

        // `On Tuesday police arrested`: a fronted date is when, not part of who.
        if (view.TimeAt[k] >= 0 && view.EntityAt[k] < 0)
        {
            return false;
        }

        // `the elected mayor` is one phrase; `has stressed Mr X's support` is a verb before it (`It has also emerged Mr X`:
        // past adverbs too).
        var aux = k - 1;
        while (tag == "VBN" && aux > 0 && view.Tag(aux) is "RB")
        {
            aux--;
        }

        if (tag == "VBN" && aux >= 0 && view.Word(aux) is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "be" or "been" or "being")
        {
            return false;
        }

        return tag is "DT" or "JJ" or "JJR" or "JJS" or "NN" or "NNS" or "NNP" or "NNPS" or "POS" or "PRP$" or "CD" or "VBN"
            || IsPossessive(k) || view.EntityAt[k] >= 0;
    }

    // A place's name directly followed by a courtesy title or a person's name, with no title of office between them.
    private bool PlaceRunsIntoPerson(int k) =>
        view.EntityAt[k] >= 0 && view.Found.Entities[view.EntityAt[k]].Type is EntityType.Gpe or EntityType.Loc
        && (view.Word(k + 1) is "Mr" or "Mrs" or "Ms" or "Miss" or "Dr" or "Sir" or "Dame"
            || (IsPerson(k + 1) && FirstOfEntity(k + 1) == k + 1 && view.EntityAt[k + 1] != view.EntityAt[k]));

    private bool IsPerson(int k) => view.EntityAt[k] >= 0 && view.Found.Entities[view.EntityAt[k]].Type == EntityType.Person;

    private bool IsPossessive(int k) => view.Word(k) is "'s" or "’s" or "'" or "’";

    private bool SameEntity(int a, int b) => view.EntityAt[a] >= 0 && view.EntityAt[a] == view.EntityAt[b];

    // `since Russia invaded Ukraine`, `until Israel withdraws`: a word that is both a preposition and a subordinator opens a
    // clause when a finite verb follows the name, and the name is that clause's subject.
    private bool OpensClauseAsSubject(int opener, int t)
    {
        if (!view.Is(opener, WordSets.Subordinators))
        {
            return false;
        }

        var next = t + 1;
        while (next < view.Tokens.Length && SameEntity(t, next))
        {
            next++;
        }

        return next < view.Tokens.Length && view.Tag(next) is "VBD" or "VBZ" or "VBP" or "MD";
    }

    private int FirstOfEntity(int t)
    {
        while (t > 0 && SameEntity(t - 1, t))
        {
            t--;
        }

        return t;
    }

    private string Phrase(int first, int last)
    {
        while (first < last && (view.Tag(first) is "DT" or "PRP$" or "CD" || view.Word(first) is "own"))
        {
            first++;
        }

        return view.Text[view.Tokens[first].Span.Start..view.Tokens[last].Span.End];
    }
}
