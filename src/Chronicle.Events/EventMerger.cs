namespace Chronicle.Events;

/// <summary>
/// One event per real event in an article: a later mention joins an earlier one of the same type when nothing
/// conflicts (dates, places, counts, known source countries, hypothetical against actual) and something ties
/// them: the same sentence or the next, a shared actor, place or date, or a bare definite reference
/// (<c>the protests</c>). The earliest mention keeps the trigger; the merged event gains what the others add.
/// </summary>
internal static class EventMerger
{
    public static List<Mention> Merge(List<Mention> mentions, DateOnly? published = null)
    {
        var events = new List<Mention>();
        foreach (var m in mentions)
        {
            // A bare `the protests` refers to the article's main event of that type, which it names first.
            var into = m.Anaphoric
                ? events.Find(e => e.Type == m.Type && Compatible(e, m, published) && Tied(e, m))
                : events.FindLast(e => e.Type == m.Type && Compatible(e, m, published) && Tied(e, m));

            // `X held talks with Y ... After the talks with X, Y said`: a meeting is the same whoever is told as its host,
            // so one told the other way round, with a party in common, joins it with its roles turned.
            if (into is null && m.Type == PloverType.Consult && m.HasSource && m.HasTarget)
            {
                Turn(m);
                into = events.FindLast(e => e.Type == m.Type && Shared(e, m) && Compatible(e, m, published) && Tied(e, m));
                if (into is null)
                {
                    Turn(m);
                }
            }

            if (into is null)
            {
                events.Add(m);
                continue;
            }

            Absorb(into, m);
        }

        return events;
    }

