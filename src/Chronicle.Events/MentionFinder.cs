namespace Chronicle.Events;

/// <summary>
/// Finds trigger words in a sentence and reads their arguments from its shape: the subject before a verb and
/// its object or prepositional target after, the passive's <c>by</c> agent, relative pronouns, coordination,
/// and for noun triggers the possessor or national adjective (<c>Russia's invasion of Ukraine</c>) or the
/// subject of the verb that takes the noun (<c>X delivered support to Y</c>).
/// </summary>
internal sealed partial class MentionFinder(ArticleView view, TriggerLexicon lexicon, ActorReader actors)
{
    public void Find(int sentence, List<Mention> into)
    {
        var s = view.Found.Sentences[sentence];
        var first = s.FirstToken;
        var end = s.FirstToken + s.TokenCount;
        var from = into.Count;
        told = into;
        // `How dare people suggest we are lazy?`, `Why should we pay?`: a question puts no act on record.
        if (Question(first, end))
        {
            return;
        }

        for (var t = first; t < end; t++)
        {
            if (view.Tokens[t].Kind != TokenKind.Word || InName(t, first))
            {
                continue;
            }

            if (IntentAdjective(sentence, t, first, end) is { } intent)
            {
                intent.Add(ActorRole.Target, Object(PloverType.Agree, t + 1, end));
                // `will be ready to put his doubts aside`: readiness towards no one is a mood, not an expressed intent;
                // `is not ready to publish the report`, `unwilling to say more`: nor is its lack a refusal of anyone.
                if (intent.HasTarget || view.Word(t) is "committed" || ReadyForSomething(t + 2, end))
                {
                    into.Add(intent);
                }

                t++;
                continue;
            }

            if (MustDemand(sentence, t, first, end) is { } demand)
            {
                into.Add(demand);
                continue;
            }

            if (InsistedDemand(sentence, t, first, end) is { } insisted)
            {
                into.Add(insisted);
                continue;
            }

            if (Blaming(sentence, t, first, end) is { } blame)
            {
                into.Add(blame);
                continue;
            }

            if (ContactClauseAct(sentence, t, first, end) is { } contact)
            {
                into.Add(contact);
                t = contact.Last;
                continue;
            }

            if (Labelling(sentence, t, first, end) is { } label)
            {
                into.Add(label);
                continue;
            }

            foreach (var form in lexicon.Find(view.Word(t)))
            {
                var last = Match(form, t, end);
                if (last < 0 || !KindFits(form, t, last) || !ContextFits(form, t, last, first, end)
                    || (!form.Noun && last == t && Prenominal(t, first, end)))
                {
                    continue;
                }

                var mention = new Mention
                {
                    Type = form.Type, Mode = form.Mode, Sentence = sentence, First = t, Last = last, Noun = form.Noun,
                    Curated = form.Curated, Flags = form.Flags, Evidence = s.Span,
                    Trigger = new TextSpan(view.Tokens[t].Span.Start, view.Tokens[last].Span.End),
                };
                var kept = (form.Noun ? NounArguments(mention, first, end) : VerbArguments(mention, first, end)) && !LocalOrCampaign(mention, first, end)
                    && !Unasserted(mention, first, end);
                if (kept)
                {
                    // `launched a verbal attack on X`, whichever reading found it: an attack in words is criticism.
                    if (AttackInWords(mention, first, end))
                    {
                        mention.Type = PloverType.Accuse;
                        mention.Mode = "disapprove";
                    }
                    else if (CrowdControlArms(mention, end))
                    {
                        mention.Mode = "crowd-control";
                    }

                    into.Add(mention);
                    t = last;
                    break;
                }
            }
        }

        Reframe(into, from, end);
        for (var i = from; i < into.Count; i++)
        {
            OwnPeopleOfTheirGroup(into[i]);
        }

        // `rallied to demand a deal`: an act asked for, with no request coded for the asking, is no event of its own.
        for (var i = into.Count - 1; i >= from; i--)
        {
            if ((into[i].AskedBy is var asking and >= 0 && !into.Exists(x => x.First <= asking && asking <= x.Last))
                || MobilisedFor(into, from, into[i]))
            {
                into.RemoveAt(i);
            }
        }
    }

