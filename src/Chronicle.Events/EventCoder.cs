using System.Collections.Immutable;
using Chronicle.Recognizers.Places;
using Chronicle.Resolution.Actors;

namespace Chronicle.Events;

/// <summary>
/// The events stage: finds PLOVER events in each sentence from the annotations of the stages before it
/// (tokens, part-of-speech, names, times, quantities, quotes, places) and adds them as <see cref="CodedEvent"/>s,
/// one per real event of the article, with actors, place, date, counts, modality, evidence and confidence.
/// </summary>
/// <param name="lexicon">The trigger words.</param>
/// <param name="gazetteer">Places, for actors' countries.</param>
/// <param name="known">Known actors with dated roles (null for none), for the countries of named leaders and groups.</param>
/// <param name="parties">National parties' names and countries (<c>data/events/parties.tsv</c>; null for none).</param>
/// <param name="confidence">The learned confidence (<c>data/events/confidence/weights.tsv</c>); null for the hand-set one.</param>
public sealed class EventCoder(TriggerLexicon lexicon, Gazetteer gazetteer, ActorLexicon? known = null, PartyCountries? parties = null,
    ConfidenceModel? confidence = null) : IStage
{
    private readonly CountryNames names = new(gazetteer);
    private readonly PartyCountries parties = parties ?? PartyCountries.Empty;

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public string Version => "events-8/" + lexicon.Version + "/parties-" + parties.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + "/" + (confidence?.Version ?? "conf-hand");

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found) => Code(document, found).Found;

    /// <summary>Codes the events and gives, beside them, the <see cref="EventFeatures"/> their confidence was read from.</summary>
    internal (Annotations Found, double[][] Features) Code(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        if (found.Tokens.IsEmpty || found.PosTags.Length != found.Tokens.Length)
        {
            return (found, []);
        }

        var view = new ArticleView(document, found, gazetteer, known, names);
        var actors = new ActorReader(view, new PersonCountries(view, parties), known, parties);
        var finder = new MentionFinder(view, lexicon, actors);
        var dater = new EventDater(view);
        var counts = new CountLinker(view);
        var modality = new ModalityReader(view);
        var places = new PlaceFinder(view);
        var mentions = new List<Mention>();
        var unnamed = new HashSet<Mention>();
        for (var s = 0; s < found.Sentences.Length; s++)
        {
            var start = mentions.Count;
            finder.Find(s, mentions);
            var here = mentions.GetRange(start, mentions.Count - start);
            for (var i = start; i < mentions.Count; i++)
            {
                var m = mentions[i];
                m.LastSentence = s;
                m.Consequence = !m.Noun && view.Tag(m.First) == "VBG" && m.First > 0 && view.IsPunct(m.First - 1, ',');
                if (ResolveSpeaker(view, actors, m))
                {
                    unnamed.Add(m);
                }

                m.Date = dater.Date(m, here);
                // `the November 2019 uprising` names its own event; only an undated bare `the protests` refers back.
                m.Anaphoric &= m.Date is null;
                if (Arresters.Teller(view, m) is var police and >= 0)
                {
                    m.Add(ActorRole.Source, actors.Read(police, police, police));
                }

                counts.Link(m, here);
                modality.Read(m);
                m.Place = places.InSentence(m, [.. m.Actors.Select(a => a.Span)]);
                PlaceCountries(m, null, actors, document.Text);
                MutualActs.PairMeetingParties(m, document.Text.AsSpan(m.Trigger.Start, m.Trigger.Length));
                if (m.ToldAct >= 0)
                {
                    ToldActs.AddDoers(view, lexicon, mentions, i);
                }

                // (`X and Y exchanged fire near the town`: the sides of a mutual act are each other's targets, not the place.)
                if (!m.HasTarget && m.HasSource && !m.EventObject && !m.Mutual && !m.NeedsDoer)
                {
                    m.Add(ActorRole.Target, places.TargetAfter(m));
                }
            }
        }

        mentions.RemoveAll(unnamed.Contains);
        foreach (var m in mentions)
        {
            SendAway(view, actors, m);
        }

        mentions.RemoveAll(m => m.NeedsDoer && !m.HasTarget);
        // `met parents in the area`, `meeting many people across the country`: a politician meeting the public is
        // campaigning, not a meeting between parties.
        mentions.RemoveAll(m => m.Type == PloverType.Consult && m.HasTarget
            && m.Actors.TrueForAll(a => a.Role != ActorRole.Target || (a.EntityId is null && IsConstituents(a.Span.Of(document.Text)))));
        // `he visited marginal constituencies`, `visited a factory`, `while on a visit with the education secretary`: a visit
        // to no party or place is campaigning; so is meeting people no one names (`when he met parents in the area`).
        mentions.RemoveAll(m => m.Type == PloverType.Consult && !m.HasTarget
            && (document.Text.AsSpan(m.Trigger.Start, m.Trigger.Length).StartsWith("visit", StringComparison.OrdinalIgnoreCase)
                || (!m.Noun && document.Text.AsSpan(m.Trigger.Start, m.Trigger.Length) is "met" or "meet" or "meets"
                    && !(PlaceFinder.Venue(view, m.Last) >= 0 && PluralSource(view, m)))));
        // `the company is to hold an emergency meeting`: one body meeting with no one else named meets among itself;
        // `finance ministers meet`, `the two sides held a meeting` are meetings between parties.
        mentions.RemoveAll(m => m.Type == PloverType.Consult && !m.HasTarget && !m.Noun
            && document.Text.AsSpan(m.Trigger.Start, m.Trigger.Length).Contains("meeting", StringComparison.OrdinalIgnoreCase)
            && m.Actors.Count(a => a.Role == ActorRole.Source) == 1 && m.Actors.Find(a => a.Role == ActorRole.Source) is { } one
            && LastToken(view, one.Span) is var head and >= 0 && view.Tag(head) is "NN" or "NNP" && !PartnerFollows(view, m));
        // `visits Manchester, Liverpool and Leeds`, `a visit to Sheffield`: a town is no host; a state or a person is.
        mentions.RemoveAll(m => m.Type is PloverType.Consult or PloverType.Agree && m.HasTarget
            && document.Text.AsSpan(m.Trigger.Start, m.Trigger.Length).StartsWith("visit", StringComparison.OrdinalIgnoreCase)
            && m.Actors.TrueForAll(a => a.Role != ActorRole.Target
                || (view.IsTownAt(a.Span.Start) && !ForeignTown(view, m, a)) || InCountry(view, a.Span.End)));
        // `Secretary of State Madeleine Albright arrived in Nairobi`, `the Chinese premier flew to Paris`: an arrival is a visit
        // only when a person of a stated state comes to a place of another state; a return home, troops, refugees, tourists
        // or a storm arriving are no visit.
        mentions.RemoveAll(m => m.Type == PloverType.Consult && ArrivalVerb(document.Text.AsSpan(m.Trigger.Start, m.Trigger.Length))
            && m.Last + 1 < view.Tokens.Length && view.Word(m.Last + 1) is "in" or "to"
            && !(m.Actors.Exists(a => a.Role == ActorRole.Target)
                && m.Actors.TrueForAll(a => a.Role == ActorRole.Source ? IsPersonAt(view, a.Span) || Official(view, a.Span)
                    : a.Role != ActorRole.Target || (view.NextToken(a.Span.Start) is var k and >= 0 && k < view.Tokens.Length
                        && view.PlaceAt[k] >= 0 && ForeignTown(view, m, a)))));
        // `Trump held a rally in Ohio`, `at a rally, the senator said`: one politician's rally is a campaign meeting, not a
        // protest (`campaigners rallied`, `he led a rally against the government` name a crowd or whom it is against).
        mentions.RemoveAll(m => m.Type == PloverType.Protest
            && document.Text.AsSpan(m.Trigger.Start, m.Trigger.Length).StartsWith("rall", StringComparison.OrdinalIgnoreCase)
            && m.Actors.Exists(a => a.Role == ActorRole.Source)
            && m.Actors.TrueForAll(a => a.Role == ActorRole.Source ? IsPersonAt(view, a.Span)
                : view.NextToken(a.Span.Start) is var k and > 0 && view.PlaceAt[k] >= 0 && view.Is(k - 1, WordSets.Locatives)));
        // `the candidate walked onto the stage, chanting "U-S-A!"`: one named person chanting at no one is no demonstration
        // (`students chanted slogans against the government` name a crowd and what it is against).
        mentions.RemoveAll(m => m.Type == PloverType.Protest && !m.HasTarget
            && document.Text.AsSpan(m.Trigger.Start, m.Trigger.Length).StartsWith("chant", StringComparison.OrdinalIgnoreCase)
            && m.Actors.Exists(a => a.Role == ActorRole.Source) && m.Actors.TrueForAll(a => a.Role != ActorRole.Source || IsPersonAt(view, a.Span)));
        // `52 percent of registered voters agreed that`, `61% of voters support the plan`: a poll's share of respondents
        // states views; no party agrees, backs, refuses or blames anyone by answering a pollster.
        mentions.RemoveAll(m => m.Type is PloverType.Agree or PloverType.Support or PloverType.Reject or PloverType.Accuse
            or PloverType.Concede && (m.Actors.Exists(a => a.Role == ActorRole.Source && PollShare(view, a.Span)) || PolledBy(view, m)));
        // `the campaign group is meeting this week to plan a campaign`, `the union is holding specially scheduled talks`: one
        // organisation meeting with no one named, and no `with` after, meets within itself; that is its own business.
        mentions.RemoveAll(m => m.Type == PloverType.Consult && !m.HasTarget && OwnMeeting(view, m));
        // `ancient legislation banning heirs marrying Catholics`, `a dispensation that detained people without trial`: what a
        // law bans or did by its terms, with no one said to act, is a rule, not an act of anyone's.
        mentions.RemoveAll(m => m.Type == PloverType.Coerce && !m.HasSource && ByLaw(view, m));
        // `ordered the French ambassador to leave`, `ordered the UN mission out`: an order to leave expels envoys or foreign
        // forces; `ordered residents to leave their homes` is an evacuation, and `ordered its ambassador to leave` a recall.
        mentions.RemoveAll(m => m.Type == PloverType.Sanction && m.Mode == "expel" && !m.Noun
            && document.Text.AsSpan(m.Trigger.Start, m.Trigger.Length).StartsWith("order", StringComparison.OrdinalIgnoreCase)
            && !m.Actors.Exists(a => a.Role == ActorRole.Target && ForeignEnvoys(view, a)));
        // `a good deal for local government`, `a fair agreement for pensioners`: a judgement of a settlement, not one made.
        mentions.RemoveAll(m => m.Type == PloverType.Agree && m.Noun && m.First > 0 && view.Is(m.First - 1, WordSets.Evaluative)
            && m.Last + 1 < view.Tokens.Length && view.Word(m.Last + 1) is "for");
        // A sports report's beatings and withdrawals are the game, a software report's attacks are on machines, and a
        // disaster report's unattributed dead and hurt are the hazard's toll.
        if (StoryKind.IsSport(view))
        {
            mentions.RemoveAll(m => StoryKind.IsPlay(view, m));
        }

        if (StoryKind.IsSoftware(view))
        {
            mentions.RemoveAll(m => StoryKind.IsComputing(view, m));
        }

        if (StoryKind.IsHazard(view))
        {
            mentions.RemoveAll(m => StoryKind.IsToll(view, m));
        }

        // `she often criticised her husband`: what one does to one's kin, short of violence, is a family matter; kin beside
        // a public actor (`the minister and his wife visited`) are left out of the act.
        mentions.RemoveAll(m => m.Type != PloverType.Assault
            && m.Actors.Exists(a => a.Role == ActorRole.Target && PrivateRelation(a, document.Text)));
        mentions.ForEach(m => m.Actors.RemoveAll(a => m.Type != PloverType.Assault && PrivateRelation(a, document.Text)));
        mentions.ForEach(m => SelfTargets.Drop(m.Actors, document.Text, merged: false));
        var events = EventMerger.Merge(MutualActs.EachWay(mentions), document.Published);
        // The article's own year, or with no date the latest year it names (`the 1989 challenge` in an undated obituary).
        var present = document.Published?.Year ?? LatestYear(found.Times);
        var kept = new List<Mention>(events.Count);
        foreach (var e in events)
        {
            SelfTargets.Drop(e.Actors, document.Text, merged: true);
            // `The attack, which killed five, ... the attack in X`: a place a merged mention told is the event's too, so
            // the victims it only counts are of that place's country.
            PlaceCountries(e, ActorRole.Target, actors, document.Text);
            AddUnidentifiedAttacker(e, actors, present);
            AddUnnamedArresters(view, e, actors, present);
            e.Place ??= places.Before(e);
            if (!Factual(e) && !LawsuitAnnounced(e, document.Text.AsSpan(e.Trigger.Start, e.Trigger.Length)))
            {
                continue;
            }

            // `the proposals`, `the idea`: a thing said or planned is no party to an event.
            e.Actors.RemoveAll(a => a.Canonical.Length > 0 && NotActor(document.Text.AsSpan(a.Span.Start, a.Span.Length)));
            // `the Kyoto treaty`, `EU directives`: a text named after a place or a body is no party either.
            e.Actors.RemoveAll(a => IsInstrument(document.Text.AsSpan(a.Span.Start, a.Span.Length)));
            e.Actors.RemoveAll(a => a.Role == ActorRole.Target && Tellers.Tells(view, a.Span));
            e.Actors.RemoveAll(a => a.Role == ActorRole.Target && MoreOfAThing(view, actors, e.Sentence, a.Span));
            // `he` whom no person named before accounts for says nobody in particular.
            e.Actors.RemoveAll(a => a.EntityId is null && WordSets.ThirdPerson.Contains(a.Canonical));

            // `I attack him`, `we have met` in words no speaker is found for: the one who acts is unknown.
            if (e.HasSource && e.Actors.TrueForAll(a => a.Role != ActorRole.Source
                || (a.EntityId is null && WordSets.FirstPerson.Contains(document.Text.AsSpan(a.Span.Start, a.Span.Length))
                    && WordSets.FirstPerson.Contains(a.Canonical))))
            {
                continue;
            }

            // `I accepted`, `we are determined to`, `I agree`: a speaker's own agreement with nobody is an opinion.
            if (e.Type is PloverType.Agree or PloverType.Support && !e.HasTarget && e.Actors.Count > 0
                && e.Actors.TrueForAll(a => WordSets.FirstPerson.Contains(document.Text.AsSpan(a.Span.Start, a.Span.Length))))
            {
                continue;
            }

            if (Unaddressed(view, e, document.Text.AsSpan(e.Trigger.Start, e.Trigger.Length)) && !e.Actors.Exists(IsState))
            {
                continue;
            }

            // Without an actor or a count an event says too little to be worth a row; a curfew or a censorship is news
            // on its own, but a bare plural (`penalties such as fines or curfews`) names a kind of measure, not one.
            if (e.Actors.Count == 0 && e.Counts.Count == 0
                && !(e.Type == PloverType.Coerce && e.Mode is "censor" or "curfew" && !document.Text.AsSpan(e.Trigger.Start, e.Trigger.Length).EndsWith("s")))
            {
                continue;
            }

            kept.Add(e);
        }

        var features = EventFeatures.Of(view, kept, IsState);
        var coded = ImmutableArray.CreateBuilder<CodedEvent>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            var e = kept[i];
            coded.Add(new CodedEvent(e.Type, e.Mode, e.Trigger, e.Evidence, [.. e.Actors], e.Place, e.Date, [.. e.Counts],
                e.Modality, e.Quote, confidence?.Confidence(features[i]) ?? EventFeatures.HandSet(features[i])));
        }

        return (found with { Events = coded.ToImmutable() }, features);
    }

    // `cut 500 jobs and threatened thousands more`: a number with `more` and no noun after it counts again what was counted
    // before in the sentence; when that was a thing (jobs, shares), the number is no party (`arrested 20 protesters and
    // thousands more` still counts people).
    private static bool MoreOfAThing(ArticleView view, ActorReader actors, int sentence, TextSpan span)
    {
        var start = view.NextToken(span.Start);
        var after = view.NextToken(span.End);
        if (start < 0 || after <= start || after + 1 >= view.Tokens.Length || view.Word(after) is not "more" || view.IsNoun(after + 1)
            || !(view.Tag(start) == "CD" || view.Word(start) is "thousands" or "hundreds" or "dozens" or "millions" or "scores" or "many"))
        {
            return false;
        }

        for (var k = start - 1; k > view.Found.Sentences[sentence].FirstToken; k--)
        {
            if (view.Tag(k - 1) == "CD" && view.IsNoun(k))
            {
                return !actors.IsActorToken(k) && !view.Is(k, WordSets.PeopleNouns);
            }
        }

        return false;
    }

    // `police` and `people` with no country of their own are of the country where the event happened, as ICEWS codes
    // unnamed actors by the event's location (`Unidentified Gunmen (Iraq)`); the article's country is the fallback.
    // A town or region of the article's own country read as a namesake abroad (`the North East`) gives the country at home.
    private void PlaceCountries(Mention m, ActorRole? only, ActorReader actors, string text)
    {
        if (m.Place is null || (Territories.CountryOf(m.Place.Name, gazetteer) ?? actors.PlaceCountryAtHome(m.Place, m.Place.Name)) is not { Length: > 0 } country)
        {
            return;
        }

        for (var i = 0; i < m.Actors.Count; i++)
        {
            if (m.GuessedCountries.Contains(m.Actors[i].Span) && (only is null || m.Actors[i].Role == only) && PlaceGivesCountry(m, m.Actors[i], text))
            {
                m.Actors[i] = m.Actors[i] with { Country = country };
            }
        }
    }

    // `rebels held talks with the government in Oslo`, `the two sides agreed in Geneva`: the venue of talks or a deal
    // is no party's country; an act done on the spot (a protest, an attack, an arrest, a mobilisation) gives its
    // unnamed actors the place's country, other acts give it their targets (not those met in talks), and only a crowd
    // or the police there (`protesters`, `residents`, `police`, `security forces`) take it as sources.
    private static bool PlaceGivesCountry(Mention m, EventActor actor, string text)
    {
        // A person named (whose country was only the article's) is placed by where a blow or an arrest befell him.
        if (actor.EntityId is not null)
        {
            return actor.Role == ActorRole.Target && m.Type is PloverType.Assault or PloverType.Coerce;
        }

        // (`met leaders in Basra` on a visit: the hosts one visits are of the place visited; `refused to deploy
        // peacekeepers in X`: those an act sends or offers somewhere are coded by where they go.)
        if (m.Type is PloverType.Protest or PloverType.Assault or PloverType.Coerce or PloverType.Mobilize
            || (actor.Role == ActorRole.Target && (m.Type != PloverType.Consult || m.Mode == "visit")))
        {
            return true;
        }

        var phrase = text.AsSpan(actor.Span.Start, actor.Span.Length).TrimEnd();
        var head = phrase.LastIndexOf(' ') is var space and >= 0 ? phrase[(space + 1)..] : phrase;
        return WordSets.PeopleNouns.Contains(head)
            || head is "police" or "Police" or "policemen" or "forces" or "residents" or "civilians" or "villagers";
    }

    // `was killed in a car bomb in X`, `killed by a roadside bomb near X`: an attack with no attacker named has one all
    // the same; ICEWS codes it as unidentified attackers of the country where it happened (`Unidentified Gunmen
    // (Iraq)`). The actor is marked as such (no name, no entity, an empty span at the trigger), never a guessed name;
    // only a verb (`was killed`, `a car bomb exploded`) is read so, as a noun alone (`the assault`) often has its attacker
    // in another sentence, and only a place in the event's own sentence is trusted for it.
    // (`was wounded in Normandy in 1944`: a blow recalled from an earlier year is no news of that place's attackers; the
    // passive names none, and the place's country of today may not be the attacker's.)
    private void AddUnidentifiedAttacker(Mention e, ActorReader actors, int? present)
    {
        if (e.Type != PloverType.Assault || (e.Noun && !e.VerbInSentence) || e.HasSource || e.Place is null || Recalled(e.Date, present)
            || (Territories.CountryOf(e.Place.Name, gazetteer) ?? actors.PlaceCountryAtHome(e.Place, e.Place.Name)) is not { Length: > 0 } country)
        {
            return;
        }

        e.Actors.Add(new EventActor(ActorRole.Source, new TextSpan(e.Trigger.Start, e.Trigger.Start), UnidentifiedAttackers, null, country));
    }

    // `27 people were detained`, `31 protesters were arrested in the capital`: an arrest told with no one making it is
    // made by the police of the country where it happened, as ICEWS codes it (`Police (Georgia)`); marked as such (no
    // name, no entity, an empty span at the trigger), and only for a verb in a place of the event's own sentence.
    private void AddUnnamedArresters(ArticleView view, Mention e, ActorReader actors, int? present)
    {
        if (e.Type != PloverType.Coerce || e.Mode != "arrest" || e.Noun || e.HasSource || !e.HasTarget || e.Place is null || Recalled(e.Date, present)
            || !PassiveArrest(view, e)
            || (Territories.CountryOf(e.Place.Name, gazetteer) ?? actors.PlaceCountryAtHome(e.Place, e.Place.Name)) is not { Length: > 0 } country)
        {
            return;
        }

        e.Actors.Add(new EventActor(ActorRole.Source, new TextSpan(e.Trigger.Start, e.Trigger.Start), UnnamedPolice, null, country));
    }

    // `were arrested`, `had been detained`: a passive of arresting (not `jailed`, a court's act, nor `detained UN staff`).
    private static bool PassiveArrest(ArticleView view, Mention e)
    {
        if (view.Word(e.First) is not ("arrested" or "detained"))
        {
            return false;
        }

        var k = e.First - 1;
        while (k >= 0 && view.Tag(k) is "RB")
        {
            k--;
        }

        return k >= 0 && view.Word(k) is "was" or "were" or "been" or "be" or "being" or "is" or "are";
    }

    private static bool Recalled(EventDate? date, int? present) =>
        date is not null && present is { } now && Year(date.Value) is { } year && year < now;

    private static int? LatestYear(ImmutableArray<TimeMention> times)
    {
        int? latest = null;
        foreach (var t in times)
        {
            if (Year(t.Value) is { } year && (latest is null || year > latest))
            {
                latest = year;
            }
        }

        return latest;
    }

    private static int? Year(string value) =>
        value.Length >= 4 && int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year
            : null;

    // `pledged to oppose the tax`, `is committed to ensuring`, `promised to raise the issue`: a pledge made to nobody in
    // particular (a party's to its voters) is a stance, not an event, and so is an offer made to no one (`the Tories were
    // offering a bigger rebate`, `offered costed alternatives`); PLOVER codes as AGREE a promise to another party,
    // and a state's stated commitment (`Vietnam is committed to opening up`), which the caller keeps.
    // `are already allowed to use force`: a permission that nobody is said to grant is a rule, not a concession.
    private static bool Unaddressed(ArticleView view, Mention e, ReadOnlySpan<char> trigger) => e.Type switch
    {
        PloverType.Agree => !e.HasTarget && !e.Noun && (MentionFinder.IsPledge(trigger) || (MentionFinder.OfferWord(trigger) && !Yielding(view, e))),
        PloverType.Concede => !e.HasSource && trigger.StartsWith("allow", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    // `offered concessions`, `concessions had been offered by the government`: a concession offered is a yielding to the
    // other side of a dispute, an agreement even when the article leaves that side unnamed.
    private static bool Yielding(ArticleView view, Mention e)
    {
        for (var k = Math.Max(0, e.First - 4); k <= e.Last + 4 && k < view.Tokens.Length; k++)
        {
            if (view.Word(k) is "concession" or "concessions" or "compromise" or "compromises")
            {
                return true;
            }
        }

        return false;
    }

    private static bool ByLaw(ArticleView view, Mention m)
    {
        var k = m.First - 1;
        if (k >= 0 && view.Word(k) is "that" or "which")
        {
            k--;
        }

        return !m.Noun && k >= 0 && view.Is(k, WordSets.Laws);
    }

    // `the G8 countries will meet in Scotland`, `EU ministers met at Luxembourg`: parties named together meet each other.
    private static bool PluralSource(ArticleView view, Mention m) =>
        m.Actors.Count(a => a.Role == ActorRole.Source) > 1
        || (m.Actors.Find(a => a.Role == ActorRole.Source) is { } one && LastToken(view, one.Span) is var head and >= 0
            && view.Tag(head) is "NNS" or "NNPS");

    private static bool OwnMeeting(ArticleView view, Mention m)
    {
        if (m.Actors.Count != 1 || m.Actors[0].Role != ActorRole.Source || view.NextToken(m.Actors[0].Span.Start) is not (>= 0 and var k)
            || k >= view.Tokens.Length || view.EntityAt[k] < 0 || view.Found.Entities[view.EntityAt[k]].Type != EntityType.Org)
        {
            return false;
        }

        var trigger = view.Text.AsSpan(m.Trigger.Start, m.Trigger.Length);
        if (!(trigger.StartsWith("meet", StringComparison.OrdinalIgnoreCase) || trigger.EndsWith("talks", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var sentence = view.Found.Sentences[m.Sentence];
        for (var t = m.Last + 1; t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            if (view.Word(t) is "with" || view.IsClauseBreak(t))
            {
                return view.Word(t) is not "with";
            }
        }

        return true;
    }

    // The verbs of coming to a place that the news lexicon reads as a visit (`arrived in`, `flew to`, `landed in`, `travelled to`),
    // and the noun `trip to`, kept on the same terms (a private trip to a town at home is no visit).
    private static bool ArrivalVerb(ReadOnlySpan<char> trigger) =>
        trigger is "arrive" or "arrived" or "arrives" or "arriving" or "fly" or "flew" or "flown" or "flies" or "flying"
            or "land" or "landed" or "lands" or "landing" or "travel" or "travelled" or "traveled" or "travels"
            or "travelling" or "traveling" or "trip" or "trips";

    // `visit Aceh in Indonesia`: a name followed by `in` and a country is a place within it, a town or a region.
    // `Albright visited Nairobi`: a town of another state than the visitor's names its host state; the rule above keeps a
    // politician's tour of towns at home (`visits Manchester, Liverpool and Leeds`) out, and a visitor whose state is unknown or
    // only guessed from the article (an unknown `Mr Tom Hartley`) too.
    private static bool ForeignTown(ArticleView view, Mention m, EventActor town)
    {
        var k = view.NextToken(town.Span.Start);
        var host = k < view.Tokens.Length && view.PlaceAt[k] >= 0 ? view.Found.Places[view.PlaceAt[k]].Place.Country : null;
        var sources = m.Actors.FindAll(a => a.Role == ActorRole.Source);
        return host is not null && sources.Count > 0
            && sources.TrueForAll(a => a.Country is { } home && !m.GuessedCountries.Contains(a.Span)
                && !string.Equals(home, host, StringComparison.OrdinalIgnoreCase) && StatedCountry(view, a, home));
    }

    // The visitor's state is said (`the Chinese premier`) or the actor dictionary's, not guessed from places nearby.
    private static bool StatedCountry(ArticleView view, EventActor a, string home)
    {
        if (string.Equals(view.DictionaryCountry(a.Canonical), home, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var k = view.NextToken(a.Span.Start); k >= 0 && k < view.Tokens.Length && view.Tokens[k].Span.Start < a.Span.End; k++)
        {
            if (string.Equals(view.Gazetteer.CountryOfDemonym(view.Word(k)), home, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InCountry(ArticleView view, int end)
    {
        var k = view.NextToken(end);
        return k >= 0 && k + 1 < view.Tokens.Length && view.Word(k) is "in" && view.PlaceAt[k + 1] >= 0
            && view.Found.Places[view.PlaceAt[k + 1]].Place.Precision == GeoPrecision.Country;
    }

    // An actor named by its country's name (`Vietnam`, not `the party` or `Labour`).
    private bool IsState(EventActor a) =>
        a.Country is { } code && (gazetteer.Country(code)?.Name.Equals(a.Canonical, StringComparison.OrdinalIgnoreCase) == true
            || CountryNames.OfficialCountry(a.Canonical) == code);

    private static bool IsInstrument(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        return space > 0 && WordSets.Instruments.Contains(text[(space + 1)..]);
    }

    // `her husband`, `his father`: kin named only by the tie are private people, parties to news of violence alone (`the
    // prime minister's wife`, named by whose she is, is a public figure).
    private static bool PrivateRelation(EventActor a, string text)
    {
        var words = a.Span.Of(text);
        var space = words.LastIndexOf(' ');
        return a.EntityId is null && WordSets.Relations.Contains(space < 0 ? words : words[(space + 1)..])
            && !words.Contains('\'') && !words.Contains('’');
    }

    // `ordered French troops to leave`, `ordered its forces to withdraw`: an order sending troops away is no mobilisation;
    // foreign troops are expelled (SANCTION), one's own withdrawn (RETREAT).
    private static void SendAway(ArticleView view, ActorReader actors, Mention m)
    {
        if (m.Type != PloverType.Mobilize || m.Noun || !view.Word(m.First).StartsWith("order", StringComparison.OrdinalIgnoreCase)
            || m.Last + 2 >= view.Tokens.Length || view.Word(m.Last + 1) is not "to"
            || view.Word(m.Last + 2) is not ("leave" or "withdraw" or "quit" or "depart" or "pull"))
        {
            return;
        }

        var troops = actors.Read(m.Last, m.First + 1, m.Last);
        var source = m.Actors.Find(a => a.Role == ActorRole.Source);
        var foreign = troops.Country is { } country && source?.Country is { } own && country != own;
        m.Type = foreign ? PloverType.Sanction : PloverType.Retreat;
        m.Mode = foreign ? "expel" : "withdraw";
        if (foreign)
        {
            m.Add(ActorRole.Target, troops);
        }
    }

    // An envoy or a foreign force named without `its`/`their` (one's own are recalled, not expelled).
    private static bool ForeignEnvoys(ArticleView view, EventActor a)
    {
        var head = -1;
        for (var k = view.NextToken(a.Span.Start); k >= 0 && k < view.Tokens.Length && view.Tokens[k].Span.End <= a.Span.End; k++)
        {
            if (view.Word(k) is "its" or "their" or "his" or "her" or "our")
            {
                return false;
            }

            head = k;
        }

        return head >= 0 && view.Is(head, WordSets.Envoys);
    }

    private static bool IsConstituents(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        return WordSets.Constituents.Contains(space < 0 ? text : text[(space + 1)..]);
    }

    private static bool NotActor(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        return WordSets.NotActors.Contains(space < 0 ? text : text[(space + 1)..]);
    }

    /// <summary>The name of the source of an attack whose attacker the text does not name.</summary>
    public const string UnidentifiedAttackers = "unidentified attackers";

    /// <summary>The canonical name of the police an arrest told in the passive is made by (<c>were detained</c>).</summary>
    public const string UnnamedPolice = "police";

    // `could give`, `would agree`, `should investigate`, `asked why X was allowed`: a cooperative or verbal act that may
    // or would happen is talk, not an event. An expressed intent (`will support`), a threat and a refusal are events as
    // PLOVER codes them; a possible or planned attack or curfew (`may attack`, `plans to impose`) is kept, marked
    // hypothetical, for the analyst who follows threats, but not one that only ought to or would happen under a
    // condition (`should be prosecuted`, `could mean curfews`, `if they attack`), which is an opinion or a supposition;
    // `did not attack` is kept marked negated, because a denial or a non-event is itself news a user filters on.
    // `if they were prepared to use force`, `could be used to threaten X`, `if we reject this treaty`: an intent, a threat
    // or a refusal that is only supposed is no more an event than any other supposition.
    // `did not agree with the bishops`, `did not back him`, `has not agreed a settlement`: a stance or a deal not taken is
    // no act between the two; a blow or an arrest denied (`did not attack`) is still told as negated.
    private static bool Factual(Mention e) => !(e.Conditioned && e.Modality == Modality.Hypothetical)
        && !(e.Modality == Modality.Negated && !e.Intent && e.Type is PloverType.Agree or PloverType.Support)
        && (e.Intent || e.Type is PloverType.Threaten or PloverType.Reject || e.Modality switch
        {
            Modality.Hypothetical => !e.Supposed
                && e.Type is PloverType.Assault or PloverType.Coerce or PloverType.Sanction or PloverType.Mobilize or PloverType.Protest,
            _ => true,
        });

    // `Microsoft will sue the three men`, `plans to sue the studio`, `will take legal action against X`: a lawsuit a party announces is the accusation an analyst
    // expects, coded hypothetical; a conditioned one (`could sue if`) stays out, and so does one with no one to sue.
    private static bool LawsuitAnnounced(Mention e, ReadOnlySpan<char> trigger) =>
        e.Type == PloverType.Accuse && e.Modality == Modality.Hypothetical && !e.Conditioned && !e.Supposed && e.HasSource && e.HasTarget
        && (trigger is "sue" or "Sue" || trigger.EndsWith("legal action", StringComparison.OrdinalIgnoreCase)
            || trigger.EndsWith("lawsuit", StringComparison.OrdinalIgnoreCase));

    // `We` in a direct quote is its speaker.
    // `"We are prosecuted for that," he said`: `we` and `I` are the quote's speaker; one nobody is named for is no
    // actor a reader can use, so it is dropped, and an event left with no actor at all is dropped too (true).
    // `One reader wrote: "I disagree with the minister"`, `I disagree with X` with no one named: a first person who acts
    // and is no named actor, post or body is a member of the public giving an opinion, so the event is dropped (true).
    private static bool ResolveSpeaker(ArticleView view, ActorReader actors, Mention m)
    {
        var unknown = false;
        var dropped = false;
        for (var i = 0; i < m.Actors.Count; i++)
        {
            var a = m.Actors[i];
            if (!WordSets.FirstPerson.Contains(a.Span.Of(view.Text)))
            {
                continue;
            }

            var resolved = false;
            foreach (var quote in view.Found.Quotes)
            {
                if (quote.Direct && quote.Content.Contains(a.Span) && quote.Speaker is { } speaker)
                {
                    m.Actors[i] = a with { Canonical = speaker.Canonical, EntityId = speaker.EntityId, Country = actors.SpeakerCountry(speaker.Span, speaker.EntityId) ?? a.Country };
                    resolved = true;
                    unknown |= a.Role == ActorRole.Source && speaker.EntityId is null && !NamesActor(speaker.Canonical);
                }
            }

            unknown |= !resolved && a.Role == ActorRole.Source;
            if (!resolved)
            {
                m.Actors.RemoveAt(i);
                i--;
                dropped = true;
            }
        }

        return unknown || (dropped && m.Actors.Count == 0);
    }

    // `a Labour spokesman`, `One MP`, `Mr Smith`, `Labour`: a post, a body or a name; `One reader`, `a caller` are none.
    private static bool NamesActor(string canonical)
    {
        foreach (var word in canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (WordSets.ActorNouns.Contains(word) || WordSets.Titles.Contains(word) || word is "MP" or "MSP" or "MEP" or "peer"
                || (char.IsUpper(word[0]) && word is not ("One" or "A" or "An" or "The" or "Another" or "Some" or "This" or "That" or "My" or "Our")))
            {
                return true;
            }
        }

        return false;
    }

    // `holding a further meeting on Friday with industry representatives`: a partner after `with` in the trigger's clause.
    private static bool PartnerFollows(ArticleView view, Mention m)
    {
        for (var k = m.Last + 1; k < view.Tokens.Length && k <= m.Last + 8 && !view.IsClauseBreak(k); k++)
        {
            if (view.Word(k) is "with")
            {
                return true;
            }
        }

        return false;
    }

    // The last token of a span: the one before the first token starting at or after its end.
    // The phrase is headed by a person's name (`Republican candidate Donald Trump`).
    private static bool IsPersonAt(ArticleView view, TextSpan span) =>
        LastToken(view, span) is var k and >= 0 && view.EntityAt[k] >= 0 && view.Found.Entities[view.EntityAt[k]].Type == EntityType.Person;

    // `Clinton was supported by 42 percent of those responding`.
    private static bool PolledBy(ArticleView view, Mention m) =>
        m.Last + 3 < view.Tokens.Length && view.Word(m.Last + 1) is "by" && view.Tag(m.Last + 2) is "CD"
        && PercentWord(view, m.Last + 3);

    // `the French foreign minister`, `the Chinese premier`: a post's holder named by the post.
    private static bool Official(ArticleView view, TextSpan span) =>
        LastToken(view, span) is var k and >= 0 && (view.Is(k, WordSets.Titles) || view.Word(k) is "premier" or "prime" or "chancellor");

    private static bool PollShare(ArticleView view, TextSpan span)
    {
        var first = view.NextToken(span.Start);
        return first >= 2 && view.Word(first - 1) is "of" && PercentWord(view, first - 2);
    }

    // `percent`, `per cent` (either word), `%`, `pct`.
    private static bool PercentWord(ArticleView view, int k) => view.Word(k) is "percent" or "per" or "cent" or "%" or "pct";

    private static int LastToken(ArticleView view, TextSpan span) =>
        (view.NextToken(span.End) is var after and >= 0 ? after : view.Tokens.Length) - 1;
}