    private static bool Compatible(Mention a, Mention b, DateOnly? published)
    {
        if (Hypothetical(a) != Hypothetical(b))
        {
            return false;
        }

        // `50 people were abducted since last week ... (later) In 2023, police killed 30`: an act dated months before the
        // article is one recalled from then, not the undated act told sentences apart (the next sentence may go on
        // telling the recalled one).
        if (published is { } p && b.Sentence - a.LastSentence > 1 && Recalled(a, p) != Recalled(b, p) && (Undated(a) || Undated(b)))
        {
            return false;
        }

        if (a.Date is { } da && b.Date is { } db && Known(da.Value) && Known(db.Value) && da.Value != db.Value
            && !(da.Text == "article date" || db.Text == "article date"))
        {
            return false;
        }

        // `seized power and detained the president`, `arrested activists and blocked the internet`: coercion of two kinds,
        // each by a side named, is two acts (a seizure of places or power, an arrest of people, censorship), not one told
        // twice (`was arrested with eight men seized at a hotel` tells one).
        if (a.Type == PloverType.Coerce && a.Mode is { } ma && b.Mode is { } mb && ma != mb && Has(a, ActorRole.Source) && Has(b, ActorRole.Source))
        {
            return false;
        }

        // `Bombs exploded in X and Y, killing 40`: the toll told after a comma is of the act before it, whichever of the
        // sentence's places the participle lies nearer; the act keeps its own place.
        var toll = b.Consequence && b.Sentence == a.Sentence && a.Trigger.End <= b.Trigger.Start;
        if (!toll && a.Place is { } pa && b.Place is { } pb && !(pa.Name == pb.Name && pa.Country == pb.Country))
        {
            return false;
        }

        foreach (var c in b.Counts)
        {
            if (a.Counts.Exists(x => x.Kind == c.Kind && x.Quantity.Value != c.Quantity.Value))
            {
                return false;
            }
        }

        foreach (var s in b.Actors)
        {
            if (s.Role == ActorRole.Source && s.Country is not null
                && a.Actors.Exists(x => x.Role == ActorRole.Source && x.Country is not null && x.Country != s.Country))
            {
                return false;
            }
        }

        // `X attacked the plans. Y also attacked them`: two named actors each doing the same is two events, not one.
        var named = b.Actors.FindAll(x => x.Role == ActorRole.Source && x.EntityId is not null);
        var before = a.Actors.FindAll(x => x.Role == ActorRole.Source && x.EntityId is not null);
        if (named.Count > 0 && before.Count > 0 && !named.Exists(x => before.Exists(y => y.EntityId == x.EntityId)))
        {
            return false;
        }

        // `X backed Y's stance ... the policy supported by Y`: one's target acting in the other is another event;
        // joined, Y would be both sides of one.
        if (b.Actors.Exists(x => a.Actors.Exists(y => x.Role != y.Role && Same(x, y))))
        {
            return false;
        }

        // `X arrived with Y ... met parents`: of words and meetings, a mention without a source and one with, each with
        // targets of its own and no actor in common, are two events; joined, the nameless one would lend its targets to
        // the other's source. (The targets of one attack or protest are often told over several sentences.)
        if (!b.Anaphoric && Spoken(a.Type) && Has(a, ActorRole.Target) && Has(b, ActorRole.Target)
            && Has(a, ActorRole.Source) != Has(b, ActorRole.Source) && !b.Actors.Exists(x => a.Actors.Exists(y => Same(x, y))))
        {
            return false;
        }

        // `X agreed with Y ... (later) X will visit Z`: the same actor's words or meetings with others, told apart in
        // the article, are two events; joined, the one would lend its party to the other.
        // `he praised X. In the speech, he backed Y`: in the next sentence too; one event's target never comes from another
        // sentence.
        if (!b.Anaphoric && Spoken(a.Type) && b.Sentence > a.LastSentence && Has(a, ActorRole.Target) && Has(b, ActorRole.Target)
            && !b.Actors.Exists(x => x.Role == ActorRole.Target && a.Actors.Exists(y => y.Role == ActorRole.Target && Same(x, y))))
        {
            return false;
        }

        // `The UK has pledged to pay. On top of the deal with X, ...`, `Tory promises to cut tax ... (later) accepted Y's
        // promise`: a later sentence's words or deal, not pointing back, lend no party to an event that had none.
        if (!b.Anaphoric && Spoken(a.Type) && b.Sentence > a.LastSentence && !Has(a, ActorRole.Target) && Has(b, ActorRole.Target))
        {
            return false;
        }

        // `its jets struck Hamas targets and militants fired rockets at Israel`: two acts of one sentence by other
        // parties, with none in common, are two events.
        if (!b.Anaphoric && !Spoken(a.Type) && b.Sentence == a.LastSentence && Has(a, ActorRole.Source) && Has(b, ActorRole.Source)
            && (Has(a, ActorRole.Target) || Has(b, ActorRole.Target)) && !b.Actors.Exists(x => a.Actors.Exists(y => Same(x, y))))
        {
            return false;
        }

        // `X criticised Y, and Z blamed W`: two sides' words with neither a source nor a target in common are two events,
        // even in one sentence.
        if (!b.Anaphoric && Spoken(a.Type) && Has(a, ActorRole.Source) && Has(b, ActorRole.Source) && Has(a, ActorRole.Target)
            && Has(b, ActorRole.Target) && !b.Actors.Exists(x => a.Actors.Exists(y => x.Role == y.Role && Same(x, y))))
        {
            return false;
        }

        // `he rejected Y ... (later) X was right to reject Y`: the words of two sides with no source in common, told apart
        // in the article, are two events, whether or not the name stage gave the sources ids.
        // `West African leaders imposed sanctions on X ... (later) Portugal suspended aid to X`: so are two sides' sanctions.
        if (!b.Anaphoric && (Spoken(a.Type) || a.Type == PloverType.Sanction) && b.Sentence - a.LastSentence > 1 && Has(a, ActorRole.Source) && Has(b, ActorRole.Source)
            && !b.Actors.Exists(x => x.Role == ActorRole.Source && a.Actors.Exists(y => y.Role == ActorRole.Source && Same(x, y))))
        {
            return false;
        }

        // `Teachers staged a strike in Bradford. Dockers went on strike on Tuesday.`: another group's protest, told in a
        // sentence of its own and not as `the strike`, is another protest (`Pro-hunt supporters are to protest ... up to
        // 4,000 supporters` are one group).
        // `the group`, `the protesters` point back to whoever protested before, as crowd words do.
        if (!b.Anaphoric && a.Type == PloverType.Protest && b.Sentence > a.LastSentence && Has(a, ActorRole.Source) && Has(b, ActorRole.Source)
            && b.Actors.TrueForAll(x => x.Role != ActorRole.Source || OwnGroup(x))
            && !b.Actors.Exists(x => x.Role == ActorRole.Source && a.Actors.Exists(y => y.Role == ActorRole.Source && (Same(x, y) || SameHead(x, y) || !OwnGroup(y)))))
        {
            return false;
        }

        // `Opposition supporters gathered in Tbilisi. (later) Students walked out of classes`: protests of two modes (a
        // gathering and a walkout), told sentences apart by sources with none in common and none pointing back (`the
        // protesters`), are two protests, even when the later group is named by a crowd word.
        if (!b.Anaphoric && a.Type == PloverType.Protest && b.Sentence > a.LastSentence + 1 && a.Mode is { } modeA && b.Mode is { } modeB
            && modeA != modeB && Has(a, ActorRole.Source) && Has(b, ActorRole.Source)
            && b.Actors.TrueForAll(x => x.Role != ActorRole.Source || !PointsBack(x))
            && !b.Actors.Exists(x => x.Role == ActorRole.Source && a.Actors.Exists(y => y.Role == ActorRole.Source && (Same(x, y) || SameHead(x, y)))))
        {
            return false;
        }

        return true;
    }

