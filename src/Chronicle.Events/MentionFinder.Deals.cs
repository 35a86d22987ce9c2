using System.Collections.Frozen;

namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProtestActs = new[]
    {
        "strike", "strikes", "protest", "protests", "protesting", "rally", "rallies", "demonstrate", "demonstrating",
        "demonstrations", "boycott", "boycotting", "march", "marching", "streets", "walkout", "sit-in", "sit-ins", "resist",
        "resisting", "disobedience", "blockade", "blockades",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // `urged supporters to take to the streets`, `called on members to join the strike`: the act asked for, in the `to`
    // clause after the request, is a protest.
    private bool AsksForProtest(int last, int end)
    {
        var to = -1;
        for (var k = last + 1; k < Math.Min(end, last + 8) && !view.IsClauseBreak(k); k++)
        {
            if (view.Word(k) is "to")
            {
                to = k;
                break;
            }
        }

        for (var k = to + 1; to >= 0 && k < Math.Min(end, to + 7) && !view.IsClauseBreak(k); k++)
        {
            if (ProtestActs.Contains(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // Campaign talk and local business that trigger words also name. True when the mention is no event between actors.
    private bool LocalOrCampaign(Mention m, int first, int end)
    {
        // `urged voters to back Labour`, `appealed to the electorate`: a party's appeal to voters is campaigning.
        // `called on his supporters to stage a strike` asks for a protest, no vote: that is a request.
        if (m.Type is PloverType.Request or PloverType.Agree && OnlyTargets(m, first, end, TalkWords.Electorate)
            && !(m.Type == PloverType.Request && AsksForProtest(m.Last, end)))
        {
            return true;
        }

        // `voters backed Labour`, `urged voters to back Labour`: votes cast are an election, no act of support between actors.
        if (m.Type == PloverType.Support && OnlySources(m, first, end, TalkWords.Electorate))
        {
            return true;
        }

        // `bombarded the minister with questions`: words rained on someone are talk, no assault.
        if (m.Type == PloverType.Assault && !m.Noun && WithWords(m.Last, end))
        {
            return true;
        }

        // `attempted to shoot that fox first`, `killing deer`: animals hunted or shot are no victims of political violence.
        if (m.Type == PloverType.Assault && !m.Noun && Prey(m.Last, end))
        {
            return true;
        }

        // `Arsenal beat Chelsea 2-1`, `were killed when the bus overturned`: a game won or a death by accident is no assault.
        if (GameResult(m, first, end) || Accident(m, first, end))
        {
            return true;
        }

        if (OfOneMind(m, first, end))
        {
            return true;
        }

        // `will agree with this`, `agreed with the NAO's assessment`, `the unions are agreed on`: a shared view is no agreement.
        if (m.Type == PloverType.Agree && !m.Noun && view.Word(m.First).StartsWith("agree", StringComparison.OrdinalIgnoreCase)
            && (AgreesWithView(m.Last, end) || AgreedState(m.First, m.Last, first, end)))
        {
            return true;
        }

        // `signed a deal with Brighton council`, `a contract with the hospital`: a deal whose only partner is a town, a
        // local council or a building is a local contract, not an agreement between political actors.
        return m.Type is PloverType.Agree or PloverType.Support && Dealing(m, end) && LocalPartners(m, first, end);
    }

    // `the cabinet agreed to raise the tax on fuel`, `ministers agreed to scrap the scheme`: a body agreeing, with no one, to
    // a course of its own that touches no party or place named is deciding its policy, not agreeing with anyone. A state's
    // own undertaking (`Ethiopia agreed to re-open its borders`) and an act done to or in a named party or place
    // (`agreed to postpone the march in Baku`, `agreed to lift the embargo on Cuba`) stay agreements.
    // (`agreed unanimously to introduce a ban`: past adverbs.)
    private bool OwnDecision(Mention m, int end)
    {
        var to = m.Last + 1;
        while (to < end && view.Tag(to) is "RB" && view.Word(to) is not ("not" or "never"))
        {
            to++;
        }

        if (m.HasTarget || !m.HasSource || m.Intent || !view.Word(m.First).StartsWith("agree", StringComparison.OrdinalIgnoreCase)
            || to + 1 >= end || view.Word(to) is not "to" || view.Tag(to + 1) != "VB"
            || m.Actors.Exists(a => a.Role == ActorRole.Source && NamesState(a)))
        {
            return false;
        }

        for (var k = to + 1; k < end && !view.IsClauseBreak(k) && !view.IsPunct(k, ';'); k++)
        {
            if (view.PlaceAt[k] >= 0 || view.EntityAt[k] >= 0 || actors.IsActorToken(k))
            {
                return false;
            }
        }

        return true;
    }

    // An actor named by its country's name (`Vietnam`, `the US`), not by a body or a person of it.
    private bool NamesState(EventActor a)
    {
        if (a.Country is { } code && (view.Gazetteer.Country(code)?.Name.Equals(a.Canonical, StringComparison.OrdinalIgnoreCase) == true
            || CountryNames.OfficialCountry(a.Canonical) == code))
        {
            return true;
        }

        for (var k = view.NextToken(a.Span.Start); k >= 0 && k < view.Tokens.Length && view.Tokens[k].Span.Start < a.Span.End; k++)
        {
            if (view.PlaceAt[k] >= 0 && view.Found.Places[view.PlaceAt[k]].Place.Precision == GeoPrecision.Country)
            {
                return true;
            }
        }

        return false;
    }

    private bool Prey(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 3; k++)
        {
            if (view.Word(k) is "fox" or "foxes" or "deer" or "stag" or "stags" or "hare" or "hares" or "bird" or "birds" or "rabbit"
                or "rabbits" or "badger" or "badgers" or "animal" or "animals" or "pheasant" or "pheasants" or "mink")
            {
                return true;
            }
        }

        return false;
    }

    private bool AgreesWithView(int last, int end)
    {
        var k = last + 1;
        // `agreed in principle with`, `agrees entirely with`.
        while (k + 1 < end && (view.Tag(k) is "RB" || (view.Word(k) is "in" && view.Word(k + 1) is "principle" or "part")))
        {
            k += view.Tag(k) is "RB" ? 1 : 2;
        }

        if (k >= end || !view.Word(k).Equals("with", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (k + 1 < end && view.Word(k + 1) is "this" or "that" or "it" or "me" or "him" or "her" or "them" or "us" or "you" or "everything")
        {
            return true;
        }

        for (var j = k + 1; j < end && j <= k + 6; j++)
        {
            if (view.IsClauseBreak(j) || view.IsPunct(j, '.') || view.IsPunct(j, ','))
            {
                return false;
            }

            if (view.Word(j) is "assessment" or "assessments" or "view" or "views" or "analysis" or "findings" or "conclusion" or "conclusions"
                or "verdict" or "comments" or "remarks" or "criticism" or "sentiment" or "sentiments" or "opinion" or "diagnosis" or "point"
                or "policy" or "policies" or "approach" or "stance" or "position" or "argument" or "arguments" or "idea" or "ideas"
                or "philosophy" or "thinking" or "aims" or "principles" or "plans")
            {
                return true;
            }
        }

        return false;
    }

    // `all the unions are agreed on`, `we are agreed that`: agreed after a form of be, with no `it`, is a state of mind.
    private bool AgreedState(int t, int last, int first, int end)
    {
        var k = t - 1;
        while (k >= first && view.Tag(k) is "RB" or "DT" || (k >= first && view.Word(k) is "all" or "both"))
        {
            k--;
        }

        return k - 1 >= first && view.Is(k, WordSets.Be) && !view.Word(k - 1).Equals("it", StringComparison.OrdinalIgnoreCase)
            && last + 1 < end && view.Word(last + 1) is "on" or "that" or "about";
    }

    private bool Dealing(Mention m, int end)
    {
        if (view.Word(m.First).StartsWith("sign", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var k = m.First; k <= m.Last && k < end; k++)
        {
            if (view.Word(k) is "deal" or "deals" or "contract" or "contracts" or "agreement" or "agreements")
            {
                return true;
            }
        }

        return false;
    }

    private bool WithWords(int last, int end)
    {
        for (var k = last + 1; k + 1 < end && k <= last + 6; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, '.'))
            {
                return false;
            }

            if (view.Word(k) is "with")
            {
                var j = k + 1;
                while (j < end && (view.Tag(j) is "DT" or "JJ" or "CD" || view.Word(j) is "barrage" or "flood" or "stream" or "series" or "torrent" or "of"))
                {
                    j++;
                }

                return j < end && view.Word(j) is "questions" or "requests" or "letters" or "calls" or "emails" or "e-mails" or "complaints"
                    or "criticism" or "demands" or "queries" or "petitions" or "messages" or "questioning" or "abuse" or "insults" or "leaflets";
            }
        }

        return false;
    }

    private bool OnlySources(Mention m, int first, int end, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        OnlyRole(m, ActorRole.Source, first, end, words);

    private bool OnlyTargets(Mention m, int first, int end, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        OnlyRole(m, ActorRole.Target, first, end, words);

    private bool OnlyRole(Mention m, ActorRole role, int first, int end, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        var any = false;
        foreach (var a in m.Actors)
        {
            if (a.Role != role)
            {
                continue;
            }

            var hit = false;
            for (var k = first; k < end; k++)
            {
                hit |= view.Tokens[k].Span.Start >= a.Span.Start && view.Tokens[k].Span.End <= a.Span.End && view.Is(k, words);
            }

            if (!hit)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private bool LocalPartners(Mention m, int first, int end)
    {
        var any = false;
        foreach (var a in m.Actors)
        {
            if (a.Role != ActorRole.Target)
            {
                continue;
            }

            var local = false;
            for (var k = first; k < end; k++)
            {
                if (view.Tokens[k].Span.Start < a.Span.Start || view.Tokens[k].Span.End > a.Span.End)
                {
                    continue;
                }

                // `the Beijing government`, `the Welsh Assembly`: a government body named by its town is still one.
                if (view.Is(k, TalkWords.GovernmentBodies))
                {
                    return false;
                }

                local |= (view.PlaceAt[k] >= 0 && view.Found.Places[view.PlaceAt[k]].Place.Precision is GeoPrecision.City or GeoPrecision.Site)
                    || view.Word(k) is "council" or "councils";
            }

            if (!local)
            {
                return false;
            }

            any = true;
        }

        return any;
    }
}
