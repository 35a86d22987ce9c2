namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    /// <summary>
    /// `Ruto called the attack an act of treason`, `branded the protesters criminals`, `described the raid as a war
    /// crime`: naming a party or its act by a word of blame accuses it. The one labelled is the target when it is a
    /// party; a labelled act leaves the target unnamed. Null when the verb is no labelling or no word of blame follows.
    /// </summary>
    private Mention? Labelling(int sentence, int t, int first, int end)
    {
        if (!view.IsVerb(t) || !view.Is(t, WordSets.LabelVerbs))
        {
            return null;
        }

        // `was branded a traitor by the party`, `was labelled as a liar by X`: the label's passive, its subject the target
        // and its agent the source.
        if (PassiveLabelling(sentence, t, first, end) is { } passive)
        {
            return passive;
        }

        if (t + 2 >= end || view.Tag(t + 1) is "IN" or "RP" or "TO")
        {
            return null;
        }

        // `was branded a traitor` with no agent is left to other rules; `The president branded the protesters`, a rare
        // verb the tagger reads as a participle, takes its object as a past tense does.
        if (view.Tag(t) == "VBN" && (t - 1 < first || view.Is(t - 1, WordSets.Be)
            || view.Tag(t + 1) is not ("DT" or "PRP" or "PRP$" or "NNS" or "NNP")))
        {
            return null;
        }

        // The labelled phrase, then the label: a word of blame before the clause ends.
        var blame = -1;
        for (var k = t + 2; k < end && k <= t + 10; k++)
        {
            // `call for tougher sentences for crimes`: a preposition other than `as` and `of` leads elsewhere than a label.
            if (view.IsClauseBreak(k) || view.IsPunct(k, ',') || view.IsPunct(k, '.') || view.Word(k) is "that" or "because" or "after"
                || (view.Tag(k) is "IN" or "TO" && view.Word(k) is not ("as" or "of")))
            {
                break;
            }

            // `called the sale illegal`, `declared the vote fraudulent`: a label of lawlessness is blame too.
            if ((view.Is(k, WordSets.Blame) && view.IsNoun(k)) || view.Is(k, WordSets.Lawless))
            {
                blame = k;
                break;
            }

            // `called the decision outrageous`, `described the remarks as racist`, `called the plan a scandal`: a judgement
            // of condemnation labels too; praise (`called the talks productive`) is no blame.
            if (view.Is(k, WordSets.Condemn) && (view.IsNoun(k) || view.Tag(k) == "JJ"))
            {
                blame = k;
                break;
            }

            // `called Trump a pathological liar`, `called them frauds`: a word of abuse for a person labels only as a second
            // phrase with its own article, or after a pronoun (`called the bully` is a call to someone).
            if (view.Is(k, WordSets.Abuse) && view.IsNoun(k) && (view.Tag(t + 1) == "PRP" || LabelArticle(t + 2, k)))
            {
                blame = k;
                break;
            }
        }

        var sources = Subject(t, first, end, 0);
        if (blame < 0 || sources.Count == 0)
        {
            return null;
        }

        var m = new Mention
        {
            Type = PloverType.Accuse, Mode = "disapprove", Sentence = sentence, First = t, Last = t, Noun = false, Curated = true,
            Flags = TriggerFlags.None, Evidence = view.Found.Sentences[sentence].Span, Trigger = view.Tokens[t].Span,
        };
        foreach (var s in sources)
        {
            m.Add(ActorRole.Source, s);
        }

        // `branded the protesters criminals`: the labelled party, right after the verb and its articles.
        var o = t + 1;
        while (o < blame && view.Tag(o) is "DT" or "PRP$" or "JJ")
        {
            o++;
        }

        if (o < blame && actors.IsActorToken(o) && !IsNounTrigger(o))
        {
            m.Add(ActorRole.Target, actors.Read(o, t + 1, blame - 1));
        }
        else if (o == t + 1 && view.Tag(o) == "PRP" && Antecedent(o) is { } named)
        {
            // `called her a traitor`: the person named before.
            m.Add(ActorRole.Target, named);
        }
        else
        {
            // `called the sale illegal and turned to courts in the US`: a deed labelled; a place after it is no target.
            m.EventObject = true;
        }

        return m;
    }

    /// <summary>
    /// `Smith has been called a charlatan by fellow physicians`, `was labelled a liar by his rivals`: a label of abuse or
    /// blame right after a passive verb of labelling, then `by` and an actor: the agent accuses the passive's subject.
    /// Null when any of these is missing (`was called a hero by`, `was branded a traitor` with no agent).
    /// </summary>
    private Mention? PassiveLabelling(int sentence, int t, int first, int end)
    {
        if (view.Tag(t) is not ("VBN" or "VBD") || !Be(t, first))
        {
            return null;
        }

        // The label: past articles and adjectives (`a pathological liar`), a word of abuse or blame.
        var k = t + 1;
        while (k < end && k <= t + 4 && (view.Tag(k) is "DT" or "JJ" or "RB" || view.Word(k) is "as"))
        {
            k++;
        }

        if (k >= end || !view.IsNoun(k) || !(view.Is(k, WordSets.Abuse) || view.Is(k, WordSets.Blame) || view.Is(k, WordSets.Condemn)))
        {
            return null;
        }

        if (Agent(k, end) is not { } judge || Subject(t, first, end, 0) is not { Count: > 0 } labelled)
        {
            return null;
        }

        var m = new Mention
        {
            Type = PloverType.Accuse, Mode = "disapprove", Sentence = sentence, First = t, Last = t, Noun = false, Curated = true,
            Flags = TriggerFlags.None, Evidence = view.Found.Sentences[sentence].Span, Trigger = view.Tokens[t].Span,
        };
        m.Add(ActorRole.Source, judge);
        foreach (var s in labelled)
        {
            m.Add(ActorRole.Target, s);
        }

        return m;
    }

    // An `a` or `an` opening the label's own phrase, between the labelled phrase and the word at `k`.
    private bool LabelArticle(int from, int k)
    {
        for (var j = from; j < k; j++)
        {
            if (view.Word(j) is "a" or "an")
            {
                return true;
            }
        }

        return false;
    }
}