    private static bool PointsBack(EventActor x) =>
        x.Canonical.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || x.Canonical.StartsWith("those ", StringComparison.OrdinalIgnoreCase)
        || x.Canonical.StartsWith("these ", StringComparison.OrdinalIgnoreCase);

    private static void Turn(Mention m)
    {
        for (var i = 0; i < m.Actors.Count; i++)
        {
            m.Actors[i] = m.Actors[i] with { Role = m.Actors[i].Role == ActorRole.Source ? ActorRole.Target : ActorRole.Source };
        }
    }

    private static bool Shared(Mention a, Mention b) =>
        b.Actors.Exists(x => a.Actors.Exists(y => x.Role == y.Role && Same(x, y)));

    private static bool Spoken(PloverType type) => type is PloverType.Consult or PloverType.Agree or PloverType.Support
        or PloverType.Accuse or PloverType.Reject or PloverType.Request or PloverType.Threaten or PloverType.Concede or PloverType.Cooperate;

    private static bool Has(Mention m, ActorRole role) => m.Actors.Exists(x => x.Role == role);

    // (The article's date given to two current acts is no tie: it says when they were told, not that they are one.)
    private static bool Tied(Mention a, Mention b) =>
        b.Sentence - a.LastSentence <= 1
        || b.Anaphoric
        || Retold(b)
        || b.Actors.Exists(x => a.Actors.Exists(y => Same(x, y)))
        || (a.Place is { Precision: GeoPrecision.City or GeoPrecision.Site } && a.Place == b.Place)
        || (a.Date is not null && b.Date is not null && a.Date.Value == b.Date.Value && Known(a.Date.Value)
            && a.Date.Text != "article date" && b.Date.Text != "article date");

    // `Car bombs exploded in X on Aug. 7 ... The embassy bombings killed 41`, `the bombings were carried out by a group`: a
    // definite act (not words or a meeting) with no time of its own tells again the act of its type told before.
    private static bool Retold(Mention b) => b.Definite && !Spoken(b.Type) && (b.Date is null || b.Date.Text == "article date");

