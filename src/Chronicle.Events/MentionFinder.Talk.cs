namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // Ordinary political talk that a trigger verb also names: a party's offer of an agenda, a visit to a town, a
    // refused comment, an election defeat. True when the mention is talk and no event.
    private bool TalkOnly(Mention m, int t, bool passive, int first, int end)
    {
        var word = view.Word(t);
        // `it is important to support head teachers`: a general statement has no one who acts.
        if (t - 3 >= first && view.Word(t - 1).Equals("to", StringComparison.OrdinalIgnoreCase) && view.Tag(t - 2) == "JJ"
            && view.Is(t - 3, WordSets.Be) && t - 4 >= first && view.Word(t - 4) is "it" or "It")
        {
            return true;
        }

        if (m.Type == PloverType.Agree && word.StartsWith("offer", StringComparison.OrdinalIgnoreCase) && !OffersSomething(m, t, passive, first, end))
        {
            return true;
        }

        // `will visit places such as`, `visited slums in the capital`, `the Thai beach resort`: a place is no host.
        if (m.Type is PloverType.Consult or PloverType.Agree && word.StartsWith("visit", StringComparison.OrdinalIgnoreCase) && !passive
            && ((ObjectHead(m.Last, end) is var site and >= 0 && (view.Is(site, TalkWords.Sites) || LocalPlace(site))) || NamedSite(m.Last, end)))
        {
            return true;
        }

        // `would refuse key government jobs`: a post turned down rejects no one.
        if (m.Type == PloverType.Reject && word.StartsWith("refus", StringComparison.OrdinalIgnoreCase) && !passive
            && ObjectHead(m.Last, end) is var post and >= 0 && view.Is(post, TalkWords.Posts))
        {
            return true;
        }

        // `declined to give her view`, `refused to give details`: a view or a detail withheld rejects no one.
        if (m.Type == PloverType.Reject && view.Word(m.Last).Equals("to", StringComparison.OrdinalIgnoreCase) && m.Last + 1 < end
            && view.Word(m.Last + 1) is "give" or "provide" or "offer" or "share" && ObjectHead(m.Last + 1, end) is var said and >= 0
            && view.Word(said) is "view" or "views" or "opinion" or "details" or "detail" or "comment" or "comments" or "interview"
                or "interviews" or "reason" or "reasons" or "figures" or "names" or "evidence" or "answer" or "answers" or "explanation")
        {
            return true;
        }

        // `will demonstrate to people that the party has changed`: to show something is no protest.
        if (m.Type == PloverType.Protest && m.Last == t && word.StartsWith("demonstrat", StringComparison.OrdinalIgnoreCase)
            && t + 1 < end && view.Word(t + 1).Equals("to", StringComparison.OrdinalIgnoreCase) && ThatFollows(t + 2, end))
        {
            return true;
        }

        // `is demonstrating on every issue that it is the opposition`: a clause shown is no protest either (`were
        // demonstrating in the square that day` is one).
        if (m.Type == PloverType.Protest && m.Last == t && word.StartsWith("demonstrat", StringComparison.OrdinalIgnoreCase)
            && ShownClause(t + 1, end))
        {
            return true;
        }

        // `to defeat the government in the by-election`: between parties at a vote, to defeat is to win.
        // `the Liberal Democrats beat Labour into third place`: to beat, rout or trounce a party is to win votes too.
        return m.Type == PloverType.Assault && (word.StartsWith("defeat", StringComparison.OrdinalIgnoreCase) || word.StartsWith("beat", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("trounc", StringComparison.OrdinalIgnoreCase) || word.StartsWith("rout", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("crush", StringComparison.OrdinalIgnoreCase)) && Rivalry(m, first, end);
    }

    // `will visit the Grand Mandir Temple`, `visited St Mary's Hospital`: a name whose last word is a site is a site.
    private bool NamedSite(int last, int end)
    {
        var k = last + 1;
        if (k < end && view.Tag(k) == "DT")
        {
            k++;
        }

        if (k >= end || view.EntityAt[k] < 0)
        {
            return false;
        }

        var entity = view.EntityAt[k];
        while (k + 1 < end && view.EntityAt[k + 1] == entity)
        {
            k++;
        }

        // (`the European Union`, `the Transport and General Workers Union`: a named union is a body one meets.)
        return view.Is(k, TalkWords.Sites) && !view.Word(k).StartsWith("union", StringComparison.OrdinalIgnoreCase);
    }

    // `will visit Aceh`, `visited Leeds`: a region, a town or a site is no host (a country is: a state visit).
    private bool LocalPlace(int k) =>
        view.PlaceAt[k] >= 0 && view.Found.Places[view.PlaceAt[k]].Place.Precision is GeoPrecision.Admin1 or GeoPrecision.City or GeoPrecision.Site;

    // A `that` within a few words, before any comma, that opens a clause with its own subject (`that it is`, `that the
    // party has`), not a demonstrative (`that day`).
    // (`must "demonstrate they have an acceptable standard"`: a clause with no `that`, a pronoun and its verb, is shown too.)
    private bool ShownClause(int from, int end)
    {
        var p = from < end && IsQuoteMark(from) ? from + 1 : from;
        if (p + 1 < end && view.Tag(p) == "PRP" && view.Word(p) is not ("it" or "It" or "them" or "him" or "her" or "me" or "us") && IsFinite(p + 1))
        {
            return true;
        }

        for (var k = from; k + 1 < end && k < from + 6 && !view.IsPunct(k, ',') && !view.IsClauseBreak(k); k++)
        {
            if (view.Word(k).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return view.Tag(k + 1) is "PRP" or "DT" or "NNP" or "NNPS" && !(view.Tag(k + 1) == "DT" && k + 2 < end && view.IsVerb(k + 2));
            }
        }

        return false;
    }

    private bool ThatFollows(int from, int end)
    {
        for (var k = from; k < end && k < from + 6; k++)
        {
            if (view.Word(k).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // An offer is an act when what is offered is something another actor can take up (`offered talks`, `offered to
    // mediate`); `offered costed alternatives`, `offered a "hard right agenda"`, `offered UKIP an opportunity` are talk.
    private bool OffersSomething(Mention m, int t, bool passive, int first, int end)
    {
        if (passive)
        {
            return PassiveThing(t, first) is not (var thing and >= 0) || view.Is(thing, TalkWords.Offerable);
        }

        // `another poster choice offered to Labour members`: a thing offered, reduced passive.
        if (view.Tag(t) == "VBN" && t - 1 >= first && view.IsNoun(t - 1) && view.EntityAt[t - 1] < 0 && !actors.IsActorToken(t - 1))
        {
            return view.Is(t - 1, TalkWords.Offerable);
        }

        if (m.Last + 1 >= end)
        {
            return false;
        }

        if (IsQuote(m.Last + 1))
        {
            return false;
        }

        if (view.Word(m.Last + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return ObjectHead(m.Last, end) is not (var head and >= 0) || view.Is(head, TalkWords.Offerable) || IsNounTrigger(head);
    }

    // `ready to negotiate`, `ready to contribute troops`: readiness for an act or to give something another can take up;
    // `ready to put his doubts aside`, `determined to keep the pressure on` are moods.
    private bool ReadyForSomething(int verb, int end) =>
        verb < end && (Triggers(verb, end)
            || view.Word(verb) is "contribute" or "send" or "provide" or "give" or "supply" or "deploy" or "lend" or "pay" or "return"
            || (ObjectHead(verb, end) is var given and >= 0 && (view.Is(given, TalkWords.Offerable) || IsNounTrigger(given))));

    // Whether a trigger form of an accepted type (any, by default) matches at t.
    private bool Triggers(int t, int end, Func<PloverType, bool>? accept = null)
    {
        if (t >= end)
        {
            return false;
        }

        foreach (var form in lexicon.Find(view.Word(t)))
        {
            if ((accept is null || accept(form.Type)) && Match(form, t, end) is var last and >= 0 && KindFits(form, t, last))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsQuote(int k) => view.Word(k) is "\"" or "“" or "”" or "'" or "‘";

    // Parties, politicians and governments competing at home, with no word of force in the sentence.
    private bool Rivalry(Mention m, int first, int end)
    {
        var political = false;
        for (var k = first; k < end; k++)
        {
            if (view.Is(k, TalkWords.Force) || view.Is(k, WordSets.Weapons))
            {
                return false;
            }

            political |= view.Is(k, TalkWords.Electoral)
                || (k >= m.First - 5 && k <= m.Last + 3 && k != m.First && actors.IsParty(k));
        }

        return political;
    }
}