    // `ordered the armed forces to support the police`, `deployed troops to help`: the help forces are mobilised to give
    // is the mobilisation's purpose, not an act of its own.
    private bool MobilisedFor(List<Mention> found, int from, Mention act) =>
        act.Type is PloverType.Support or PloverType.Cooperate or PloverType.Aid && act.First >= 2
        && view.Word(act.First - 1) is "to" && found.Skip(from).Any(m => m.Type == PloverType.Mobilize && m.Last == act.First - 2);

    // `the Child Support Agency`, `Amnesty International's Crisis Response team`: a word of a name is no trigger. A name
    // is a marked organisation, or capitalised words run together mid-sentence.
    private bool InName(int t, int first)
    {
        if (view.EntityAt[t] >= 0 && view.Found.Entities[view.EntityAt[t]].Type is EntityType.Org or EntityType.Misc or EntityType.Person)
        {
            return true;
        }

        return t > first && Capitalised(t) && !RecasedCommonWord(t)
            && ((t - 1 > first && Capitalised(t - 1) && view.Tag(t - 1) is "NNP" or "NNPS")
            || (t + 1 < view.Tokens.Length && Capitalised(t + 1) && view.Tag(t + 1) is "NNP" or "NNPS"));
    }

    // `Monday's U.S. Attack on`: recased wire copy capitalises the word after a dotted abbreviation, and the tagger
    // reads it as the common word it is (see PosModel.WireCapitals); such a word is no part of a name.
    private bool RecasedCommonWord(int t) =>
        view.Tag(t) is not ("NNP" or "NNPS") && view.Word(t - 1) is [_, '.', _, '.', ..] word && word[^1] == '.';

    // `the occupied West Bank`, `a jailed activist`, `the banned party`: a participle between a determiner and its noun
    // describes the noun by an earlier act; it tells no act of its own.
    private bool Prenominal(int t, int first, int end) =>
        view.Tag(t) is "VBN" or "JJ" && t - 1 >= first && view.Tag(t - 1) is "DT" or "PRP$" && t + 1 < end
        && view.Tag(t + 1) is "NN" or "NNS" or "NNP" or "NNPS" && !(view.Tag(t) == "VBN" && AfterAuxiliary(t));

    // The sentence ends in a question mark (before any closing quote).
    private bool Question(int first, int end)
    {
        var k = end - 1;
        while (k > first && IsQuoteMark(k))
        {
            k--;
        }

        return k >= first && view.IsPunct(k, '?');
    }

    private bool IsQuoteMark(int k) =>
        view.Tokens[k].Kind == TokenKind.Punctuation && view.Text[view.Tokens[k].Span.Start] is '"' or '“' or '”' or '‘' or '’' or '\'';

    private bool Capitalised(int t) => view.Tokens[t].Kind == TokenKind.Word && char.IsUpper(view.Text[view.Tokens[t].Span.Start]);

