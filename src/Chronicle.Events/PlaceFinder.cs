namespace Chronicle.Events;

/// <summary>
/// An event's place: a place named as a location in its sentence (not a capital standing for its government,
/// not a possessor or modifier such as <c>Ukraine's embassy</c> or <c>US officials</c>), nearest the trigger;
/// after merging, an event with none takes the nearest earlier location of the article.
/// <c>Site, Country</c> and <c>Site, City</c> read as one place: the site in that country, or the city.
/// </summary>
internal sealed partial class PlaceFinder(ArticleView view)
{
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["city", "town", "village", "province", "region", "district", "square", "county", "state", "area", "camp", "street"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public Place? InSentence(Mention m, IReadOnlyCollection<TextSpan> actorSpans)
    {
        var sentence = view.Found.Sentences[m.Sentence].Span;
        var segment = Segment.Around(view, m).Span(view);
        Place? best = null;
        var bestDistance = int.MaxValue;
        var bestHere = false;
        for (var i = 0; i < view.Found.Places.Length; i++)
        {
            var mention = view.Found.Places[i];
            // (The dateline is weighed by `Before`: it belongs to no clause of the lead sentence.)
            if (!sentence.Contains(mention.Span) || InDateline(mention.Span) || !IsLocation(i) || ReferencePoint(i) || Qualifies(i)
                || (actorSpans.Any(a => a.Contains(mention.Span)) && !PlaceTarget(m, mention.Span)))
            {
                continue;
            }

            // `IRNA, monitored by the BBC in London, said...`, `A broadcast monitored in Nicosia said X were injured`: where
            // the news was told is not where its event happened (a place after the trigger may be where it was told).
            var here = segment.Overlaps(mention.Span);
            if ((!here || mention.Span.End <= m.Trigger.Start) && Told(i))
            {
                continue;
            }

            // A place in the trigger's own clause comes before one in a relative clause or an aside.
            var distance = Math.Abs(mention.Span.Start - m.Trigger.Start);
            if ((here && !bestHere) || (here == bestHere && distance < bestDistance))
            {
                best = Resolve(i);
                bestDistance = distance;
                bestHere = here;
            }
        }

        return best;
    }

    // `occupied Basra`, `attacked Iraq`, `visited Mosul`: the place an event is done to is where it happens.
    private bool PlaceTarget(Mention m, TextSpan span) =>
        m.Actors.Exists(a => a.Role == ActorRole.Target && a.Span.Contains(span))
        && (m.Type is PloverType.Assault or PloverType.Coerce or PloverType.Mobilize
            || (m.Type == PloverType.Consult && (!m.Noun || After(span, "to"))
                && view.Text.AsSpan(m.Trigger.Start, m.Trigger.Length).StartsWith("visit", StringComparison.OrdinalIgnoreCase)));

    // Past `and`, a name and then a finite verb.
    private bool JoinedSubject(int conjunction)
    {
        var k = conjunction + 1;
        k += k < view.Tokens.Length && view.Word(k) is "the" ? 1 : 0;
        var named = k;
        while (k < view.Tokens.Length && (view.PlaceAt[k] >= 0 || view.EntityAt[k] >= 0))
        {
            k++;
        }

        return k > named && k < view.Tokens.Length && view.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD";
    }

    // The word right before a place (`a visit to Brazil`).
    private bool After(TextSpan span, string word) => view.NextToken(span.Start) is var first and > 0 && view.Word(first - 1).SequenceEqual(word);

    /// <summary>
    /// <c>Bonn, West Germany</c>, <c>Hinckley, Leicestershire</c>: a country or division that only says where the place
    /// named just before it lies is part of that place; the town is where the event was.
    /// </summary>
    private bool Qualifies(int i)
    {
        if (i == 0)
        {
            return false;
        }

        var before = view.Found.Places[i - 1];
        var place = view.Found.Places[i].Place;
        var start = view.Found.Places[i].Span.Start;
        return place.Precision is GeoPrecision.Country or GeoPrecision.Admin1 && before.Place.Precision < place.Precision
            && place.Country is not null && before.Place.Country == place.Country && start > before.Span.End
            && view.Text.AsSpan(before.Span.End, start - before.Span.End).Trim() is [',']
            && IsLocation(i - 1);
    }

    /// <summary>
    /// The place an event with no named target is done to or in: <c>extended the curfew in Abidjan</c>,
    /// <c>strengthened its forces in Lebanon</c>. The nearest location after the trigger in its sentence, within a
    /// few words, that no actor of the event names.
    /// </summary>
    public Actor? TargetAfter(Mention m)
    {
        var sentence = view.Found.Sentences[m.Sentence].Span;
        for (var i = 0; i < view.Found.Places.Length; i++)
        {
            var mention = view.Found.Places[i];
            if (mention.Span.Start < m.Trigger.End || !sentence.Contains(mention.Span))
            {
                continue;
            }

            if (mention.Span.Start - m.Trigger.End > 80 || m.Actors.Exists(a => a.Span.Overlaps(mention.Span)))
            {
                return null;
            }

            if (m.Type == PloverType.Assault && StateOwning(i, m.Trigger.End) is { } owner)
            {
                return owner;
            }

            var place = IsLocation(i, strict: false) ? Resolve(i) : null;
            // `talks ahead of an EU summit in Brussels`: a town after a noun of talk is where it meets, no party to it
            // (`a curfew in the town of Cizre` is imposed on the town).
            // So is a town after a verb phrase of talk (`will hold talks in Paris`).
            if ((m.Noun || (m.Type == PloverType.Consult && m.Last > m.First && view.IsNoun(m.Last))) && place is { Precision: GeoPrecision.City or GeoPrecision.Site }
                && m.Type is not (PloverType.Coerce or PloverType.Assault or PloverType.Mobilize or PloverType.Retreat or PloverType.Aid or PloverType.Protest))
            {
                return null;
            }

            // `talks on Africa`, `an agreement over Cyprus`: a place after `on` or `about` is what talks or a deal are about.
            if (m.Type is PloverType.Consult or PloverType.Agree && view.NextToken(mention.Span.Start) is var at and > 0
                && view.Word(view.Tag(at - 1) == "DT" && at > 1 ? at - 2 : at - 1) is "on" or "about" or "over" or "regarding" or "concerning")
            {
                return null;
            }

            if (MeetingVenue(m, mention.Span.Start) || AdjunctOfTalk(m, mention.Span.Start))
            {
                return null;
            }

            if (place?.Country is null || view.Text.AsSpan(m.Trigger.End, mention.Span.Start - m.Trigger.End).IndexOfAny(ClauseEnds) >= 0)
            {
                return null;
            }

            var first = view.NextToken(mention.Span.Start);
            var last = Math.Max(first, view.NextToken(mention.Span.End) - 1);
            // `the fatal police shooting in Tulsa`, `a bombing in Basra`: a town after `in` past an event noun is where the act
            // happens, never the one it is done to (`a curfew in Lagos` is imposed on the town).
            if (m.Noun && m.Type == PloverType.Assault && first > 0 && view.Word(view.Tag(first - 1) == "DT" && first > 1 ? first - 2 : first - 1) is "in"
                && place.Precision is GeoPrecision.City or GeoPrecision.Site)
            {
                return null;
            }

            if (first < 0 || OwedTo(first) || FiniteBetween(m.Trigger.End, first) || Beside(first, m.Last)
                || (m.Type == PloverType.Protest && (Located(first) || HeldIn(first, place)))
                || (m.Type is PloverType.Consult or PloverType.Agree or PloverType.Cooperate && InVenue(first, m.Last)))
            {
                return null;
            }

            var country = Territories.CountryOf(view.Text.AsSpan(mention.Span.Start, mention.Span.Length), view.Gazetteer) ?? place.Country;
            return new Actor(first, last < 0 ? first : last, mention.Span, place.Name, null, country, false);
        }

        return null;
    }

    // `destroyed oil installations at Iran's Ahvaz field`, `shelled Iraq's southern port`: the state whose site is struck
    // is the one struck, when nothing but the object's words stand between the act and the state.
    private Actor? StateOwning(int i, int actEnd)
    {
        var mention = view.Found.Places[i];
        var first = view.NextToken(mention.Span.Start);
        var last = view.NextToken(mention.Span.End);
        if (first < 0 || last < 0 || view.Tag(last) != "POS" || mention.Place.Precision != GeoPrecision.Country
            || mention.Place.Country is not { } country || view.Text.AsSpan(actEnd, mention.Span.Start - actEnd).IndexOfAny(ClauseEnds) >= 0
            || FiniteBetween(actEnd, first))
        {
            return null;
        }

        return new Actor(first, last - 1, mention.Span, mention.Place.Name, null, country, false);
    }

    // `refused to give succour to suggestions it was preparing strikes against X`: a place past a pronoun's finite verb
    // belongs to a clause of its own, not to the event's.
    private bool FiniteBetween(int end, int first)
    {
        for (var k = view.NextToken(end); k >= 0 && k < first; k++)
        {
            if (view.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD" && k > 0 && view.Tag(k - 1) == "PRP")
            {
                return true;
            }
        }

        return false;
    }

    // `on strike across Wales`, `rallies throughout Scotland`: a place a protest spreads over is where it is held, not
    // whom it is against (`protested against France` still names one). A protest `in Serbia`, at a single place, is
    // coded as against that place's state (the PLOVER gold records do so), so `in` and `at` keep it.
    private bool Located(int first)
    {
        var k = first - 1;
        while (k >= 0 && view.Tag(k) is "DT" or "JJ")
        {
            k--;
        }

        return k >= 0 && view.Word(k) is "across" or "throughout" or "around";
    }

    // `launched attacks near Basra`, `fighting east of the city of X`, `seized a tanker off Kharg`: a place the act is
    // only beside is where it happened, not what it was done to.
    private bool Beside(int first, int last)
    {
        for (var k = first - 1; k > last && k >= first - 5; k--)
        {
            if (view.Word(k) is "near" or "off" or "outside" or "around" or "beside" or "nearby"
                || (view.Word(k) is "of" && view.Word(k - 1) is "east" or "west" or "north" or "south" or "northeast" or "northwest"
                    or "southeast" or "southwest"))
            {
                return true;
            }
        }

        return false;
    }

    // `protested outside the parliament in Dhaka`, `a sit-in near Cairo`: a town a protest is held at or near, or one that
    // only says where the site of the protest is, is where, not whom the protest is against. A protest `in Monrovia` with
    // no site is coded against that town's state, as the PLOVER records do.
    private bool HeldIn(int first, Place place)
    {
        if (place.Precision is not (GeoPrecision.City or GeoPrecision.Site))
        {
            return false;
        }

        var k = SkipBack(first - 1, "DT", "JJ");
        // (`near the port of Mombasa`, `in the town of X`: past the noun the town is named by.)
        if (k >= 1 && view.Word(k) is "of" && view.Tag(k - 1) is "NN")
        {
            k = SkipBack(k - 2, "DT", "JJ");
        }

        if (k < 0 || SitePreposition(k))
        {
            return k >= 0;
        }

        // `outside the parliament in Dhaka`: the town says where the site is.
        var site = SkipBack(k - 1, "NN", "NNP", "DT", "JJ", "POS");
        return view.Word(k) is "in" && site < k - 1 && site >= 0 && SitePreposition(site);
    }

    private bool SitePreposition(int k) => view.Word(k) is "at" or "outside" or "inside" or "near" or "opposite";

    private int SkipBack(int k, params ReadOnlySpan<string> tags)
    {
        while (k >= 0 && tags.Contains(view.Tag(k)))
        {
            k--;
        }

        return k;
    }

    // `write off debt owed to X`: the creditor a thing is owed to is no party to the act on it.
    private bool OwedTo(int first)
    {
        var k = first - 1;
        if (k >= 0 && view.Word(k) is "the")
        {
            k--;
        }

        return k >= 1 && view.Word(k) is "to" && view.Word(k - 1) is "owed" or "owing" or "due";
    }

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",;:");

    /// <summary>
    /// The nearest earlier location before the sentence of <paramref name="m"/> (places in the event's own sentence
    /// were weighed by <see cref="InSentence"/>), or the dateline, not one where news was told; else the article's focus
    /// country. A dateline says where the story was filed: fighting it reports is seldom in that town, so it places an act
    /// of force only in its country (`BAGHDAD, April 7 - Iraq said its troops had killed...` on the southern front).
    /// </summary>
    public Place? Before(Mention m)
    {
        var position = m.Trigger.Start;
        var sentenceStart = position;
        foreach (var sentence in view.Found.Sentences)
        {
            if (sentence.Span.Start <= position && position < sentence.Span.End)
            {
                sentenceStart = sentence.Span.Start;
                break;
            }
        }

        for (var i = view.Found.Places.Length - 1; i >= 0; i--)
        {
            var span = view.Found.Places[i].Span;
            var dateline = InDateline(span);
            if ((span.End <= sentenceStart || dateline) && IsLocation(i) && !Told(i) && !Qualifies(i) && (dateline || !NotCarried(i))
                && Resolve(i) is { } place
                && (place.Country is not null || view.Gazetteer.IsWater(place.Name)) && !TargetHome(m, place))
            {
                if (!dateline && Said(m) && SourceCountry(m) is { } home && place.Country != home
                    && !m.Actors.Exists(a => a.Country is not null && a.Country == place.Country))
                {
                    return view.Gazetteer.Country(home)?.ToPlace() ?? place;
                }

                // `Kilroy quit the party at a meeting in Hinckley last week. ... A spokesman called on Hockney to quit`:
                // a town named sentences before a statement told where something else was; only its country carries over
                // (an investigation is done where its police are: `officers in Leicester ... are investigating`).
                if (!dateline && Said(m) && m.Mode != "investigate" && place.Precision is GeoPrecision.City or GeoPrecision.Site && place.Country is not null
                    && SentencesBack(span.Start, sentenceStart) > 1)
                {
                    return view.Gazetteer.Country(place.Country)?.ToPlace() ?? place;
                }

                return dateline && m.Type is PloverType.Assault or PloverType.Coerce or PloverType.Mobilize && place.Country is not null
                    ? view.Gazetteer.Country(place.Country)?.ToPlace() ?? place
                    : place;
            }
        }

        // `Tony Blair has rejected the offer` in an article that names no place, or one whose country is another's: a
        // word said or a measure taken is placed in its source's country.
        return Said(m) && SourceCountry(m) is { } source ? view.Gazetteer.Country(source)?.ToPlace()
            : Dominant() is { } focus ? view.Gazetteer.Country(focus)?.ToPlace()
            : null;
    }

    // `threatened to suspend gas exports to Chile. ...`: a state a thing goes to is not where a later sentence's act is;
    // `the bloc groups Uruguay, Argentina, Brazil and Bolivia. ...`: nor is any one of several states listed together
    // (`a visit to Chile` does carry: the visitor is there).
    private bool NotCarried(int i)
    {
        var mention = view.Found.Places[i];
        var first = view.NextToken(mention.Span.Start);
        if (mention.Place.Precision != GeoPrecision.Country || first < 1)
        {
            return false;
        }

        var previous = first - 1;
        if (previous >= 1 && view.Word(previous) is "to" && view.Tag(previous - 1) is "NN" or "NNS" && !view.Is(previous - 1, Journeys))
        {
            return true;
        }

        var next = view.NextToken(mention.Span.End);
        return (view.Word(previous) is "and" or "or" or "," && previous >= 1 && ListedState(previous - 1))
            || (next >= 0 && next + 1 < view.Tokens.Length && view.Word(next) is "and" or "or" or "," && ListedState(next + 1));
    }

    private bool ListedState(int k) =>
        view.PlaceAt[k] >= 0 && view.Found.Places[view.PlaceAt[k]].Place.Precision == GeoPrecision.Country;

    /// <summary>
    /// <c>Iran had bought arms abroad. Reagan banned arms sales to Tehran.</c>: a word said or a measure taken happens
    /// where its source is, so an earlier place in the country of its target, and not of its source, is the target's
    /// home, not where the event was (an attack or a visit does happen in the target's country).
    /// </summary>
    private static bool TargetHome(Mention m, Place place) =>
        Said(m)
        && place.Country is { } country
        && m.Actors.Exists(a => a.Role == ActorRole.Target && a.Country == country)
        && m.Actors.Exists(a => a.Role == ActorRole.Source && a.Country is not null && a.Country != country);

    // How many sentence starts lie between a position and a later sentence's start.
    private int SentencesBack(int position, int sentenceStart)
    {
        var count = 0;
        foreach (var sentence in view.Found.Sentences)
        {
            if (sentence.Span.Start > position && sentence.Span.Start <= sentenceStart)
            {
                count++;
            }
        }

        return count;
    }

    // A word said or a measure taken, not a deed done somewhere.
    private static bool Said(Mention m) =>
        m.Type is PloverType.Accuse or PloverType.Reject or PloverType.Request or PloverType.Support or PloverType.Threaten
            or PloverType.Sanction or PloverType.Concede;

    // `Royal Bank of Scotland`, `Mitsubishi Tokyo`: a place inside a longer organisation's name is part of that name.
    private bool InsideOrganisation(TextSpan span)
    {
        foreach (var entity in view.Found.Entities)
        {
            if (entity.Type == EntityType.Org && entity.Span.Length > span.Length && entity.Span.Start <= span.Start
                && entity.Span.Start + entity.Span.Length >= span.Start + span.Length)
            {
                return true;
            }
        }

        return false;
    }

    private bool NamedAsOrganisation(TextSpan span)
    {
        var name = view.Text.AsSpan(span.Start, span.Length);
        foreach (var entity in view.Found.Entities)
        {
            if (entity.Type == EntityType.Org && view.Text.AsSpan(entity.Span.Start, entity.Span.Length).Equals(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? SourceCountry(Mention m) =>
        m.Actors.Find(a => a.Role == ActorRole.Source && a.Country is not null)?.Country;

    private bool IsLocation(int i, bool strict = true)
    {
        var span = view.Found.Places[i].Span;
        var place = view.Found.Places[i].Place;
        // A sea or strait has no country but is where ships are attacked (`fired on a tanker in the Gulf`); a continent
        // or world region is too wide to say where an event was.
        if (view.IsGovernment(i) || (place.Country is null && !view.Gazetteer.IsWater(place.Name)))
        {
            return false;
        }

        // `talks at Aer Lingus` after `Aer Lingus said`: a name the gazetteer does not hold that the article names elsewhere
        // as an organisation is that organisation, no place.
        if ((place.GeonameId is null && NamedAsOrganisation(span)) || InsideOrganisation(span))
        {
            return false;
        }

        // `compared me to Fagin, to Shylock`, `accused of Islamophobia`: a single word the names stage took for a place
        // that the gazetteer does not know, with no `X, Country` after it and no `in` or `at` before it, is more likely
        // no place at all (`held at Belmarsh`, `a hunt in Badminton` are places the gazetteer lacks).
        if (place.GeonameId is null && span.Length > 0 && view.Text.AsSpan(span.Start, span.Length).IndexOfAny(' ', '-') < 0
            && !view.Gazetteer.Contains(view.Text.AsSpan(span.Start, span.Length)) && !Qualified(i) && !AtPreposition(span))
        {
            return false;
        }

        // An acronym the gazetteer does not list, given the country around it as a whole (`IRNA`), is an agency, no place.
        if (place.Precision == GeoPrecision.Country && place.Country is { } code && view.Gazetteer.Country(code)?.Name is { } official
            && !official.Equals(place.Name, StringComparison.OrdinalIgnoreCase) && place.Name.Length <= 5
            && place.Name.All(char.IsAsciiLetterUpper) && CountryNames.OfficialCountry(place.Name) is null)
        {
            return false;
        }

        // `Ukraine's embassy`, `the United States' attack`: a possessor is no place (`protest at the United States'
        // policies` is still against it).
        if (span.End < view.Text.Length && view.Text[span.End] is '\'' or '’'
            && ((span.End + 1 < view.Text.Length && view.Text[span.End + 1] is 's' or 'S') || (strict && view.Text[span.End - 1] == 's')))
        {
            return false;
        }

        // `support from Europe`: where help comes from, not where the event is; `backing for Iraq`, `a campaign against
        // Iran`: what an act is for or against; `seized by Iran`: who did it.
        var previous = BeforeConjuncts(view.NextToken(span.Start) - 1);
        if (strict && previous > 0 && view.Tag(previous) == "DT")
        {
            previous--;
        }

        // (`left for Rome` is a destination, still a place.)
        if (previous >= 0 && (view.Word(previous) is "from" or "From"
            || (strict && (view.Word(previous) is "against" or "by" || (view.Word(previous) is "for" && !(previous > 0 && view.Is(previous - 1, Departures)))))))
        {
            return false;
        }

        var next = view.NextToken(span.End);
        if (next < 0)
        {
            return true;
        }

        var word = view.Word(next);
        if (word is "'s" or "’s" || (word.Length > 0 && word[0] == '-'))
        {
            return false;
        }

        // `accused Washington of plotting`, `suspects Kyiv of staging`: the one charged with an act is an actor, not where
        // anything happened.
        if (word is "of" && next + 1 < view.Tokens.Length && view.Tag(next + 1) == "VBG")
        {
            return false;
        }

        // `Iran had seized`, `Iraq says`: a name that is a verb's subject acts; it is not where the act is.
        if (strict && view.Tag(next) is "VBD" or "VBZ" or "VBP" or "MD" && !(previous >= 0 && view.Is(previous, Locatives)))
        {
            return false;
        }

        // `Qatar and Egypt mediated talks`: so does the first of names joined as a verb's subject.
        if (strict && word is "and" or "or" && !(previous >= 0 && view.Is(previous, Locatives)) && JoinedSubject(next))
        {
            return false;
        }

        // `visited Mosul today`: a time after a name does not make it a modifier.
        if (strict && view.TimeAt[next] >= 0)
        {
            return true;
        }

        // `a new Ankara offensive on`: an adjective-tagged word that heads its phrase is a noun all the same.
        if (strict && view.Tag(next) == "JJ" && view.PlaceAt[next] < 0 && next + 1 < view.Tokens.Length && !view.IsNoun(next + 1)
            && !view.Is(next, PlaceNouns) && view.Tag(next + 1) is not ("JJ" or "CC" or ","))
        {
            return false;
        }

        // `US administration`, `Iran-made`: a name before a noun modifies it (though `attacks in the Gulf war zone`
        // are in the sea all the same).
        // `shelled Kabul airport`, `a riot in Basra prison`: a town before the site in it is where the site is.
        return !(view.IsNoun(next) && view.PlaceAt[next] < 0 && !view.Is(next, PlaceNouns))
            || (previous >= 0 && view.Is(previous, Locatives) && view.Gazetteer.IsWater(place.Name))
            || (place.Precision == GeoPrecision.City && view.Is(next, SiteNouns));
    }

    // `the MP for Grantham and Stamford`, `from Iraq and Syria`: the last of coordinated names shares the word
    // before the first (`in London and Paris` are both places; `against France and the U.S.` both not).
    private int BeforeConjuncts(int previous)
    {
        if (previous > 1 && view.Tag(previous) == "DT" && view.Word(previous - 1) is "and" or "or")
        {
            previous--;
        }

        while (previous > 0 && view.Word(previous) is "and" or "or" or ",")
        {
            var k = previous - 1;
            while (k >= 0 && view.Tag(k) is "NNP" or "NNPS")
            {
                k--;
            }

            if (k == previous - 1)
            {
                break;
            }

            previous = k;
        }

        return previous;
    }

    private bool InDateline(TextSpan span) => view.NextToken(span.Start) is var first and >= 0 && first < view.DatelineEnd;

    // `in the Gulf east of Qatar`, `Fish Lake, 10 km east of Basra`: a place named only to find the one before it by
    // is not where the event is.
    private bool ReferencePoint(int i)
    {
        var of = view.NextToken(view.Found.Places[i].Span.Start) - 1;
        if (i == 0 || of < 1 || view.Word(of) is not "of" || !view.Is(of - 1, Directions))
        {
            return false;
        }

        var after = view.NextToken(view.Found.Places[i - 1].Span.End);
        if (after < 0 || after > of - 1 || of - 1 - after > 4)
        {
            return false;
        }

        for (var k = after; k < of - 1; k++)
        {
            if (!(view.Tokens[k].Kind == TokenKind.Number || view.IsPunct(k, ',') || view.Is(k, Distances)))
            {
                return false;
            }
        }

        return true;
    }

    private Place Resolve(int i)
    {
        var place = view.Found.Places[i].Place;
        // `Camp X, Iraq`, `Y square, Z city`: an unresolved site followed by its country or city.
        var following = i + 1 < view.Found.Places.Length ? view.Found.Places[i + 1] : null;
        // Countries and divisions have no GeoNames id either: `northern Iraq, Ankara's agency said` is no site in Ankara.
        if (place.GeonameId is null && !IsCountry(place) && following is not null && Gap(view.Found.Places[i].Span.End, following.Span.Start))
        {
            var container = following.Place;
            return container.Precision == GeoPrecision.Country
                ? place with { Country = container.Country, Admin1 = null, Latitude = container.Latitude, Longitude = container.Longitude, Precision = GeoPrecision.Site }
                : container;
        }

        return place;
    }

    private bool AtPreposition(TextSpan span) =>
        view.NextToken(span.Start) is var first and > 0 && view.Word(first - 1) is "in" or "at" or "near" or "outside" or "inside";

    // `Camp Nowhere, Iraq`: a site followed by its country or town, with only a comma between.
    private bool Qualified(int i) =>
        i + 1 < view.Found.Places.Length && view.Found.Places[i + 1].Span.Start > view.Found.Places[i].Span.End
        && view.Text.AsSpan(view.Found.Places[i].Span.End, view.Found.Places[i + 1].Span.Start - view.Found.Places[i].Span.End).Trim() is [','];

    private bool IsCountry(Place place) =>
        place.Precision is GeoPrecision.Country or GeoPrecision.Admin1 && place.Country is { } code
        && view.Gazetteer.Country(code)?.Name is { } name && name.Equals(place.Name, StringComparison.OrdinalIgnoreCase);

    // Only a comma and the place-kind word (`square`) between the two names.
    private bool Gap(int end, int start)
    {
        if (start < end || start - end > 12)
        {
            return false;
        }

        var between = view.Text.AsSpan(end, start - end);
        return between.Contains(',') && !between.Contains('.');
    }

    // `talks at the foreign secretary's house in Kent`, `met at a hotel near Leeds`: a place that says where a venue
    // after `at` lies is where talks or a deal happened, no party to them (`fired at targets in X` aims at X).
    // `will meet in Geneva`, `agreed at Gleneagles`: a place right after a verb of meeting or agreeing and `in` or `at` is
    // where the parties met, never one of them (but `arrived in Amman` visits Jordan).
    private bool MeetingVenue(Mention m, int placeStart)
    {
        var trigger = view.Text.AsSpan(m.Trigger.Start, m.Trigger.Length);
        var meeting = m.Type switch
        {
            PloverType.Agree => !trigger.StartsWith("arriv", StringComparison.OrdinalIgnoreCase),
            PloverType.Consult => m.Mode != "visit" || trigger is "meet" or "met" or "meets",
            _ => false,
        };
        return meeting && !m.Noun && m.Last == m.First && Venue(view, m.Last) is var venue and >= 0
            && view.Tokens[venue].Span.Start == placeStart;
    }

    // `called for calm in Baghdad`, `condemned the killings in Homs`: a place after `in` that follows the object of a verbal
    // act says where that object is, not whom the act is aimed at (`called on Iraq` names it); the place is the event's.
    private bool AdjunctOfTalk(Mention m, int placeStart)
    {
        if (m.Type is not (PloverType.Request or PloverType.Accuse) || m.Noun)
        {
            return false;
        }

        var k = view.NextToken(placeStart) - 1;
        if (k > 0 && view.Tag(k) == "DT")
        {
            k--;
        }

        return k - 1 > m.Last && view.Word(k) is "in" && view.IsNoun(k - 1);
    }

    /// <summary>
    /// The first token of the place named after a verb by `in` or `at` (past adverbs and an article): `will meet in Geneva`,
    /// `met again at the Gleneagles hotel`; else -1.
    /// </summary>
    internal static int Venue(ArticleView view, int verb)
    {
        var k = verb + 1;
        while (k < view.Tokens.Length && view.Tag(k) is "RB")
        {
            k++;
        }

        if (k + 1 >= view.Tokens.Length || view.Word(k) is not ("in" or "at"))
        {
            return -1;
        }

        k++;
        if (view.Tag(k) == "DT" && k + 1 < view.Tokens.Length)
        {
            k++;
        }

        return view.PlaceAt[k] >= 0 ? k : -1;
    }

    private bool InVenue(int place, int trigger)
    {
        var k = place - 1;
        if (k <= trigger || view.Word(k) is not ("in" or "near" or "outside" or "on"))
        {
            return false;
        }

        for (k--; k > trigger && k >= place - 10; k--)
        {
            if (view.Word(k) is "at")
            {
                return true;
            }

            if (!(view.IsNoun(k) || view.Tag(k) is "DT" or "JJ" or "POS" or "PRP$" || view.Word(k) is "'s" or "’s" or "'" or "’"))
            {
                return false;
            }
        }

        return false;
    }
}
