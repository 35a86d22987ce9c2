namespace Chronicle.Events;

// Building an actor from its phrase: the head, its name, its country and the guesses for a bare noun.
internal sealed partial class ActorReader
{
    private Actor Build(int first, int last)
    {
        var span = new TextSpan(view.Tokens[first].Span.Start, view.Tokens[last].Span.End);
        // The head is the last name or actor noun; names before it are modifiers that give the country.
        var head = -1;
        string? country = null;
        var modifierNamed = false;
        for (var k = first; k <= last; k++)
        {
            if (view.EntityAt[k] >= 0 || view.Is(k, WordSets.ActorNouns))
            {
                if (head >= 0 && view.EntityAt[head] >= 0 && view.EntityAt[head] != view.EntityAt[k])
                {
                    var own = ModifierCountry(head);
                    country ??= own;
                    // `Islamic fundamentalists`, `Hutu rebels`: a faith or an ethnic group names no country, so the
                    // phrase is of the article's country as a bare noun is; an organisation's name does not say.
                    modifierNamed |= own is not null || view.Found.Entities[view.EntityAt[head]].Type == EntityType.Org;
                }

                head = k;
            }
        }

        if (head < 0)
        {
            head = last;
        }

        // `the women of Iran`: the noun before `of` heads the phrase and the name gives its country.
        var of = FirstOfEntity(head) - 1;
        if (of - 1 > first && view.Tag(of) == "DT")
        {
            of--;
        }

        if (view.EntityAt[head] >= 0 && of - 1 >= first && (view.Word(of) is "of" or "for" || (view.Word(of) is "from" && view.Tag(of - 1) == "NNS"))
            && view.Is(of - 1, WordSets.ActorNouns))
        {
            return new Actor(first, last, span, Phrase(first, last), null, CountryOfName(head), view.Is(of - 1, WordSets.PeopleNouns));
        }

        var people = view.Is(head, WordSets.PeopleNouns);
        if (view.EntityAt[head] >= 0)
        {
            var mention = view.Found.Entities[view.EntityAt[head]];
            var own = CountryOfName(head);
            var atHome = false;
            people |= mention.Type == EntityType.Norp;
            if (mention.Type is EntityType.Gpe or EntityType.Loc && !IsCountryOrRegion(head)
                && Territories.CountryOf(mention.Canonical, view.Gazetteer) is null
                && KnownCountry(mention.Canonical, partialNames: false) is { } actorCountry)
            {
                // A name read as a small place that the actor dictionary knows as a leader or a group (a village
                // may share a president's surname): as the subject or object of an event it is the actor.
                own = actorCountry;
            }

            // `Lord X` read as a place's name: a courtesy title names a person.
            if (mention.Type is EntityType.Person or EntityType.Org || Titled(view.Text.AsSpan(mention.Span.Start, mention.Span.Length)))
            {
                // `Ms X` read as an organisation's name: a courtesy title names a person.
                var person = mention.Type != EntityType.Org || Titled(view.Text.AsSpan(mention.Span.Start, mention.Span.Length));
                // What the article says of a person (`Labour MP X`, `France's president Y`) beats a dictionary's namesake.
                // `Tory MP X`, `British Prime Minister Y`: words of the phrase before the name say it too.
                // `NATO Secretary General Mark Rutte`: a person in a post above states on the article's date is of none.
                var aboveStates = person && lexicon is not null && lexicon.AboveStatesOn(mention.Canonical, view.Document.Published);
                own = country ?? RoleCountry(view.EntityAt[head]) ?? persons.Stated(mention.Canonical)
                    ?? (aboveStates ? null : OwnKnownCountry(first, head, person, mention.Canonical));
                // An unknown person is most often of the country the article is about (`President X said`) when
                // the sentence names that country, or of the country whose politicians the article is about; a guess
                // from the places of a story of two countries is as often wrong, and no country is better than a wrong one:
                // when the article's politics and the country its places are in differ, only the sentence naming the
                // politics' own country gives it (`Mr X` in a British story about a trip to Texas is of neither for sure).
                // Only the article's country taken for want of any word is a guess the event's place may correct (`Mr X
                // was arrested at a hotel in Basra` in a British story).
                atHome = own is null && !aboveStates && person && head == last && HomeNamedAround(head) is null
                    && (Home is null || view.Focus is null || Home == view.Focus) && FocusNamedAround(head) is null && Home is not null;
                own ??= !aboveStates && person && head == last ? HomeNamedAround(head) ?? (Home is null || view.Focus is null || Home == view.Focus ? FocusNamedAround(head) ?? Home : null) : null;
                // `the Court of Appeal`, `the Home Office`: a state's institution the dictionary does not know is the one
                // of the article's politics, unless its name says it is above states (`the European Court`).
                own ??= mention.Type == EntityType.Org && head == last && IsHomeInstitution(head) ? Home : null;
                // `the interior ministry` read as an organisation's name: words all in lower case are a common noun, of the
                // article's country as a bare `ministry` is, until the event's place says better.
                if (own is null && country is null && mention.Type == EntityType.Org && head == last && view.Is(head, WordSets.ActorNouns)
                    && LowerCaseName(mention.Span))
                {
                    own = GuessedCountry();
                    atHome = own is not null;
                }
            }

            // `Downing Street`, `the Kremlin`: an institution whose bare name belongs to one state is of that state.
            own ??= mention.Type == EntityType.Person ? null : InstitutionCountry(mention.Canonical);

            // `the Democratic People's Republic of Korea` read as `Democratic` and `People`: the phrase's first word starts it.
            own ??= mention.Type == EntityType.Person ? null : StateNamedAt(first, last) ?? StateNamedAt(FirstOfEntity(head), last);

            // `Moslem forces`, `Hindu protesters`: a faith or a people with no state of its own is, like a bare
            // `police`, of the article's country until the event's place says better.
            if (mention.Type == EntityType.Norp && own is null && country is null)
            {
                // `urged Muslims not to vote`, `marrying Roman Catholics`: a faith's members as a whole are of no state,
                // not of the article's country nor of a country its places are in; `British Muslims` take their word's.
                if (head == last && IsFaith(view.Word(head)))
                {
                    return new Actor(first, last, span, Phrase(first, last), null, null, true);
                }

                return new Actor(first, last, span, Phrase(first, last), null, view.Focus, true, Guessed: true);
            }

            if (head < last && view.Is(last, WordSets.ActorNouns))
            {
                return new Actor(first, last, span, Phrase(first, last), null, own ?? country, people || view.Is(last, WordSets.PeopleNouns));
            }

            return new Actor(first, last, span, mention.Canonical, mention.EntityId, own ?? country, people, atHome && country is null);
        }

        // `the Houthis fired a missile ... the group said`: a bare `the group` is the group named last before it that the
        // actor dictionary knows (not `the group of MPs`).
        if (country is null && !modifierNamed && head == last && first + 1 == head && view.Word(first) is "the" or "The"
            && view.Word(head) is "group" && (head + 1 >= view.Tokens.Length || view.Word(head + 1) is not "of")
            && GroupNamedBefore(first) is { } group)
        {
            return new Actor(first, last, span, Phrase(first, last), null, group, false);
        }

        // `Russian oil company Yukos sued the state ... The company has also accused Gazprom`: a bare `the company`, `the
        // firm` or `the bank` is the business named last before it, with its name, entity and country.
        // (An object's phrase may be read from its noun, past the article: `is suing the firm`.)
        // (`the computer giant`, `the oil company`: so is one with lower-case words of its trade before the noun.)
        if (country is null && !modifierNamed && head == last
            && Definite(first, head, trade: true) && view.Is(head, WordSets.Businesses) && BusinessNamedBefore(first) is var (business, businessCountry))
        {
            return new Actor(first, last, span, business.Canonical, business.EntityId, businessCountry, false);
        }

        // `the European Parliament ... the parliament would reject`: a bare institution is the one the article named
        // whose name ends in its noun.
        if (country is null && !modifierNamed && head == last && view.Tag(head) == "NN"
            && Definite(first, head, trade: false) && view.Is(head, BodyNouns) && InstitutionNamedBefore(first, view.Word(head).ToString()) is { } institution)
        {
            // Read where it was named, for the country its own phrase gives (`the Low Pay Commission` of a British story).
            var at = view.NextToken(institution.Span.Start);
            var end = at;
            while (end + 1 < view.Tokens.Length && view.Tokens[end + 1].Span.End <= institution.Span.End)
            {
                end++;
            }

            var named = Build(at, end);
            return new Actor(first, last, span, institution.Canonical, institution.EntityId, named.Country, false);
        }

        // `the home secretary` after `Home Secretary X` (or `the shadow chancellor, X,`) was named: a post one person holds
        // is that person, with the person's name, entity and country; a post many hold (`the minister`) only takes the
        // nearest named holder's country.
        if (country is null && !modifierNamed && head == last && view.Is(head, WordSets.ActorNouns) && Holder(first, last) is var (entity, held))
        {
            if (SingleHolderPost(first, last))
            {
                var holder = view.Found.Entities[entity];
                return new Actor(first, last, span, holder.Canonical, holder.EntityId, held, false);
            }

            if (held is not null)
            {
                return new Actor(first, last, span, Phrase(first, last), null, held, false);
            }
        }

        // `the government`, `ministers`: an unqualified government is the one of the article's politics, wherever it acts.
        if (country is null && !modifierNamed && view.Is(head, WordSets.GovernmentNouns) && Home is { } politics)
        {
            return new Actor(first, last, span, Phrase(first, last), null, politics, false);
        }

        // `the ambassador`, `the minister` with no holder named: a post's holder is of a state the phrase does not say, and
        // the event's place (often the other party's country) says nothing of it either. `rights groups`, `aid agencies`:
        // bodies that work across borders are of no state the article's places give; nor are parties counted together
        // (`both sides`, `the two countries`), a bloc of states or allies of no one named (`on behalf of the allies`; `its
        // allies` are of the state `its` stands for), nor states named together by a kind (`Western countries`, `Arab
        // states`, `several nations`). `a tourist was kidnapped in Yemen`: a visitor is mostly of a state other than the one
        // the event's place gives, and without a national word (`a British tourist`) of none the text says.
        if (country is null && !modifierNamed
            && (UnnamedPost(first, head) || Transnational(first, head) || CountedParties(head) || view.Word(head) is "bloc"
                || (view.Word(head) is "allies" && view.Tag(first) != "PRP$")
                || view.Is(head, WordSets.Visitors)
                || view.Is(head, WordSets.StatesTogether)))
        {
            return new Actor(first, last, span, Phrase(first, last), null, null, people);
        }

        // A common noun: its country is its modifier's, else (bare `police`, `protesters`) the article's focus.
        var guessed = country is null && !modifierNamed;
        var guess = guessed ? GuessedCountry() : null;
        return new Actor(first, last, span, Phrase(first, last), null, country ?? guess, people, guess is not null);
    }

