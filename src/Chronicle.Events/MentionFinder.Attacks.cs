using System.Collections.Frozen;

namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    /// <summary>Modifiers telling that an attack is made in words (<c>a verbal attack</c>, <c>a scathing attack</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordyAttackModifiers = WordSet(
        "verbal", "rhetorical", "written", "scathing", "blistering", "stinging", "withering", "vitriolic", "personal",
        "outspoken", "strongly-worded", "thinly-veiled", "veiled", "fierce-worded");

    /// <summary>Things an attack in words is made in (<c>in a speech</c>, <c>in an article</c>, <c>in an interview</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpokenPieces = WordSet(
        "speech", "speeches", "article", "articles", "interview", "interviews", "letter", "letters", "column", "editorial",
        "op-ed", "statement", "broadcast", "sermon", "essay", "memoir", "memoirs", "book", "blog", "tweet", "tweets",
        "newspaper", "debate", "lecture", "pamphlet", "manifesto");

    // `fired plastic bullets at rioters`, `used water cannon and tear gas against the crowd`, `firing baton rounds`: the
    // arms of crowd control that the act's object names make it crowd control, whatever the verb's own mode.
    private bool CrowdControlArms(Mention m, int end)
    {
        if (m.Type != PloverType.Assault || m.Noun)
        {
            return false;
        }

        for (var k = m.Last + 1; k + 1 < end && k <= m.Last + 4; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, '.') || view.IsPunct(k, ';'))
            {
                return false;
            }

            var next = view.Word(k + 1);
            var arms = view.Word(k) switch
            {
                "plastic" or "rubber" or "rubber-coated" => next is "bullets" or "bullet" or "rounds" or "baton" or "batons",
                "baton" => next is "rounds",
                "water" => next is "cannon" or "cannons",
                "tear" => next is "gas",
                "stun" => next is "grenades" or "guns",
                "pepper" => next is "spray",
                _ => view.Word(k) is "teargas",
            };
            if (arms)
            {
                return true;
            }
        }

        return false;
    }

    // `launched a verbal attack on the president`, `attacked the government in a speech`, `an attack on the minister in
    // an article`: an attack in words is criticism, no force. The modifier stands in the attack's own noun phrase; the
    // speech or the article after `in` in its own clause, with no weapon named between.
    private bool AttackInWords(Mention m, int first, int end)
    {
        var word = view.Word(m.First);
        if (m.Type != PloverType.Assault || !(word.StartsWith("attack", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("assault", StringComparison.OrdinalIgnoreCase) || word.StartsWith("onslaught", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        for (var k = m.First - 1; k >= first && k >= m.First - 3 && view.Tag(k) is "JJ" or "RB" or "VBN" or "NN" or "HYPH"; k--)
        {
            if (view.Is(k, WordyAttackModifiers))
            {
                return true;
            }
        }

        for (var k = m.Last + 1; k + 2 < end && k <= m.Last + 10; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, '.') || view.IsPunct(k, ';') || view.Is(k, WordSets.Weapons))
            {
                return false;
            }

            if (view.Word(k) is "in" or "during" && view.Tag(k + 1) is "DT" or "PRP$" && view.Is(k + 2, SpokenPieces)
                || (view.Word(k) is "in" or "during" && view.Tag(k + 1) is "DT" or "PRP$" && k + 3 < end && view.Tag(k + 2) is "JJ" or "NN" or "NNP" && view.Is(k + 3, SpokenPieces)))
            {
                return true;
            }
        }

        return false;
    }

    private bool PersonAttacksPerson(List<Actor> subjects, int t, int last, int end)
    {
        // `Trump had personally attacked his wife`: an attack made `personally` or `verbally` is in words, whoever made it.
        if (t - 1 >= 0 && view.Word(t - 1) is "personally" or "verbally" or "publicly" or "politically"
            && subjects.Exists(s => !s.People) && !WeaponAfter(last, end))
        {
            return true;
        }

        if (!subjects.Exists(s => IsPersonName(s.Last) || WordSets.FirstPerson.Contains(view.Word(s.Last))))
        {
            return false;
        }

        for (var k = last + 1; k < end && k <= last + 12; k++)
        {
            if (view.Is(k, WordSets.Weapons))
            {
                return false;
            }

            if (view.IsClauseBreak(k) || view.IsPunct(k, '.'))
            {
                break;
            }

            if (view.Word(k) is "politically" or "verbally" or "publicly")
            {
                return true;
            }
        }

        // The object is a person's name, past its titles (`Prime Minister X`, `the chancellor X`).
        var o = last + 1;
        while (o < end && view.EntityAt[o] < 0 && view.Tag(o) is "DT" or "PRP$" or "JJ" or "NN" or "NNP")
        {
            o++;
        }

        // A named person's attack on anyone is criticism when nothing in the clause is a weapon: one person does not
        // assault a government or its red tape. `Assad attacked rebel positions`: a leader's attack on positions, a town
        // or a checkpoint is made by his forces.
        if ((o < end && IsPersonName(o)) || (subjects.Exists(s => IsPersonName(s.Last)) && !MilitaryObject(last, end)))
        {
            return true;
        }

        return false;
    }

    // The object's head, or a noun right after it, is a place or post that armed forces take (`rebel positions`, `the town`).
    private bool MilitaryObject(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 5; k++)
        {
            if (view.Is(k, MilitaryObjects))
            {
                return true;
            }

            if (!(view.Tag(k) is "DT" or "PRP$" or "JJ" or "NN" or "NNS" or "NNP" or "CD" or "POS" || view.IsNoun(k)))
            {
                break;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MilitaryObjects = WordSet(
        "positions", "position", "town", "towns", "village", "villages", "base", "bases", "checkpoint", "checkpoints", "convoy",
        "convoys", "outpost", "outposts", "barracks", "garrison", "strongholds", "stronghold", "trenches", "bunkers", "camp", "camps",
        "territory", "city", "cities", "troops", "soldiers", "forces", "fighters", "militants", "insurgents");

    private bool Aside(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 3; k++)
        {
            if (view.Word(k).Equals("aside", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPersonName(int k) => view.EntityAt[k] >= 0 && view.Found.Entities[view.EntityAt[k]].Type == EntityType.Person;

    // The object, or what follows `over`/`for` after it, is a plan, a policy, remarks... and no weapon is named.
    private bool AttackedInWords(int last, int end)
    {
        var reason = false;
        for (var k = last + 1; k < end && k <= last + 12; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, '.') || view.IsPunct(k, ';') || view.Is(k, WordSets.Weapons))
            {
                return false;
            }

            if (view.Word(k) is "over" or "for")
            {
                reason = true;
                continue;
            }

            // `attacked Tory plans to process claims`: the tagger may read `plans` before `to` as a verb, but no finite
            // verb can come between a verb and its object, so a word of talk there heads the object.
            if ((view.IsNoun(k) || (k > last + 1 && view.Tag(k) == "VBZ")) && view.EntityAt[k] < 0 && view.Is(k, WordSets.Criticised))
            {
                // The first common noun is the object's head; past it only a stated reason counts.
                return true;
            }

            // `Tory spending plans`: a noun before another noun modifies it and is not the head.
            if (view.IsNoun(k) && view.EntityAt[k] < 0 && !view.Is(k, WordSets.ActorNouns) && !reason && !(k + 1 < end && view.IsNoun(k + 1)))
            {
                return false;
            }

            if (k > last + 1 && IsFinite(k) && view.Tag(k) != "VBN")
            {
                return false;
            }
        }

        return false;
    }

    // The head of the direct object when it is a common noun (past `many of`, a possessor's `the government's`), else -1.
    private int ObjectHead(int last, int end, int reach = 8)
    {
        for (var k = last + 1; k < end && k <= last + reach; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, ',') || view.IsPunct(k, '.') || (k > last + 1 && IsFinite(k)))
            {
                return -1;
            }

            var possessor = k + 1 < end && IsPossessiveMark(k + 1);
            if (view.IsNoun(k) && view.EntityAt[k] < 0 && !possessor && !(k + 1 < end && view.IsNoun(k + 1)))
            {
                return view.Is(k, WordSets.ActorNouns) ? -1 : k;
            }
        }

        return -1;
    }

    // `exchanged fire in the market`: a noun after a preposition of place says where, so it is no object harmed in a figure.
    private bool AfterLocative(int last, int head)
    {
        for (var k = last + 1; k < head; k++)
        {
            if (view.Is(k, WordSets.Locatives))
            {
                return true;
            }
        }

        return false;
    }

    // `the assault on Yukos' finances`, `an attack on civil liberties`: the head of what an attack is on (past its
    // possessor and modifiers) is a thing no weapon strikes.
    private bool AimedAtFigure(int last, int end)
    {
        if (last + 2 >= end || view.Word(last + 1) is not ("on" or "upon" or "against"))
        {
            return false;
        }

        for (var k = last + 2; k < end && k <= last + 8; k++)
        {
            if (IsPossessiveMark(k) || view.Tag(k) is "DT" or "PRP$" or "JJ" or "CC" or "NNP" or "NNPS")
            {
                continue;
            }

            if (!view.IsNoun(k))
            {
                return false;
            }

            if (k + 1 < end && (view.IsNoun(k + 1) || IsPossessiveMark(k + 1)))
            {
                continue;
            }

            return view.EntityAt[k] < 0 && view.Is(k, WordSets.Figurative);
        }

        return false;
    }

    private bool IsPossessiveMark(int k) => view.Word(k) is "'s" or "’s" or "'" or "’";

    private bool WeaponObject(Mention m, int end)
    {
        for (var k = m.Last + 1; k < end && k <= m.Last + 10; k++)
        {
            if (view.Is(k, WordSets.Weapons) && view.IsNoun(k))
            {
                m.Mode ??= view.Word(k).StartsWith("drone", StringComparison.OrdinalIgnoreCase) ? "drone"
                    : view.Word(k).StartsWith("missile", StringComparison.OrdinalIgnoreCase) || view.Word(k).StartsWith("rocket", StringComparison.OrdinalIgnoreCase) ? "aerial" : null;
                for (var j = k + 1; j < end && j <= k + 4; j++)
                {
                    if (view.Word(j) is "against" or "on" or "at")
                    {
                        m.Add(ActorRole.Target, NextActor(j + 1, end, 5));
                        break;
                    }

                    // `used tear gas to disperse students`, `fired water cannon to break up the crowd`: those the weapon was
                    // used to drive off are its targets.
                    if (view.Word(j) is "to" && j + 1 < end && view.Word(j + 1) is "disperse" or "scatter" or "break" or "clear"
                        or "repel" or "push" or "drive" or "stop" or "quell")
                    {
                        var after = j + 2 < end && view.Tag(j + 2) == "RP" ? j + 3 : j + 2;
                        m.Add(ActorRole.Target, NextActor(after, end, 4));
                        break;
                    }
                }

                return true;
            }

            if (IsFinite(k) || view.Tag(k) is "VB" or "VBG" || view.IsPunct(k, ',') || view.IsClauseBreak(k))
            {
                return false;
            }
        }

        return false;
    }

    // `exchanged fire with rebels off the coast of X`: the other side of a mutual act is named after `with`; a place after
    // it is where.
    private Actor? OtherSide(int last, int end)
    {
        var k = last + 1;
        while (k < end && view.Tag(k) is "RB")
        {
            k++;
        }

        return k + 1 < end && view.Word(k) is "with" ? NextActor(k + 1, end, 3) : null;
    }

    // A weapon named in the clause after the verb (`attacked him with a knife`).
    private bool WeaponAfter(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 12 && !view.IsClauseBreak(k) && !view.IsPunct(k, '.'); k++)
        {
            if (view.Is(k, WordSets.Weapons) || view.Is(k, WordSets.HandWeapons))
            {
                return true;
            }
        }

        return false;
    }
}
