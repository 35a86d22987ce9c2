namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    /// <summary>
    /// The one a charge names as the doer of the act after <c>of</c> or <c>with</c> (at <paramref name="of"/>):
    /// <c>accused the army of bombing</c>, <c>suspected X of planning</c>, <c>charged X with attacking</c>, <c>found X
    /// guilty of killing</c> (the object); <c>X was accused of attacking</c> (the passive's subject). The accuser is no
    /// party to the act; null when no verb of charging governs the phrase.
    /// </summary>
    private List<Actor>? ChargedOne(int of, int first, int end, int depth)
    {
        var j = of - 1;
        if (j < first)
        {
            return null;
        }

        // `was accused of`, `has been charged with`: the passive's subject is the one charged.
        if (ChargeVerb(j, view.Word(of)) && view.Tag(j) == "VBN" && j - 1 >= first && view.Is(j - 1, WordSets.Be))
        {
            return Subject(j, first, end, depth + 1);
        }

        // `two settlers accused of attacking`, `a man suspected of planning`, `militants charged with bombing`: a charge
        // told as a participle right after its noun charges that noun.
        if (ChargeVerb(j, view.Word(of)) && view.Tag(j) is "VBN" or "VBD" && j - 1 >= first && actors.IsActorToken(j - 1)
            && view.IsNoun(j - 1))
        {
            return [actors.Read(j - 1, first, j - 1)];
        }

        // `accused the army of`, `found the two men guilty of`: the object between the verb and the preposition.
        var last = view.Word(j).Equals("guilty", StringComparison.OrdinalIgnoreCase) ? j - 1 : j;
        for (var v = last - 1; v >= first && v >= last - 6; v--)
        {
            // The tagger, trained on one year of wire news, may read a rare `accuse` as anything: the word says it.
            if ((view.IsVerb(v) || view.Word(v) is "accuse" or "accuses" or "accused" or "accusing")
                && ChargeVerb(v, view.Word(of)) && actors.IsActorToken(last))
            {
                return [actors.Read(last, v + 1, last)];
            }

            if (view.IsVerb(v) || view.IsPunct(v, ','))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The one charged in the clause that ends at the comma <paramref name="comma"/>, if a charge governs it.</summary>
    private List<Actor>? ChargeBefore(int comma, int first, int end, int depth)
    {
        for (var j = comma - 1; j > first; j--)
        {
            if (view.Word(j) is "of" or "with")
            {
                return ChargedOne(j, first, end, depth);
            }

            if (IsFinite(j) || view.IsPunct(j, ','))
            {
                return null;
            }
        }

        return null;
    }

    // accuse/suspect/convict X of, charge X with, find X guilty of; suspend/blame/praise X for (`suspended the association
    // for refusing to`: what one is punished, blamed or praised for is one's own deed).
    private bool ChargeVerb(int k, ReadOnlySpan<char> preposition)
    {
        var word = view.Word(k);
        if (preposition.Equals("for", StringComparison.OrdinalIgnoreCase))
        {
            return view.Is(k, DoneForVerbs);
        }

        return preposition.Equals("with", StringComparison.OrdinalIgnoreCase)
            ? word.StartsWith("charg", StringComparison.OrdinalIgnoreCase)
            : word.StartsWith("accus", StringComparison.OrdinalIgnoreCase) || word.StartsWith("suspect", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("convict", StringComparison.OrdinalIgnoreCase) || word is "found" or "finds" or "find" or "guilty";
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DoneForVerbs =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["suspend", "suspends", "suspended", "expel", "expels", "expelled", "sack", "sacks", "sacked", "blame", "blames", "blamed",
             "criticise", "criticises", "criticised", "criticize", "criticizes", "criticized", "condemn", "condemns", "condemned",
             "punish", "punishes", "punished", "fine", "fines", "fined", "praise", "praises", "praised", "thank", "thanks", "thanked"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