    // A single post (`the ambassador`, `a senior minister`) with nothing but articles and adjectives before it.
    private bool UnnamedPost(int first, int head)
    {
        // `the president of Armenia`, `the deputy chief of X's militia`: the post's state follows it.
        if (view.Tag(head) != "NN" || !view.Is(head, WordSets.Titles) || !view.Is(head, WordSets.ActorNouns)
            || (head + 1 < view.Tokens.Length && view.Word(head + 1) is "of" or "for" or "from" or "in" or "to"))
        {
            return false;
        }

        for (var k = first; k < head; k++)
        {
            if (view.Tag(k) is not ("DT" or "JJ" or "JJS"))
            {
                return false;
            }
        }

        return true;
    }

    // `human rights groups`, `aid agencies`, `charities`: a body about rights, aid or charity work. `European leaders`,
    // `world leaders`, `foreign ministers`: a word above states says they are of many.
    private bool Transnational(int first, int head)
    {
        for (var k = Math.Max(0, first - 1); k < head; k++)
        {
            if (view.Word(k) is "European" or "African" or "Asian" or "Western" or "world" or "World" or "international" or "International"
                or "foreign" or "Foreign" or "global" or "Global")
            {
                return true;
            }
        }

        if (!(view.Word(head) is "group" or "groups" or "organisation" or "organisations" or "organization" or "organizations" or "agency"
            or "agencies" or "charity" or "charities" or "campaigners" or "activists" or "watchdog" or "watchdogs" or "body" or "bodies")
            || (head + 1 < view.Tokens.Length && view.Word(head + 1) is "of" or "for" or "from" or "in"))
        {
            return false;
        }

        for (var k = first; k <= head; k++)
        {
            if (view.Word(k) is "rights" or "Rights" or "aid" or "Aid" or "humanitarian" or "Humanitarian" or "charity" or "charities"
                or "Charities")
            {
                return true;
            }
        }

        return false;
    }

