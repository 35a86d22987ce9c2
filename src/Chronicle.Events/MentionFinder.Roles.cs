namespace Chronicle.Events;

// Who plays which part when the phrase around a trigger is not a plain subject or object: a message's author, the
// subject of a clause that is denied, a second object joined after an article.
internal sealed partial class MentionFinder
{
    // `X is to make a pitch for the vote urging people to`, `X issued a statement calling on Y`, `unveiled a billboard
    // outside parliament accusing Y`: a participle after a
    // message (past the phrase it heads) is done by the message's author, the subject of the verb before it; null when
    // no message heads the phrase before token k.
    private List<Actor>? MessageAuthor(int k, int first, int end, int depth, bool accusing, bool issuedOnly = false)
    {
        var m = k;
        while (m >= first && m >= k - 8 && !view.Is(m, WordSets.Messages)
            && (view.Tag(m) is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "POS" or "PRP$" or "CD" || view.Word(m) is "for" or "on" or "to" or "against" or "of" or "in" or "at" or "outside" or "opposite" or "near"))
        {
            m--;
        }

        if (m < first || !view.IsNoun(m) || !view.Is(m, WordSets.Messages))
        {
            return null;
        }

        for (var v = m - 1; v >= first && v >= m - 4; v--)
        {
            if (view.IsPunct(v, ',') || view.IsClauseBreak(v))
            {
                return null;
            }

            if (view.IsVerb(v) && !view.Is(v, WordSets.Auxiliaries))
            {
                return issuedOnly && !view.Is(v, WordSets.Issuing) ? null : Subject(v, first, end, depth + 1);
            }
        }

        // `a US government claim accusing X`, `the union's lawsuit alleging`: with no verb of its author, an accusing
        // message's author is the actor named in its own phrase (`a UN resolution sanctioning military action` allows it).
        for (var v = m - 1; accusing && v >= first && v >= m - 5 && view.Tag(v) is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "POS"; v--)
        {
            if (actors.IsActorToken(v))
            {
                return [actors.Read(v, first, v)];
            }
        }

        return null;
    }

    // `has written to Tony Blair demanding`: the actor ending at token k (or before a comma there) that a verb of writing
    // addresses with `to`, or null.
    private Actor? Addressee(int k, int first)
    {
        if (k > first && view.IsPunct(k, ','))
        {
            k--;
        }

        if (k < first || !actors.IsActorToken(k))
        {
            return null;
        }

        var addressee = actors.Read(k, first, k);
        var to = addressee.First - 1;
        return to - 1 >= first && view.Word(to).Equals("to", StringComparison.OrdinalIgnoreCase) && view.IsVerb(to - 1)
            && view.Is(to - 1, WordSets.Writing)
            ? addressee
            : null;
    }

    // The subject of the nearest verb at or before token k in its clause (`X is implementing a power in order to`), or null.
    private List<Actor>? PurposeSubject(int k, int first, int end, int depth)
    {
        for (var v = k; v >= first && v >= k - 12; v--)
        {
            if (view.IsPunct(v, ',') || view.IsClauseBreak(v))
            {
                return null;
            }

            if (view.IsVerb(v) && !view.Is(v, WordSets.Auxiliaries) && !(view.Tag(v) == "VBN" && v + 1 <= k && view.IsNoun(v + 1)))
            {
                return Subject(v, first, end, depth + 1);
            }
        }

        return null;
    }

    // `denied X, his spokesman, said the plans stink`, `rejected the idea X posed a threat`: an object followed by its own
    // finite verb is the subject of what is denied, not the one rejected.
    private bool SubjectOfClause(Actor target, int end)
    {
        var k = target.Last + 1;
        if (k < end && view.IsPunct(k, ','))
        {
            k++;
            while (k < end && !view.IsPunct(k, ',') && !view.IsClauseBreak(k) && !view.IsVerb(k))
            {
                k++;
            }

            k = k < end && view.IsPunct(k, ',') ? k + 1 : end;
        }

        while (k < end && view.Tag(k) is "RB")
        {
            k++;
        }

        return k < end && view.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD" && !view.Is(k, WordSets.Be);
    }

    // `criticised both the chancellor and the Tories`: the first word of a second object joined by `and`, past its article
    // or possessive.
    private int SecondObject(Actor target, int end)
    {
        var k = target.Last + 2;
        return k + 1 < end && view.Tag(k) is "DT" or "PRP$" ? k + 1 : k;
    }

