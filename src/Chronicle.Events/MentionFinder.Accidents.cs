using System.Collections.Frozen;

namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    /// <summary>Verbs of winning a contest that the CAMEO lexicon codes as an assault (<c>beat</c>, <c>defeated</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WinningVerbs = WordSet(
        "beat", "beats", "beaten", "beating", "thrash", "thrashed", "thrashes", "thrashing", "defeat", "defeated", "defeats",
        "defeating", "trounce", "trounced", "trounces", "trouncing", "crush", "crushed", "crushes", "crushing", "hammer",
        "hammered", "hammers", "rout", "routed", "routs", "whitewash", "whitewashed", "edge", "edged", "overcame", "overcome");

    /// <summary>Words of a game, race or match: what a win in sport is won in or by.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GameWords = WordSet(
        "final", "finals", "semi-final", "semi-finals", "semifinal", "semifinals", "quarter-final", "quarter-finals",
        "quarterfinal", "quarterfinals", "match", "matches", "game", "games", "race", "races", "tournament", "championship",
        "championships", "cup", "league", "title", "round", "set", "sets", "frame", "frames", "innings", "wickets", "goals",
        "goal", "points", "play-off", "play-offs", "playoff", "playoffs", "replay", "fixture", "derby", "champion", "champions",
        "seed", "medal", "gold", "silver", "bronze", "penalties", "penalty", "stage", "lap", "laps", "tie-break", "tiebreak",
        "marathon", "sprint", "semi", "leg", "decider", "victory", "win");

    /// <summary>Verbs of getting something first, whose infinitive after a win tells a business race (<c>beat X to buy</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GettingVerbs = WordSet(
        "buy", "acquire", "purchase", "win", "secure", "clinch", "sign", "build", "supply", "launch", "list", "market");

    /// <summary>Words of a violent beating, which a game word in the same sentence does not excuse.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeatingWords = WordSet(
        "police", "policemen", "officers", "soldiers", "troops", "guards", "protesters", "demonstrators", "gang", "mob", "thugs",
        "batons", "baton", "sticks", "clubs", "death", "unconscious", "injured", "injuries", "hospital", "hospitalised",
        "hospitalized", "assaulted", "attacked", "tortured", "prisoners", "detainees", "militia", "militiamen", "riot");

    /// <summary>Words of a crash, a fire or a disaster by which people die by accident, not by anyone's attack.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AccidentWords = WordSet(
        "crash", "crashes", "crashed", "accident", "accidents", "collision", "collisions", "collided", "overturned", "overturn",
        "capsized", "capsize", "sank", "derailed", "derailment", "skidded", "plunged", "fire", "blaze", "flood", "floods",
        "flooding", "landslide", "landslides", "avalanche", "earthquake", "quake", "storm", "hurricane", "cyclone", "typhoon",
        "tornado", "stampede", "drowned", "collapsed", "collapse", "explosion", "pile-up");

    /// <summary>Words of an attack, which keep a killing in a crash or a fire an assault (<c>shot down</c>, <c>arson</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AttackWords = WordSet(
        "shot", "shooting", "gunmen", "gunman", "bomb", "bombs", "bomber", "bombing", "attack", "attacks", "attacked",
        "attackers", "militants", "rebels", "insurgents", "rocket", "rockets", "missile", "missiles", "shelling", "ambush",
        "ambushed", "arson", "arsonists", "set", "torched", "airstrike", "air", "strike", "strikes", "drone", "grenade",
        "terrorist", "terrorists", "suicide", "sabotage", "deliberately", "rammed", "opened", "gunfire", "murder", "murdered",
        "blamed", "accused", "charged", "suspected");

    /// <summary>Armed bodies, whose naming tells an attack only when they act, not when they die or own the vehicle.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ArmedBodies = WordSet(
        "troops", "soldiers", "police", "army", "forces", "militia");

    /// <summary>Words of a crash or a disaster told by the clause a participle of death follows (<c>crashed, killing</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AccidentVerbs = WordSet(
        "crashed", "collided", "overturned", "capsized", "sank", "derailed", "skidded", "plunged", "collapsed", "exploded",
        "crash", "collision", "derailment", "flood", "floods", "flooding", "landslide", "avalanche", "earthquake", "quake",
        "storm", "hurricane", "cyclone", "typhoon", "tornado", "stampede", "pile-up");

    /// <summary>Words telling that an explosion was a bomb's, which may stand in the sentence next to the blast's own.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BombWords = WordSet(
        "bomb", "bombs", "bomber", "bombers", "bombing", "bombings", "explosives", "detonated", "detonator", "terrorist", "terrorists");

    /// <summary>Words of gas, a mine, fuel or a works, by which a blast in their own sentence is an accident.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IndustrialWords = WordSet(
        "gas", "boiler", "mine", "mines", "miners", "colliery", "pit", "factory", "plant", "refinery", "chemical", "chemicals",
        "fireworks", "firework", "leak", "tanker", "fuel", "pipeline", "methane", "accident", "accidental", "accidentally", "warehouse");

    // `Arsenal beat Chelsea 2-1`, `she beat the world champion in the final`, `defeated Nadal in straight sets`: the result
    // of a game, a race or a match is no assault. A score or a word of a game in the sentence tells it, unless the sentence
    // also tells a violent beating (`police beat fans after the match`).
    private bool GameResult(Mention m, int first, int end)
    {
        if (m.Type != PloverType.Assault || m.Noun || !view.Is(m.First, WinningVerbs))
        {
            return false;
        }

        var game = false;
        for (var k = first; k < end; k++)
        {
            if (view.Is(k, BeatingWords))
            {
                return false;
            }

            game |= k > m.Last && (view.Is(k, GameWords) || Score(k, end) || RaceToGet(k, end));
        }

        return game;
    }

    // `beat Barclays to buy the bank`, `beat its rivals to win the contract`: a race to get something first, no beating.
    private bool RaceToGet(int k, int end) =>
        k + 1 < end && view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase) && view.Is(k + 1, GettingVerbs);

    // `2-1`, `6-4`, `3 - 0`: a score, two small numbers joined by a hyphen or a dash.
    private bool Score(int k, int end)
    {
        var word = view.Word(k);
        var dash = word.IndexOfAny('-', '–');
        if (dash > 0 && dash < word.Length - 1)
        {
            return SmallNumber(word[..dash]) && SmallNumber(word[(dash + 1)..]);
        }

        return k + 2 < end && SmallNumber(word) && view.Word(k + 1) is "-" or "–" && SmallNumber(view.Word(k + 2));
    }

    private static bool SmallNumber(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 3 && !word.ContainsAnyExceptInRange('0', '9');

    // `two ministers were killed when the bus overturned`, `killed in a car crash`, `died in a fire`: deaths by accident or
    // disaster are no assault. A word of an attack in the sentence keeps it one (`killed when their helicopter was shot down`,
    // `killed in an arson attack`).
    private bool Accident(Mention m, int first, int end)
    {
        var word = view.Word(m.First);
        if (m.Type != PloverType.Assault || m.Noun || (m.HasSource && !CrashBefore(m))
            || !(word.StartsWith("kill", StringComparison.OrdinalIgnoreCase) || word.StartsWith("die", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("dead", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var accident = false;
        for (var k = first; k < end; k++)
        {
            if (view.Is(k, AttackWords) || (view.Is(k, ArmedBodies) && ArmedBodyActs(k, m)))
            {
                return false;
            }

            accident |= k == m.First && CrashBefore(m);
            accident |= k > m.Last && k <= m.Last + 8 && view.Is(k, AccidentWords)
                && !(view.Word(k).Equals("explosion", StringComparison.OrdinalIgnoreCase) && BombAround(first, end));
        }

        return accident;
    }

    // `A helicopter crashed near Kabul, killing 12 soldiers`: a participle of death after a crash's own clause, whose
    // subject (the aircraft, the train) is no attacker.
    private bool CrashBefore(Mention m)
    {
        for (var k = Math.Max(0, m.First - 8); view.Tag(m.First) == "VBG" && k < m.First; k++)
        {
            if (view.Is(k, AccidentVerbs))
            {
                return true;
            }
        }

        return false;
    }

    // `troops opened fire`, `police said`: an armed body acts when it stands before the death and heads its own noun
    // phrase; `killing 12 soldiers` (the dead), `an army helicopter` (the vehicle's owner) and `soldiers were killed` or
    // `soldiers died` (the dead again) tell no attack.
    private bool ArmedBodyActs(int k, Mention m)
    {
        if (k > m.Last || view.Tag(k + 1).StartsWith("NN", StringComparison.Ordinal))
        {
            return false;
        }

        var next = Math.Min(k + 1, m.First);
        while (next < m.First && view.Word(next) is "were" or "was" or "have" or "had" or "been" or "are" or "is" or "reportedly")
        {
            next++;
        }

        return next != m.First;
    }

    // `Four people were killed in an explosion near the embassy. Police said the bomb had been left in a car.`: an explosion
    // or a blast is a bomb's when the sentence before or after its own says so, unless its own sentence tells of gas, a
    // mine, fuel or a works (`a blast at a coal mine`), whose blasts are accidents whatever was bombed nearby.
    private bool BombAround(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (view.Is(k, IndustrialWords))
            {
                return false;
            }
        }

        var sentences = view.Found.Sentences;
        var here = -1;
        for (var i = 0; i < sentences.Length && here < 0; i++)
        {
            here = sentences[i].FirstToken == first ? i : -1;
        }

        for (var i = Math.Max(0, here - 1); here >= 0 && i <= Math.Min(sentences.Length - 1, here + 1); i++)
        {
            var s = sentences[i];
            for (var k = s.FirstToken; i != here && k < s.FirstToken + s.TokenCount; k++)
            {
                if (view.Is(k, BombWords))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // `a lawsuit for damages against X`, `a suit for breach of contract on Monday against X`: past a `for` phrase of what is
    // claimed and the act's own time and place, the token where the claim's `against` may stand.
    private int PastClaimedAndTime(int k, int end)
    {
        for (var round = 0; round < 3 && k < end; round++)
        {
            var was = k;
            k = PastTimeAndPlace(k, end);
            if (k + 1 < end && view.Word(k) is "for" && !actors.IsActorToken(k + 1) && view.EntityAt[k + 1] < 0)
            {
                var j = k + 1;
                while (j < end && j <= k + 6 && !actors.IsActorToken(j) && view.EntityAt[j] < 0
                    && (view.Tag(j) is "DT" or "JJ" or "NN" or "NNS" or "CD" or "$" || view.Word(j) is "of" or "and"))
                {
                    j++;
                }

                k = j;
            }

            if (k == was)
            {
                break;
            }
        }

        return k;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordSet(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
