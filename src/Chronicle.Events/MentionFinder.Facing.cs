namespace Chronicle.Events;

// Who a criticism or a protest named in a phrase is by or against: the one facing it, the group a possessor owns.
internal sealed partial class MentionFinder
{
    // The verb of receiving before a noun phrase (`facing criticism`, `drew fierce criticism`, `came under attack`), or -1.
    private int Faced(int k, int first)
    {
        // (`attracted media criticism`: a common noun before the act says whose it is, not who faces it.)
        while (k >= first && (view.Tag(k) is "DT" or "JJ" or "RB" or "PRP$" || (view.Tag(k) is "NN" or "NNS" && view.EntityAt[k] < 0)))
        {
            k--;
        }

        // `Faced with the committee's criticism, the government`: `faced with` opening the sentence is the main subject's.
        if (k - 1 >= first && ((view.Word(k) is "under" && view.IsVerb(k - 1))
            || (view.Word(k) is "with" && view.Word(k - 1) is "faced" or "Faced" or "confronted" or "Confronted")))
        {
            return k - 1;
        }

        return k >= first && view.IsVerb(k) && view.Word(k) is "face" or "faces" or "faced" or "facing" or "drew" or "draws" or "drawn"
            or "attracted" or "attracts" or "received" or "receives" or "suffered" or "endured" or "weathered" ? k : -1;
    }

    // The verb whose subject a penalty named after it falls on (`received a ban`, `was handed a fine`, `faces a lifetime
    // ban`, `was hit with sanctions`), or -1. `Under` is another matter (`placed under arrest`, read on its own).
    private int Penalised(int k, int first)
    {
        var j = k;
        while (j >= first && view.Tag(j) is "DT" or "JJ" or "RB" or "CD" or "HYPH" or "NN" && view.EntityAt[j] < 0)
        {
            j--;
        }

        if (j >= first && view.Word(j) is "with" && j - 1 >= first && view.Word(j - 1) is "hit" or "slapped" or "punished")
        {
            return j - 1;
        }

        if (j - 1 >= first && view.Word(j) is "handed" or "given" or "served" && view.Is(j - 1, WordSets.Auxiliaries))
        {
            return j;
        }

        if (j >= first && view.IsVerb(j) && view.Word(j) is "got" or "gets" or "earned" or "incurred" or "incurs")
        {
            return j;
        }

        var faced = Faced(k, first);
        return faced >= 0 && view.Word(faced + 1) is not "under"
            && view.Word(faced) is not ("drew" or "draws" or "drawn" or "attracted" or "attracts") ? faced : -1;
    }

    // The verb whose subject blows fall on, before an assault's phrase starting after <paramref name="k"/>: `the convoy came
    // under attack`, `troops were under heavy fire`, `ships have been the target of Iranian attacks` (`the targets of`,
    // `a target for`); -1 when there is none.
    private int Struck(int k, int first)
    {
        // `the target of a series of raids`, `the target of a wave of attacks`: the series is of the blows.
        if (k - 2 >= first && view.Word(k) is "of" && view.Word(k - 1) is "series" or "wave" or "spate" or "string" or "number" or "succession" or "campaign")
        {
            k -= 2;
            while (k > first && view.Tag(k) is "JJ")
            {
                k--;
            }

            if (view.Tag(k) is "DT")
            {
                k--;
            }
        }

        if (k - 1 >= first && view.Word(k) is "under" && view.IsVerb(k - 1))
        {
            return k - 1;
        }

        if (k - 2 < first || view.Word(k) is not ("of" or "for") || view.Word(k - 1) is not ("target" or "targets"))
        {
            return -1;
        }

        var verb = view.Tag(k - 2) is "DT" or "JJ" or "RB" ? k - 3 : k - 2;
        while (verb >= first && view.Tag(verb) is "RB" or "JJ" or "DT")
        {
            verb--;
        }

        return verb >= first && view.IsVerb(verb) ? verb : -1;
    }

    // The verb of one who warns of an act whose phrase starts after <paramref name="of"/>, and the one warned if named:
    // `warned (Japan) of`, `gave (Japan) a warning of`, `raised the threat of`; (-1, null) when there is none.
    private (int Warner, Actor? Warned) WarnedOf(int of, int first, int end)
    {
        if (of - 1 < first || view.Word(of) is not "of")
        {
            return (-1, null);
        }

        var k = of - 1;
        if (view.IsVerb(k) && view.Word(k).StartsWith("warn", StringComparison.OrdinalIgnoreCase))
        {
            return (k, null);
        }

        var noun = view.Word(k) is "warning" or "warnings" or "threat" or "threats";
        if (noun)
        {
            k--;
            while (k >= first && view.Tag(k) is "DT" or "JJ" or "RB" or "PRP$")
            {
                k--;
            }
        }

        // The one warned, between the verb and the warning (`gave Japan a warning`) or after `warned` (`warned Japan of`).
        Actor? warned = null;
        if (k >= first && actors.IsActorToken(k))
        {
            var start = k;
            while (start - 1 >= first && (actors.IsActorToken(start - 1) || view.Tag(start - 1) is "DT" or "JJ" or "NNP" or "POS"))
            {
                start--;
            }

            warned = actors.Read(k, start, k);
            k = start - 1;
        }

        var warning = k >= first && view.IsVerb(k)
            && (noun ? view.Word(k) is not ("fled" or "flee" or "faced" or "face" or "faces" or "facing" or "escaped" or "fear" or "feared" or "fears")
                : view.Word(k).StartsWith("warn", StringComparison.OrdinalIgnoreCase));
        return warning && (noun || warned is not null) ? (k, warned) : (-1, null);
    }

    // The subject right after an opening phrase's comma (`Faced with criticism, the government suspended`), or null.
    private Actor? AfterOpening(int k, int end)
    {
        while (k < end && !view.IsPunct(k, ',') && !view.IsClauseBreak(k))
        {
            k++;
        }

        return k + 1 < end && view.IsPunct(k, ',') ? NextActor(k + 1, end, 3) : null;
    }

    // `the UK's biggest civil service union`: the group a possessor owns, when the actor read is only the possessor.
    private Actor Possessed(Actor possessor, int before)
    {
        if (possessor.Last + 2 >= before || !IsPossessiveMark(possessor.Last + 1))
        {
            return possessor;
        }

        var j = possessor.Last + 2;
        while (j + 1 < before && view.Tag(j + 1) is "NN" or "NNS" or "JJ" or "JJS" && view.Tag(j) is not ("NNS"))
        {
            j++;
        }

        return actors.IsActorToken(j) ? actors.Read(j, possessor.Last + 2, j) : possessor;
    }
}