    private int Match(TriggerForm form, int t, int end)
    {
        var k = t;
        foreach (var word in form.Rest)
        {
            k++;
            // A verb phrase takes its own determiners and modifiers: `held their first meeting`, `blocked a road`.
            if (!form.Noun && word is "a" or "an" or "the" && k < end && !view.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                k--;
                continue;
            }

            // A particle or preposition stays next to its verb but for adverbs: `pushing hard for`, not `fire both barrels at`.
            var particle = word is "on" or "at" or "for" or "with" or "to" or "in" or "into" or "against" or "off" or "out" or "up" or "down" or "upon";
            // `put its troops on high alert`, `placed the army on alert`: a particle that opens the phrase's closing noun may
            // stand after the verb's object (`fire both barrels at` ends in its particle, which stays by the verb).
            var objectGap = particle && k == t + 1 && form.Rest.Length > 1 && form.Rest[^1] is not ("on" or "at" or "for" or "with" or "to" or "in" or "into" or "against" or "off" or "out" or "up" or "down" or "upon");
            var gap = 0;
            while (!form.Noun && k < end && gap < (objectGap ? 4 : 3) && !view.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase) && Modifier(k)
                && (!particle || view.Tag(k) == "RB" || (objectGap && view.Tag(k) is "DT" or "PRP$" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS")))
            {
                k++;
                gap++;
            }

            if (k >= end || !view.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }
        }

        return k;
    }

    private bool Modifier(int k) =>
        view.Tag(k) is "DT" or "PRP$" or "JJ" or "JJR" or "JJS" or "CD" or "RB" or "POS" or "NNP" or "NN" or "NNS" or "VBN"
        && !view.IsClauseBreak(k);

    // `the aid agency`, `protest leaders`: an event noun before the noun it modifies names no event.
    private bool KindFits(TriggerForm form, int t, int last) =>
        form.Noun
            ? view.IsNoun(last) && !(last + 1 < view.Tokens.Length && view.IsNoun(last + 1) && view.Is(last + 1, WordSets.ModifiedHeads))
            : (view.IsVerb(t) || NamedSubjectsParticleVerb(form, t, last)) && !Adjectival(t, last) && !PeopleByState(t, last) && !AfterBe(t) && !CountedPlural(t) && !AfterCopula(t) && !(t > 0 && view.Is(t - 1, WordSets.Mocking));

    // `Russia cut off gas supplies to Belarus`: the tagger may read a bare verb right after a name as part of a compound
    // noun; before its particle and an object it is the name's verb (`the price cut off the coast` has no name before it).
    private bool NamedSubjectsParticleVerb(TriggerForm form, int t, int last) =>
        (form.Rest.Length > 0 && form.Rest[0] is "off" or "out" or "down" or "up" && view.Tag(t) == "NN" && t > 0
        && view.Tag(t - 1) is "NNP" or "NNPS" && view.EntityAt[t - 1] >= 0 && last + 1 < view.Tokens.Length
        && view.Tag(last + 1) is "DT" or "PRP$" or "NN" or "NNS" or "JJ")
        || SubjectsVerbBeforeInto(form, t, last);

    // `Obama tore into Congress`, `the senator tears into the plan`: a verb form the tagger reads as a noun (`tore`, `tears`)
    // right after its subject and before `into` and an object is the subject's verb (`her tears` has a possessor before it).
    private bool SubjectsVerbBeforeInto(TriggerForm form, int t, int last) =>
        form.Rest.Length == 1 && form.Rest[0] is "into" && view.Tag(t) is "NN" or "NNS" && t > 0
        && view.Tag(t - 1) is "NNP" or "NNPS" or "NN" or "NNS" or "PRP" && !(t > 1 && IsPossessiveMark(t - 1))
        && last + 1 < view.Tokens.Length && view.Tag(last + 1) is "DT" or "PRP$" or "PRP" or "NN" or "NNS" or "NNP" or "NNPS" or "JJ";

    // `they became disheartened with X`, `voters felt betrayed`: a participle after a verb of becoming or seeming is a
    // state of mind, not an act.
    private bool AfterCopula(int t)
    {
        var k = t - 1;
        while (k >= 0 && view.Tag(k) is "RB" or "RBR")
        {
            k--;
        }

        return view.Tag(t) is "VBN" or "VBD" && k >= 0 && view.Word(k) is "became" or "become" or "becomes" or "becoming"
            or "seemed" or "seem" or "seems" or "felt" or "feel" or "feels" or "grew" or "remained" or "remain" or "remains";
    }

    // `six election pledges`, `two attacks`: a word in -s after a numeral is a plural noun the tagger read as a verb.
    // `Nepal's offers of troops`, `the pledges`, `his promises`: after a possessive or an article it is a noun too.
    private bool CountedPlural(int t) =>
        view.Tag(t) == "VBZ" && t >= 1 && (view.Tag(t - 1) is "CD" or "PRP$" or "POS" || (t >= 2 && view.IsNoun(t - 1) && view.Tag(t - 2) == "CD")
            || view.Word(t - 1) is "the" or "The" or "these" or "those" or "such" or "no" or "any" or "'s" or "’s"
            || ModifyingPlural(t));

    // `under the EU arms code`, `the EU arms code was agreed`: a word in -s between a name and a noun that is no actor, in
    // a phrase after a preposition or before the clause's verb, is a plural noun modifying the next (`Russia arms rebels`:
    // the rebels are acted on).
    private bool ModifyingPlural(int t)
    {
        if (view.Tag(t) != "VBZ" || t + 1 >= view.Tokens.Length || view.Tag(t + 1) is not ("NN" or "NNS") || actors.IsActorToken(t + 1)
            || view.Word(t + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // (`under the existing EU arms code`: a participle among the modifiers too.)
        var before = t - 1;
        while (before >= 0 && view.Tag(before) is "NNP" or "NNPS" or "NN" or "DT" or "JJ" or "POS" or "PRP$" or "VBG" or "VBN")
        {
            before--;
        }

        var after = t + 2;
        while (after < view.Tokens.Length && view.Tag(after) is "NN" or "NNS")
        {
            after++;
        }

        return (before < t - 1 && before >= 0 && view.Word(before) is "of" or "in" or "on" or "under" or "for" or "with" or "by" or "from"
                or "into" or "over" or "about" or "against" or "at" or "within" or "to")
            || (after < view.Tokens.Length && view.Tag(after) is "VBD" or "VBZ" or "VBP" or "MD");
    }

    // `it is no longer appropriate`: a base form right after `is` (past adverbs) is an adjective the tagger misread.
    private bool AfterBe(int t)
    {
        if (view.Tag(t) != "VB")
        {
            return false;
        }

        var k = t - 1;
        while (k >= 0 && view.Tag(k) is "RB" or "RBR" or "DT" or "JJR")
        {
            k--;
        }

        return k >= 0 && view.Is(k, WordSets.Be) && !view.Word(k).StartsWith("get", StringComparison.OrdinalIgnoreCase)
            && !view.Word(k).StartsWith("got", StringComparison.OrdinalIgnoreCase);
    }

    // `destroyed drones`, `the banned party`, `suffer devastating illnesses`: a participle before a noun, with no
    // auxiliary, describes it (but `continued shelling villages` goes on doing it). `Disgraced former minister X`, `the
    // jailed opposition leader`: a participle before other adjectives too, and at the start of the text; the act it
    // recalls is no event of this article.
    private bool Adjectival(int t, int last)
    {
        var next = last + 1;
        while (view.Tag(t) == "VBN" && next + 1 < view.Tokens.Length && view.Tag(next) == "JJ" && next - last < 3)
        {
            next++;
        }

        return next < view.Tokens.Length && view.Tag(next) is "NNS" or "NN"
            && ((view.Tag(t) == "VBN" && (t == 0 || !(AfterAuxiliary(t) || actors.IsActorToken(t - 1) || view.IsPunct(t - 1, ',') || CoordinatedPredicate(t))))
                || (t > 0 && view.Tag(t) == "VBD" && view.Tag(t - 1) is "DT" or "JJ" or "PRP$")
                || (t > 0 && view.Tag(t) == "VBG" && last == t && view.Tag(t - 1) is "DT" or "JJ" or "PRP$" or "VB" or "VBP" or "VBZ" && !view.Is(t - 1, WordSets.Aspectual))
                || CrowdParticiple(t, last, next));
    }

    // `spent the night with chanting protesters`, `clashed with rioting youths`: after a preposition, a participle of what a
    // crowd does, which takes no object, before a plural actor noun describes the crowd; it is no gerund acting on it.
    private bool CrowdParticiple(int t, int last, int next) =>
        t > 0 && last == t && next == t + 1 && view.Tag(t) == "VBG" && view.Tag(t - 1) == "IN" && view.Tag(next) == "NNS"
        && actors.IsActorToken(next)
        && view.Word(t) is "chanting" or "marching" or "rioting" or "demonstrating" or "protesting" or "cheering" or "singing" or "striking";

    // `to treat the wounded`, `among the detained`: a participle after `the` heading no noun names the people in that state.
    private bool PeopleByState(int t, int last) =>
        t == last && t > 0 && view.Tag(t) is "VBN" or "VBD" && view.Word(t - 1).Equals("the", StringComparison.OrdinalIgnoreCase)
        && !(last + 1 < view.Tokens.Length && view.IsNoun(last + 1));

    // `soldiers surrounded the palace and arrested ministers`: a participle right after `and`/`but`, when the words before
    // the conjunction end a noun phrase that is the object of an earlier finite verb of the same clause, is a second
    // predicate of that verb's subject, not an adjective of the noun after it (`the jailed and exiled leaders` keeps its
    // adjectives: no noun ends before `and`).
    private bool CoordinatedPredicate(int t)
    {
        if (t < 3 || view.Word(t - 1) is not ("and" or "but") || view.Tag(t - 2) is not ("NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "CD"))
        {
            return false;
        }

        // (`questioned protesters and injured bystanders were taken to hospital`: a noun phrase with a finite verb of its
        // own after it is a new clause's subject.)
        var after = t + 1;
        while (after < view.Tokens.Length && view.Tag(after) is "JJ" or "NN" or "NNS" or "NNP" or "NNPS")
        {
            after++;
        }

        if (after < view.Tokens.Length && (view.Tag(after) is "VBD" or "VBZ" or "VBP" or "MD" || view.Is(after, WordSets.Be)))
        {
            return false;
        }

        for (var k = t - 3; k > 0 && !view.IsClauseBreak(k) && !view.IsPunct(k, ',') && view.Word(k) is not ("and" or "or"); k--)
        {
            if (view.Tag(k) is "VBD" or "VBN" && (view.Tag(k - 1) is "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "RB" || view.Is(k - 1, WordSets.Auxiliaries)))
            {
                return true;
            }
        }

        return false;
    }

    // `have vowed`, `have both vowed`: an auxiliary, perhaps with a floated quantifier after it, stands before the verb.
    private bool AfterAuxiliary(int t) =>
        view.Is(t - 1, WordSets.Auxiliaries) || (t >= 2 && view.Word(t - 1) is "all" or "both" or "each" && view.Is(t - 2, WordSets.Auxiliaries));

    private bool ContextFits(TriggerForm form, int t, int last, int first, int end)
    {
        if (form.Context.Length == 0)
        {
            return true;
        }

        // `<on`: the word right before the trigger (`were on strike`); `>action`: the word right after (`strike action`).
        foreach (var word in form.Context)
        {
            // `@faced`: a verb of receiving before the noun's phrase (`faced stiff opposition`, `is facing opposition`).
            if (word == "@faced")
            {
                if (Faced(t - 1, first) >= 0)
                {
                    return true;
                }

                continue;
            }

            var next = word[0] switch { '<' => t - 1, '>' => last + 1, _ => -1 };
            if (next >= first && next < end && view.Word(next).Equals(word.AsSpan(1), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // `>against`: `a lawsuit for damages against X`, `a suit on Monday against X`: a preposition of the target may
            // stand past a `for` phrase of what is claimed and the act's own time and place.
            if (word[0] == '>' && WordSets.TargetPrepositions.Contains(word.AsSpan(1)) && PastClaimedAndTime(last + 1, end) is var past
                && past > last + 1 && past < end && view.Word(past).Equals(word.AsSpan(1), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // The object may run longer than the subject: `provide nearly 25,000 tons of emergency food aid`. The window keeps
        // to the trigger's clause: `the raid hit a trade fair; Iran vowed to retaliate` is no trade dispute.
        var from = t;
        while (from - 1 >= Math.Max(first, t - 4) && !view.IsClauseBreak(from - 1))
        {
            from--;
        }

        for (var k = from; k <= Math.Min(end - 1, last + 8) && !(k > last && view.IsClauseBreak(k)); k++)
        {
            if (IsContextWord(form, k))
            {
                return true;
            }
        }

        // `killed in an explosion near the embassy. Police said the bomb ...`: an explosion's bomb may be told next to it.
        return form.Noun && form.Type == PloverType.Assault && form.Mode == "explosives" && BombAround(first, end);
    }

    // The word at k is one of the trigger's plain context words.
    private bool IsContextWord(TriggerForm form, int k)
    {
        foreach (var word in form.Context)
        {
            if (view.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNounTrigger(int t)
    {
        foreach (var form in lexicon.Find(view.Word(t)))
        {
            if (form.Noun && form.Rest.Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    // `Iran and Syria have both vowed`: a quantifier floated between the subject and its verb is skipped like an adverb.
    private bool Skippable(int k) =>
        view.Is(k, WordSets.Auxiliaries) || view.Tag(k) is "RB" or "RBR" or "MD" or "``" or "''" || view.Word(k) is "both" or "all" or "each"
        || (view.Tokens[k].Kind == TokenKind.Punctuation && view.Text[view.Tokens[k].Span.Start] is '"' or '“' or '”' or '‘' or '’');

    private bool IsFinite(int k) => view.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD";

    // `Iran said its troops had killed`, `the rebels said their fighters`: a group's own people, whose phrase names no
    // state, are of the group's state, not of the article's country guessed for want of a word.
    private void OwnPeopleOfTheirGroup(Mention m)
    {
        for (var i = 0; i < m.Actors.Count; i++)
        {
            var a = m.Actors[i];
            var k = view.NextToken(a.Span.Start);
            if (k < 0 || !m.GuessedCountries.Contains(a.Span) || view.Tag(k) != "PRP$" || view.Tokens[k].Span.End >= a.Span.End
                || view.Word(k) is not ("its" or "Its" or "their" or "Their"))
            {
                continue;
            }

            if (GroupOwner(k, plural: view.Word(k) is "their" or "Their") is { Country: { } country })
            {
                m.Actors[i] = a with { Country = country };
                m.GuessedCountries.Remove(a.Span);
            }
        }
    }
}