    // `urged Europe and the US to`, `accused France and Germany of`: two places joined as the ones an act is addressed to
    // are two parties; not so where a place may be the scene (`attacked Basra and`), nor when the second opens a clause
    // of its own (`criticised France and Germany said`).
    private bool AddressedPlaces(PloverType type, Actor target, int second, int end)
    {
        if (type is not (PloverType.Request or PloverType.Accuse or PloverType.Reject or PloverType.Threaten or PloverType.Support
            or PloverType.Consult or PloverType.Sanction))
        {
            return false;
        }

        var k = second;
        while (k < end && (view.EntityAt[k] >= 0 || view.PlaceAt[k] >= 0 || view.Tag(k) is "NNP" or "NNPS"))
        {
            k++;
        }

        while (k < end && view.Tag(k) is "RB")
        {
            k++;
        }

        return !(k < end && view.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD");
    }

    // The owner of the noun at k: a named possessor (`Labour's decision`, past adjectives) or the person `his`/`her` stands for.
    private Actor? NounOwner(int k, int first)
    {
        var j = k - 1;
        while (j > first && view.Tag(j) is "JJ")
        {
            j--;
        }

        if (view.Tag(j) == "PRP$")
        {
            return OwnerAntecedent(j);
        }

        return j - 1 >= first && view.Word(j) is "'s" or "’s" or "'" or "’" && actors.IsActorToken(j - 1) ? actors.Read(j - 1, first, j - 1) : null;
    }

    // The actor before `who` or `which` when token k closes the relative clause that follows it (a finite verb of its own
    // between them, no comma, no reported clause), else null.
    private Actor? RelativeClauseHead(int k, int first)
    {
        var finite = false;
        for (var r = k; r > first && r >= k - 12; r--)
        {
            if (view.Tokens[r].Kind == TokenKind.Punctuation || view.Tag(r) is "CC" || (view.IsVerb(r) && view.Is(r, WordSets.Reporting)))
            {
                return null;
            }

            // (`councillors who back Mr X`: a present verb right after `who` may be read as a base form or an adverb.)
            if (view.Word(r) is "who" or "which")
            {
                finite |= r + 1 < k && view.Tag(r + 1) is "VB" or "RB";
                return finite && actors.IsActorToken(r - 1) && !InDirectQuote(r - 1) ? actors.Read(r - 1, first, r - 1) : null;
            }

            finite |= IsFinite(r);
        }

        return null;
    }

    // A verb of backing, criticism or rejection whose object is a thing (not an actor) after a possessive pronoun at k.
    private bool PronounOwnedThing(PloverType type, int k, int end)
    {
        if (type is not (PloverType.Support or PloverType.Accuse or PloverType.Reject))
        {
            return false;
        }

        var head = k + 1;
        while (head + 1 < end && view.Tag(head) is "JJ" or "JJR" or "JJS" or "VBN")
        {
            head++;
        }

        return head < end && view.Tag(head) is "NN" or "NNS" && !actors.IsActorToken(head) && !view.Is(head, WordSets.Kin)
            && !(head + 1 < end && (view.IsNoun(head + 1) || view.EntityAt[head + 1] >= 0));
    }

    // `X welcomed his release`, `He defended his record`: the owner is the verb's own subject, so the act has no other party.
    private bool OwnSubject(Actor owner, int verb, int end)
    {
        foreach (var subject in Subject(verb, view.Found.Sentences[SentenceOf(verb)].FirstToken, end, 1))
        {
            if ((owner.EntityId is not null && subject.EntityId == owner.EntityId) || subject.Canonical.Equals(owner.Canonical, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The active verb before `with` at token `with`, past its object (`opened the forum`, `responded`), or -1. A passive
    // (`was met with`, `is charged with`) or a form of `be` does nothing with it.
    private int DoneWith(int with, int first)
    {
        var k = with - 1;
        while (k >= first && view.Tag(k) is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP$" or "POS" or "CD")
        {
            k--;
        }

        var active = k >= first && (view.Tag(k) is "VBD" or "VBZ" or "VBP" || (view.Tag(k) == "VBN" && k - 1 >= first && view.Word(k - 1) is "has" or "have" or "had"));
        return active && !view.Is(k, WordSets.Be) ? k : -1;
    }

    // The verb of `take part` or `participate` ending at token k (before `in`), or -1.
    private int PartTaker(int k, int first, PloverType type)
    {
        // (`Mitsubishi is in talks with Peugeot`: those who are in talks hold them.)
        if (type == PloverType.Consult && k >= first && view.Is(k, WordSets.Be))
        {
            return k;
        }

        // (`is still in talks`, `are now in talks`.)
        if (type == PloverType.Consult && k - 1 >= first && view.Tag(k) == "RB" && view.Is(k - 1, WordSets.Be))
        {
            return k - 1;
        }

        // (`has been locked in talks with`, `are engaged in talks`: those held in them hold them too.)
        if (k >= first && view.IsVerb(k) && view.Word(k) is "participate" or "participated" or "participates" or "participating"
            or "locked" or "engaged")
        {
            return k;
        }

        return k - 1 >= first && view.Word(k) is "part" && view.Word(k - 1) is "take" or "took" or "taken" or "takes" or "taking" ? k - 1 : -1;
    }

    // `the US terror attacks`, `the Kenya car bomb attack`: a state named before an attack of terror is where it struck
    // (its target), never its attacker, as a town is (`the London bombings`); a people's adjective (`Chechen suicide
    // attacks`) still names the attackers.
    private bool TerrorScene(int k, Mention m)
    {
        if (m.Type != PloverType.Assault || view.PlaceAt[k] < 0 || (k + 1 < view.Tokens.Length && IsPossessiveMark(k + 1)))
        {
            return false;
        }

        for (var j = k + 1; j < m.First; j++)
        {
            if (view.Word(j) is "terror" or "terrorist" or "Terror" or "Terrorist" or "suicide" or "bomb" or "car-bomb" or "car")
            {
                return true;
            }
        }

        return false;
    }

    // `visiting Tanzania, Mozambique and Kenya`, `accused the BBC, ITV and Sky of`: the conjuncts set off by commas after
    // a first object, when the list ends in `and` or `or` and each is an actor of the first one's kind (a place where the
    // first is a place, and then only when the act is addressed to them); none for an apposition (`X, the minister, said`).
    private List<Actor> ListedObjects(PloverType type, Actor target, int end)
    {
        var listed = new List<Actor>();
        var place = view.PlaceAt[target.Last] >= 0;
        var k = target.Last + 1;
        while (k + 1 < end && view.IsPunct(k, ','))
        {
            var next = k + 1 < end && view.Tag(k + 1) is "DT" or "PRP$" ? k + 2 : k + 1;
            if (next >= end || !actors.IsActorToken(next))
            {
                return [];
            }

            var item = actors.Read(next, k + 1, end - 1);
            if ((view.PlaceAt[item.Last] >= 0) != place || (place && !AddressedPlaces(type, target, next, end)))
            {
                return [];
            }

            listed.Add(item);
            k = item.Last + 1;
        }

        return k < end && view.Word(k) is "and" or "or" ? listed : [];
    }

    // `His claims were denied by X`, `Labour's plans were attacked by Y`: the owner of what a passive rejects, criticises or
    // backs (a claim, a plan, a remark) is the other party; null when the subject is no owned thing.
    private Actor? PassiveOwner(PloverType type, int t, int first)
    {
        if (type is not (PloverType.Reject or PloverType.Accuse or PloverType.Support))
        {
            return null;
        }

        var k = t - 1;
        while (k >= first && Skippable(k))
        {
            k--;
        }

        if (k < first || view.Tag(k) is not ("NN" or "NNS") || !(view.Is(k, WordSets.Claims) || view.Is(k, WordSets.NotActors)) || actors.IsActorToken(k))
        {
            return null;
        }

        var j = k - 1;
        while (j > first && view.Tag(j) is "JJ" or "VBN")
        {
            j--;
        }

        if (view.Tag(j) == "PRP$")
        {
            return OwnerAntecedent(j);
        }

        return j - 1 >= first && IsPossessiveMark(j) && actors.IsActorToken(j - 1) ? actors.Read(j - 1, first, j - 1) : null;
    }

    // `Fathers 4 Justice, rights activists and campaigners were expected to demonstrate`: the conjuncts set off by commas
    // before the one joined by `and`, each an actor ending right before its comma.
    private List<Actor> EarlierConjuncts(Actor joined, int first)
    {
        var earlier = new List<Actor>();
        var comma = joined.First - 1;
        while (comma - 1 >= first && view.IsPunct(comma, ',') && actors.IsActorToken(comma - 1) && earlier.Count < 6)
        {
            var item = actors.Read(comma - 1, first, comma - 1);
            earlier.Add(item);
            comma = item.First - 1;
        }

        return earlier;
    }

    // `refuse to serve as a minister`, `stood as a candidate`: a post after `as` is a capacity, not one acted on (but
    // `groups such as X` names them, and `denounced as a crime Serbia's acts` names the one denounced).
    private bool NoObjectActor(int k, int last)
    {
        if (view.EntityAt[k] >= 0)
        {
            return false;
        }

        var before = k - 1;
        while (before > last && view.Tag(before) is "DT" or "PRP$" or "JJ" or "NN" or "CC" && !actors.IsActorToken(before))
        {
            before--;
        }

        return before > last && view.Word(before) is "as" && view.Word(before - 1) is not "such";
    }
}
