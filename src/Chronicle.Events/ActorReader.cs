using Chronicle.Resolution.Actors;

namespace Chronicle.Events;

/// <summary>
/// Reads actor noun phrases from part-of-speech tags without a parser: a phrase is a run of determiners,
/// adjectives, nouns, numbers and possessives around a name or an actor noun (<c>Iran's president X</c>,
/// <c>a group of Iranians</c>, <c>security forces</c>); its head decides who it is and its modifiers its country.
/// </summary>
internal sealed class ActorReader(ArticleView view, PersonCountries persons, ActorLexicon? lexicon)
{
    private string? home;
    private bool homeRead;

    /// <summary>
    /// The country of the article's politics: the one most of the people it names are known to serve, when they agree
    /// (at least two mentions, more than any other country). A bare <c>the government</c> is theirs, not the country
    /// most of the article's places are in (a British minister's visit to Iraq).
    /// </summary>
    private string? Home
    {
        get
        {
            if (!homeRead)
            {
                homeRead = true;
                home = ReadHome();
            }

            return home;
        }
    }

    private string? ReadHome()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in view.Found.Entities)
        {
            if (e.Type == EntityType.Person && e.Canonical.Contains(' ', StringComparison.Ordinal)
                && KnownCountry(e.Canonical, partialNames: false) is { } c)
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }

        var best = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(2).ToList();
        return best.Count > 0 && best[0].Value >= 2 && (best.Count == 1 || best[0].Value > best[1].Value) ? best[0].Key : null;
    }

    /// <summary>True when the token names an actor: a name of a person, group, organisation or state, or an actor noun.</summary>
    public bool IsActorToken(int t)
    {
        if (view.EntityAt[t] >= 0)
        {
            var type = view.Found.Entities[view.EntityAt[t]].Type;
            if (type is EntityType.Person or EntityType.Org or EntityType.Norp)
            {
                return true;
            }

            // `Croatian Serbs` read as a miscellaneous name: a people's plural heads it.
            if (type == EntityType.Misc)
            {
                return (view.Word(t)[^1] == 's' && char.IsUpper(view.Word(t)[0]) && Demonym(view.Word(t)) is not null)
                    || IsPartyMembers(t);
            }

            if (type is EntityType.Gpe or EntityType.Loc)
            {
                // A place after `in`, `at`... is where, not who.
                var start = FirstOfEntity(t);
                return start == 0 || !view.Is(start - 1, WordSets.Locatives);
            }

            return false;
        }

        // `Bosnian Serbs`, `Kurds`: a people named by a capitalised plural the name stage left unmarked.
        return view.IsNoun(t) && (view.Is(t, WordSets.ActorNouns) || IsPartyMembers(t)
            || (view.Tag(t) == "NNPS" && view.Word(t)[^1] == 's' && Demonym(view.Word(t)) is not null));
    }

    // Capitalised only: `the Greens` are a party, `greens` are not.
    private bool IsPartyMembers(int t) => char.IsUpper(view.Word(t)[0]) && view.Is(t, WordSets.PartyMembers);

    /// <summary>The actor phrase around token <paramref name="t"/>, within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public Actor Read(int t, int min, int max)
    {
        var first = t;
        var last = t;
        // A time word ends the phrase: `troops in the West Bank today`.
        // `the Conservatives stance`, `government plans`: a thing said or planned ends the phrase before it.
        while (last + 1 <= max && (SameEntity(last, last + 1) || (view.IsNoun(last + 1) && !view.IsPunct(last + 1, ',') && view.TimeAt[last + 1] < 0
                && !view.Is(last + 1, WordSets.NotActors))
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

        while (first - 1 >= min && InPhrase(first - 1))
        {
            first--;
        }

        // `a group of Iranians`, `the women of Iran`, `members of the MEK`: the phrase reaches back over `of`.
        // `a candidate for the party`, `a spokesman for the group`: `for` ties an actor noun to its side as `of` does.
        if (first - 2 >= min && view.Word(first - 1) is "of" or "for"
            && view.IsNoun(first - 2) && view.Is(first - 2, WordSets.ActorNouns))
        {
            first -= 2;
            while (first - 1 >= min && InPhrase(first - 1))
            {
                first--;
            }
        }

        // Leading possessive or punctuation never starts a phrase.
        while (first < t && (view.Tokens[first].Kind == TokenKind.Punctuation || IsPossessive(first)))
        {
            first++;
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
        return actor.Country is null && !IsPerson(actor.Last) ? actor with { Country = WordsCountry(first, last) } : actor;
    }

    // `Iran's president X`: a possessive continues the phrase when an actor noun or name follows.
    private bool IsActorAhead(int k, int max)
    {
        for (; k <= max && (view.IsNoun(k) || view.EntityAt[k] >= 0); k++)
        {
            if (view.EntityAt[k] >= 0 && view.Found.Entities[view.EntityAt[k]].Type == EntityType.Person)
            {
                return true;
            }

            if (view.Is(k, WordSets.ActorNouns) && (k + 1 > max || !view.IsNoun(k + 1)))
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

        return tag is "DT" or "JJ" or "JJR" or "JJS" or "NN" or "NNS" or "NNP" or "NNPS" or "POS" or "PRP$" or "CD" or "VBN"
            || IsPossessive(k) || view.EntityAt[k] >= 0;
    }

    private bool IsPerson(int k) => view.EntityAt[k] >= 0 && view.Found.Entities[view.EntityAt[k]].Type == EntityType.Person;

    private string? WordsCountry(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var word = view.Word(k);
            if (word.Length < 3 || !char.IsUpper(word[0]))
            {
                continue;
            }

            if (Demonym(word) is { } country || (country = CountryNames.OfficialCountry(word) ?? Misspelt(k)) is not null)
            {
                return country;
            }

            foreach (var i in view.Gazetteer.Find(word))
            {
                var entry = view.Gazetteer.Entry(i);
                // `Baghdad University Medical School`: a name opened by a capital's is of that capital's country.
                if ((entry.Precision == GeoPrecision.Country || (entry.FeatureCode == "PPLC" && k == first)) && entry.Country.Length > 0)
                {
                    return entry.Country;
                }
            }
        }

        return null;
    }

    private string? Demonym(ReadOnlySpan<char> word) => view.Gazetteer.CountryOfDemonym(word) ?? Territories.CountryOfPeople(word);

    private bool IsPossessive(int k) => view.Word(k) is "'s" or "’s" or "'" or "’";

    private bool SameEntity(int a, int b) => view.EntityAt[a] >= 0 && view.EntityAt[a] == view.EntityAt[b];

    private int FirstOfEntity(int t)
    {
        while (t > 0 && SameEntity(t - 1, t))
        {
            t--;
        }

        return t;
    }

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

        if (view.EntityAt[head] >= 0 && of - 1 >= first && view.Word(of) is "of" or "for"
            && view.Is(of - 1, WordSets.ActorNouns))
        {
            return new Actor(first, last, span, Phrase(first, last), null, CountryOfName(head), view.Is(of - 1, WordSets.PeopleNouns));
        }

        var people = view.Is(head, WordSets.PeopleNouns);
        if (view.EntityAt[head] >= 0)
        {
            var mention = view.Found.Entities[view.EntityAt[head]];
            var own = CountryOfName(head);
            people |= mention.Type == EntityType.Norp;
            if (mention.Type is EntityType.Gpe or EntityType.Loc && !IsCountryOrRegion(head)
                && Territories.CountryOf(mention.Canonical, view.Gazetteer) is null
                && KnownCountry(mention.Canonical, partialNames: false) is { } actorCountry)
            {
                // A name read as a small place that the actor dictionary knows as a leader or a group (a village
                // may share a president's surname): as the subject or object of an event it is the actor.
                own = actorCountry;
            }

            if (mention.Type is EntityType.Person or EntityType.Org)
            {
                var person = mention.Type == EntityType.Person;
                own = country ?? RoleCountry(view.EntityAt[head]) ?? KnownCountry(mention.Canonical, person) ?? LeadersGovernment(mention.Canonical)
                    ?? (first < FirstOfEntity(head) ? KnownCountry(Phrase(first, head), person) : null) ?? persons.Find(mention.Canonical)
                    ?? (person && !mention.Canonical.Contains(' ', StringComparison.Ordinal) ? StateOfName(mention.Canonical) : null);
                // An unknown person is most often of the country the article is about (`President X said`) when
                // the sentence names that country, or of the country whose politicians the article is about; a guess
                // from the places of a story of two countries is as often wrong, and no country is better than a wrong one.
                own ??= mention.Type == EntityType.Person && head == last ? FocusNamedAround(head) ?? Home : null;
            }

            // `the Democratic People's Republic of Korea` read as `Democratic` and `People`: the phrase's first word starts it.
            own ??= mention.Type == EntityType.Person ? null : StateNamedAt(first, last) ?? StateNamedAt(FirstOfEntity(head), last);

            // `Moslem forces`, `Hindu protesters`: a faith or a people with no state of its own is, like a bare
            // `police`, of the article's country until the event's place says better.
            if (mention.Type == EntityType.Norp && own is null && country is null)
            {
                return new Actor(first, last, span, Phrase(first, last), null, view.Focus, true, Guessed: true);
            }

            if (head < last && view.Is(last, WordSets.ActorNouns))
            {
                return new Actor(first, last, span, Phrase(first, last), null, own ?? country, people || view.Is(last, WordSets.PeopleNouns));
            }

            return new Actor(first, last, span, mention.Canonical, mention.EntityId, own ?? country, people);
        }

        // `the prime minister` after `Prime Minister X` was named: a bare title is its nearest named holder's.
        if (country is null && !modifierNamed && head == last && view.Is(head, WordSets.ActorNouns) && HolderCountry(first, last) is { } held)
        {
            return new Actor(first, last, span, Phrase(first, last), null, held, false);
        }

        // `the government`, `ministers`: an unqualified government is the one of the article's politics, wherever it acts.
        if (country is null && !modifierNamed && view.Is(head, WordSets.GovernmentNouns) && Home is { } politics)
        {
            return new Actor(first, last, span, Phrase(first, last), null, politics, false);
        }

        // A common noun: its country is its modifier's, else (bare `police`, `protesters`) the article's focus.
        var guessed = country is null && !modifierNamed;
        return new Actor(first, last, span, Phrase(first, last), null, country ?? (guessed ? view.Focus : null), people, guessed && view.Focus is not null);
    }

    // The country of the nearest earlier person named with this title before the name (`Prime Minister X`), else null.
    private string? HolderCountry(int first, int last)
    {
        var title = Phrase(first, last).AsSpan();
        var before = view.Tokens[first].Span.Start;
        var entities = view.Found.Entities;
        for (var i = entities.Length - 1; i >= 0; i--)
        {
            var e = entities[i];
            if (e.Type != EntityType.Person || e.Span.End > before)
            {
                continue;
            }

            var lead = view.Text.AsSpan(Math.Max(0, e.Span.Start - title.Length - 1), Math.Min(e.Span.Start, title.Length + 1)).TrimEnd();
            var named = view.Text.AsSpan(e.Span.Start, e.Span.Length);
            if ((lead.EndsWith(title, StringComparison.OrdinalIgnoreCase) || named.StartsWith(title, StringComparison.OrdinalIgnoreCase))
                && (RoleCountry(i) ?? KnownCountry(e.Canonical, true) ?? persons.Find(e.Canonical)) is { } held)
            {
                return held;
            }
        }

        return null;
    }

    // The article's focus country when the sentence of this token names it (a place or a nationality), else null.
    private string? FocusNamedAround(int t)
    {
        if (view.Focus is not { } focus)
        {
            return null;
        }

        var sentences = view.Found.Sentences;
        var s = sentences.Length - 1;
        while (s > 0 && sentences[s].FirstToken > t)
        {
            s--;
        }

        var span = sentences.Length > 0 ? sentences[s].Span : new TextSpan(0, view.Text.Length);
        foreach (var place in view.Found.Places)
        {
            if (place.Place.Country == focus && span.Contains(place.Span))
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

    // `the Bush administration`, `President X's government`: a leader the dictionary knows gives his government its country.
    private string? ModifierCountry(int t)
    {
        // A person's name is not read as a place (a town may share it): the dictionary and the article say better.
        var mention = view.Found.Entities[view.EntityAt[t]];
        return mention.Type switch
        {
            EntityType.Person => RoleCountry(view.EntityAt[t]) ?? KnownCountry(mention.Canonical, true) ?? persons.Find(mention.Canonical) ?? FocusNamedAround(t) ?? Home,
            EntityType.Org => RoleCountry(view.EntityAt[t]) ?? KnownCountry(mention.Canonical, false) ?? CountryOfName(t),
            // `the Bush administration` with `Bush` read as a village: a leader the dictionary knows is meant.
            EntityType.Gpe or EntityType.Loc when !IsCountryOrRegion(t) && KnownCountry(mention.Canonical, true) is { } leader => leader,
            _ => CountryOfName(t),
        };
    }

    // `the Bush administration` read as one organisation's name: the leader the dictionary knows gives its country.
    private string? LeadersGovernment(string name)
    {
        var space = name.LastIndexOf(' ');
        var leader = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        return space > leader && WordSets.ActorNouns.Contains(name.AsSpan(space + 1)) ? KnownCountry(name[leader..space], partialNames: true) : null;
    }

    // `Zimbabwean Prime Minister X`: the roles stage read the title's affiliation.
    private string? RoleCountry(int entity)
    {
        foreach (var role in view.Found.Roles)
        {
            if (role.Entity == entity && role.Country is { } c)
            {
                return c;
            }
        }

        return null;
    }

    // Leaders and organisations the actor dictionary knows, in the role they held when the article was written.
    // `President Bush` names two presidents of one country: the title phrase is tried when the bare name is not known.
    private string? KnownCountry(string name, bool partialNames) =>
        lexicon?.CountryOf(name, view.Document.Published, partialNames);

    // The places stage gives a name it cannot find the country around it; only a name the gazetteer lists is surely a place.
    private bool IsCountryOrRegion(int t) =>
        view.PlaceAt[t] >= 0 && view.Found.Places[view.PlaceAt[t]] is var place
        && place.Place.Precision is GeoPrecision.Country or GeoPrecision.Admin1
        && view.Gazetteer.Contains(view.Text.AsSpan(place.Span.Start, place.Span.Length));

    /// <summary>The country a name stands for: a place's country, a demonym's country, a person's known country.</summary>
    public string? CountryOfName(int t)
    {
        var mention = view.Found.Entities[view.EntityAt[t]];
        if (view.PlaceAt[t] >= 0)
        {
            var place = view.Found.Places[view.PlaceAt[t]];
            var name = view.Text.AsSpan(place.Span.Start, place.Span.Length);
            // A name the gazetteer does not list was given the country around it: a misspelt state's own name says better.
            var state = view.Gazetteer.Contains(name) ? null : StateNamedAt(FirstOfEntity(t), t);
            return Territories.CountryOf(name, view.Gazetteer) ?? state ?? StateOfName(name) ?? place.Place.Country;
        }

        return mention.Type switch
        {
            EntityType.Norp => view.Gazetteer.CountryOfDemonym(mention.Canonical.AsSpan()),
            EntityType.Person => persons.Find(mention.Canonical),
            _ => null,
        };
    }

    // `Niger's ambassador`, `praised Haiti's efforts`: a name that is a state's own name stands for the state as an actor,
    // though the places stage may have read it as a namesake region or town (Niger State, a Haiti in the US).
    private string? StateOfName(ReadOnlySpan<char> name)
    {
        foreach (var i in view.Gazetteer.Find(name))
        {
            if (view.Gazetteer.Entry(i) is { Precision: GeoPrecision.Country, Country.Length: > 0 } entry)
            {
                return entry.Country;
            }
        }

        return null;
    }

    // `the PRC`, `the Democratic People's Republic of Korea` (a name the name stage cuts at `'s`), `Ethopia`:
    // a state the gazetteer does not list under that name, read from the name's first word on.
    private string? StateNamedAt(int k, int last)
    {
        if (view.Word(k).Equals("the", StringComparison.OrdinalIgnoreCase) && k < last)
        {
            k++;
        }

        var start = view.Tokens[k].Span.Start;
        for (var end = Math.Min(view.Tokens.Length - 1, k + CountryNames.MaxTokens); end > k; end--)
        {
            if (CountryNames.OfficialCountry(view.Text.AsSpan(start, view.Tokens[end].Span.End - start)) is { } official)
            {
                return official;
            }
        }

        return Misspelt(k);
    }

    // A proper noun one letter from a country's name, unless it names a person or an actor the dictionary knows.
    private string? Misspelt(int k) =>
        view.Tag(k) == "NNP" && !IsPerson(k) && view.Names.Misspelt(view.Word(k)) is { } country
            && KnownCountry(view.Word(k).ToString(), partialNames: false) is null ? country : null;

    private string Phrase(int first, int last)
    {
        while (first < last && view.Tag(first) is "DT" or "PRP$" or "CD")
        {
            first++;
        }

        return view.Text[view.Tokens[first].Span.Start..view.Tokens[last].Span.End];
    }
}