    // (`The UK's biggest civil service union` and `biggest civil service union` read from one phrase by two mentions: one
    // actor, whose spans overlap.)
    private static bool Same(EventActor x, EventActor y) =>
        (x.Span.Length > 0 && x.Span.Overlaps(y.Span))
        || (x.EntityId is not null ? x.EntityId == y.EntityId : string.Equals(x.Canonical, y.Canonical, StringComparison.OrdinalIgnoreCase));

    // A group named for itself (`dockers`, `Teachers`, `the Countryside Alliance`), not by a crowd word or a pointer back.
    private static bool OwnGroup(EventActor x) =>
        x.EntityId is not null
        || (!x.Canonical.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !x.Canonical.StartsWith("those ", StringComparison.OrdinalIgnoreCase)
            && !x.Canonical.StartsWith("these ", StringComparison.OrdinalIgnoreCase) && !CrowdWords.Contains(Head(x.Canonical)));

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CrowdWords =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["group", "groups", "people", "protesters", "protestors", "demonstrators", "marchers", "crowd", "crowds", "thousands",
             "hundreds", "dozens", "activists", "participants", "others", "supporters", "members", "residents", "citizens", "mob"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool SameHead(EventActor x, EventActor y) =>
        x.EntityId is null && y.EntityId is null && Head(x.Canonical).Equals(Head(y.Canonical), StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Head(string phrase) => phrase.AsSpan(phrase.LastIndexOf(' ') + 1);

    private static bool Known(string value) => value.Length > 0 && char.IsAsciiDigit(value[0]);

    private static bool Undated(Mention m) => m.Date is null || m.Date.Text == "article date";

    // Dated wholly more than three months before the article (`in 2023`, `in March 2019`): told from the past.
    private static bool Recalled(Mention m, DateOnly published)
    {
        if (m.Date is not { } d || !Known(d.Value) || d.Value.Length < 4 || !int.TryParse(d.Value.AsSpan(0, 4), out var year) || year < 1)
        {
            return false;
        }

        var month = d.Value.Length >= 7 && int.TryParse(d.Value.AsSpan(5, 2), out var mm) && mm is >= 1 and <= 12 ? mm : 12;
        var latest = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        if (d.Value.Length >= 10 && DateOnly.TryParseExact(d.Value.AsSpan(0, 10), "yyyy-MM-dd", out var day))
        {
            latest = day;
        }

        return latest.AddDays(90) < published;
    }

    private static bool Hypothetical(Mention m) => m.Modality is Modality.Hypothetical or Modality.Negated;

    private static void Absorb(Mention into, Mention m)
    {
        foreach (var actor in m.Actors)
        {
            if (!into.Actors.Exists(a => a.Role == actor.Role && Same(a, actor)))
            {
                into.Actors.Add(actor);
                // `A car bomb exploded outside the French embassy in Lima. The blast killed 12 people.`: a country only
                // guessed for an actor of the mention absorbed stays a guess, so the merged event's place still decides it.
                if (m.GuessedCountries.Contains(actor.Span))
                {
                    into.GuessedCountries.Add(actor.Span);
                }
            }
        }

        into.VerbInSentence |= into.Noun && !m.Noun && m.Sentence == into.Sentence;
        into.Place ??= m.Place;
        if (into.Date is null || (into.Date.Text == "article date" && m.Date is not null && Known(m.Date.Value)))
        {
            into.Date = m.Date ?? into.Date;
        }

        into.Mode ??= m.Mode;
        foreach (var c in m.Counts)
        {
            if (!into.Counts.Exists(x => x.Kind == c.Kind))
            {
                into.Counts.Add(c);
            }
        }

        // A report told over two sentences in a row is evidenced by both.
        if (m.Sentence - into.LastSentence <= 1 && m.Sentence - into.Sentence <= 1)
        {
            into.Evidence = into.Evidence.Union(m.Evidence);
            into.LastSentence = Math.Max(into.LastSentence, m.Sentence);
        }
    }
}