    // The country of the nearest organisation or people named in the 300 characters before token `first` that the
    // actor dictionary knows, or null.
    private string? GroupNamedBefore(int first)
    {
        var before = view.Tokens[first].Span.Start;
        var entities = view.Found.Entities;
        for (var i = entities.Length - 1; i >= 0; i--)
        {
            var e = entities[i];
            if (e.Span.End > before)
            {
                continue;
            }

            if (before - e.Span.End > 300)
            {
                return null;
            }

            if (e.Type is EntityType.Org or EntityType.Norp or EntityType.Misc)
            {
                return KnownCountry(e.Canonical, false);
            }
        }

        return null;
    }

    // `The computer giant has sued three men`, `the software maker said`, `the studio ... the studio appealed`: a noun
    // describing a firm is an actor after `the` and one or two lower-case words of its trade, or bare after `the` when a
    // business was named before it (which the phrase then stands for); `a giant of jazz`, `in the studio` are not.
    private bool DescribedBusiness(int t)
    {
        if (!view.IsNoun(t) || view.Tag(t) is not "NN" || !view.Is(t, WordSets.BusinessDescriptions)
            || (t + 1 < view.Tokens.Length && view.Word(t + 1) is "of"))
        {
            return false;
        }

        var article = t - 1;
        while (article >= 0 && article >= t - 2 && view.Word(article) is not ("the" or "The"))
        {
            article--;
        }

        if (article < 0 || view.Word(article) is not ("the" or "The") || (article > 0 && view.Is(article - 1, WordSets.Locatives)))
        {
            return false;
        }

        return article + 1 < t ? TradeWords(article + 1, t) : BusinessNamedBefore(article) is not null;
    }

    // Whether the head noun has only `the` before it, the article in the phrase or just before it (an object's phrase may
    // be read from its noun), or, with `trade`, `the` and one or two lower-case words of a trade (`the computer giant`).
    private bool Definite(int first, int head, bool trade)
    {
        var article = view.Word(first) is "the" or "The" ? first : first > 0 && view.Word(first - 1) is "the" or "The" ? first - 1 : -1;
        return article >= 0 && (article + 1 == head || (trade && TradeWords(article + 1, head)));
    }

    // Whether the tokens from `from` up to `head` are one or two lower-case common nouns or adjectives with no name
    // (`computer`, `oil`, `US` is not).
    private bool TradeWords(int from, int head)
    {
        if (head - from is < 1 or > 2)
        {
            return false;
        }

        for (var k = from; k < head; k++)
        {
            if (view.EntityAt[k] >= 0 || !char.IsLower(view.Word(k)[0]) || view.Tag(k) is not ("NN" or "NNS" or "JJ"))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyNouns =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["parliament", "Parliament", "commission", "Commission", "council", "Council", "assembly", "Assembly", "committee", "Committee",
             "tribunal", "Tribunal", "senate", "Senate", "congress", "Congress"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // The organisation named in the 1,500 characters before `first` whose name ends in `noun` (`the European Parliament`
    // for `the parliament`), the nearest; null when none, or when the nearest organisation so named is not the only one
    // (`the European Commission ... the Electoral Commission ... the commission` is either).
    private EntityMention? InstitutionNamedBefore(int first, string noun)
    {
        var before = view.Tokens[first].Span.Start;
        EntityMention? found = null;
        foreach (var e in view.Found.Entities)
        {
            if (e.Span.End > before || before - e.Span.End > 1500 || e.Type != EntityType.Org)
            {
                continue;
            }

            var name = e.Canonical.AsSpan();
            var space = name.LastIndexOf(' ');
            if (space < 0 || !name[(space + 1)..].Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (found is not null && found.Canonical != e.Canonical)
            {
                return null;
            }

            found = e;
        }

        return found;
    }

    // The business `the company` at token `first` stands for, with its country: of the organisations named in the 400
    // characters before it, the nearest in its sentence's subject (`Russian oil company Yukos said ... The company`), else
    // the nearest; none named again after it in its own sentence (`the company accused Gazprom` is not Gazprom), and none
    // when the nearest is a state's body (`the Commission`, `the Court of Appeal`, `the Labour Party` are not companies).
    private (EntityMention Business, string? Country)? BusinessNamedBefore(int first)
    {
        var before = view.Tokens[first].Span.Start;
        var sentenceEnd = SentenceEnd(first);
        (EntityMention Business, string? Country)? nearest = null;
        for (var t = first - 1; t >= 0 && before - view.Tokens[t].Span.End <= 400; t--)
        {
            if (view.EntityAt[t] < 0 || view.Found.Entities[view.EntityAt[t]] is not { Type: EntityType.Org } e)
            {
                continue;
            }

            var start = FirstOfEntity(t);
            var name = e.Canonical.AsSpan();
            var lastWord = name.LastIndexOf(' ') is var space and >= 0 ? name[(space + 1)..] : name;
            if (view.Is(t, WordSets.ActorNouns) || WordSets.StateInstitutions.Contains(lastWord) || PublicBodies.Contains(lastWord)
                || IsPublicBody(name) || InstitutionCountry(e.Canonical) is not null || parties.Of(name, Home, view.Focus) is not null)
            {
                if (nearest is null)
                {
                    return null;
                }

                t = start;
                continue;
            }

            if (NamedBetween(e.Canonical, first, sentenceEnd))
            {
                t = start;
                continue;
            }

            // `Russian oil company Yukos`, `Italy's Parmalat`: the words before the name say its country.
            var modifiers = start;
            while (modifiers > 0 && start - modifiers < 4 && view.Tag(modifiers - 1) is "JJ" or "NN" or "NNP" or "POS" or "NNPS" or "DT")
            {
                modifiers--;
            }

            var country = RoleCountry(view.EntityAt[t]) ?? (modifiers < start ? WordsCountry(modifiers, start - 1) : null)
                ?? KnownCountry(e.Canonical, false);
            if (OpensItsSentence(modifiers))
            {
                return (e, country);
            }

            nearest ??= (e, country);
            t = start;
        }

        return nearest;
    }

    private int SentenceEnd(int token)
    {
        foreach (var sentence in view.Found.Sentences)
        {
            if (sentence.FirstToken <= token && token < sentence.FirstToken + sentence.TokenCount)
            {
                return sentence.FirstToken + sentence.TokenCount;
            }
        }

        return view.Tokens.Length;
    }

    // No verb stands between the sentence's start and the token: it is in the subject (`However, Yukos still has`).
    private bool OpensItsSentence(int token)
    {
        foreach (var sentence in view.Found.Sentences)
        {
            if (sentence.FirstToken <= token && token < sentence.FirstToken + sentence.TokenCount)
            {
                for (var k = sentence.FirstToken; k < token; k++)
                {
                    if (view.IsVerb(k) || view.Tag(k) == "MD")
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    private bool NamedBetween(string canonical, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.EntityAt[k] >= 0 && view.Found.Entities[view.EntityAt[k]].Canonical == canonical)
            {
                return true;
            }
        }

        return false;
    }

    // What the words before a name and the dictionaries say of its country.
    private string? OwnKnownCountry(int first, int head, bool person, string canonical) =>
        (person && first < FirstOfEntity(head) ? WordsCountry(first, FirstOfEntity(head) - 1) : null) ?? (person ? PersonKnownCountry(canonical) : KnownCountry(canonical, false))
        ?? LeadersGovernment(canonical) ?? (first < FirstOfEntity(head) ? KnownCountry(Phrase(first, head), person) : null)
        ?? (person ? TitledKnownCountry(canonical) : null) ?? persons.Find(canonical) ?? (person ? LeaderCountry(canonical) : null)
        ?? (person && !canonical.Contains(' ', StringComparison.Ordinal) ? StateOfName(canonical) : null);

    private bool LowerCaseName(TextSpan span)
    {
        foreach (var c in view.Text.AsSpan(span.Start, span.Length))
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsHomeInstitution(int head)
    {
        var name = view.Found.Entities[view.EntityAt[head]].Canonical.AsSpan();
        var space = name.LastIndexOf(' ');
        var lastWord = space >= 0 ? name[(space + 1)..] : name;
        var firstWord = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        firstWord = firstWord.IndexOf(' ') is var gap and > 0 ? firstWord[..gap] : firstWord;
        return ((WordSets.StateInstitutions.Contains(lastWord) && !WordSets.AboveStates.Contains(firstWord)) || IsPublicBody(name))
            && WordsCountry(FirstOfEntity(head), head) is null;
    }

    // `home secretary`, `shadow chancellor`, `deputy prime minister`, `the president`: a compound title or a post of one
    // holder names one person; a bare `minister`, `spokesman` or `leader` may be any of several.
    private bool SingleHolderPost(int first, int last)
    {
        var words = 0;
        for (var k = first; k <= last; k++)
        {
            if (view.Tag(k) is "DT" or "PRP$" or "POS" || view.Word(k) is "former" or "then" or "new" or "late")
            {
                continue;
            }

            words++;
        }

        return words >= 2 || view.Word(last) is "president" or "President" or "chancellor" or "Chancellor" or "premier" or "Premier"
            or "pope" or "Pope" or "king" or "King" or "queen" or "Queen";
    }

    /// <summary>
    /// The nearest earlier person named with the post of the phrase [<paramref name="first"/>, <paramref name="last"/>]
    /// before the name (<c>the prime minister</c> after <c>Prime Minister X</c>): the person's entity and country (the
    /// nearest one whose country is known, else the nearest one), or null.
    /// </summary>
    public (int Entity, string? Country)? Holder(int first, int last)
    {
        var title = Phrase(first, last).AsSpan();
        var before = view.Tokens[first].Span.Start;
        var entities = view.Found.Entities;
        int? unplaced = null;
        for (var i = entities.Length - 1; i >= 0; i--)
        {
            var e = entities[i];
            if (e.Type != EntityType.Person || e.Span.End > before)
            {
                continue;
            }

            var lead = view.Text.AsSpan(Math.Max(0, e.Span.Start - title.Length - 1), Math.Min(e.Span.Start, title.Length + 1)).TrimEnd();
            // `the shadow chancellor, X,`: a name set off after the title is its holder's too.
            var setOff = view.Text.AsSpan(Math.Max(0, e.Span.Start - title.Length - 2), Math.Min(e.Span.Start, title.Length + 2)).TrimEnd();
            var named = view.Text.AsSpan(e.Span.Start, e.Span.Length);
            if ((lead.EndsWith(title, StringComparison.OrdinalIgnoreCase) && !OtherPost(e.Span.Start, title.Length))
                || named.StartsWith(title, StringComparison.OrdinalIgnoreCase)
                || (setOff.EndsWith(",", StringComparison.Ordinal) && setOff[..^1].EndsWith(title, StringComparison.OrdinalIgnoreCase)))
            {
                if ((RoleCountry(i) ?? persons.Stated(e.Canonical) ?? PersonKnownCountry(e.Canonical) ?? persons.Find(e.Canonical)) is { } held)
                {
                    return (i, held);
                }

                unplaced ??= i;
            }
        }

        return unplaced is { } nearest ? (nearest, null) : null;
    }

    // `Deputy Prime Minister X`, `shadow chancellor Y`, `former Home Secretary Z`: the title before a name ends in the
    // post asked about but names another one (its deputy, its shadow, a past holder).
    private bool OtherPost(int name, int titleLength)
    {
        var at = name;
        while (at > 0 && char.IsWhiteSpace(view.Text[at - 1]))
        {
            at--;
        }

        at -= titleLength;
        var end = at;
        while (end > 0 && char.IsWhiteSpace(view.Text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(view.Text[start - 1]))
        {
            start--;
        }

        return end > start && view.Text.AsSpan(start, end - start) is var word
            && (word.Equals("deputy", StringComparison.OrdinalIgnoreCase) || word.Equals("shadow", StringComparison.OrdinalIgnoreCase)
                || word.Equals("vice", StringComparison.OrdinalIgnoreCase) || word.Equals("former", StringComparison.OrdinalIgnoreCase)
                || word.Equals("acting", StringComparison.OrdinalIgnoreCase) || word.Equals("junior", StringComparison.OrdinalIgnoreCase)
                || word.Equals("assistant", StringComparison.OrdinalIgnoreCase));
    }

    // The span of the sentence holding token t (the whole text when there are no sentences).
    private TextSpan SentenceSpanOf(int t)
    {
        var sentences = view.Found.Sentences;
        var s = sentences.Length - 1;
        while (s > 0 && sentences[s].FirstToken > t)
        {
            s--;
        }

        return sentences.Length > 0 ? sentences[s].Span : new TextSpan(0, view.Text.Length);
    }

    // The article's focus country when the sentence of this token names it (a place or a nationality), else null.
    private string? FocusNamedAround(int t)
    {
        if (view.Focus is not { } focus)
        {
            return null;
        }

        var span = SentenceSpanOf(t);
        foreach (var place in view.Found.Places)
        {
            if (place.Place.Country == focus && span.Contains(place.Span)
                && !(place.Place.Precision != GeoPrecision.Country && IsNamesakeAbroad(focus, view.Text.AsSpan(place.Span.Start, place.Span.Length), place.Place.Precision)))
            {
                return focus;
            }
        }

        foreach (var entity in view.Found.Entities)
        {
            if (entity.Type == EntityType.Norp && span.Contains(entity.Span)
                && view.Gazetteer.CountryOfDemonym(entity.Canonical.AsSpan()) == focus)
            {
                return focus;
            }
        }

        return null;
    }
}
