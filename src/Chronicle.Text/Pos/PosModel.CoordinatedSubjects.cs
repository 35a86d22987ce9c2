using System.Collections.Frozen;

namespace Chronicle.Text.Pos;

/// <summary>
/// Names joined by <c>and</c> read as the modifiers of a compound (<c>Airbus and Boeing accuse/NN each other</c>): the
/// tagger sees a lower-case word after a name as the head of a noun phrase more often than as a verb. A lower-case word
/// read as a singular noun is the present verb of the names before it when it stands before a reciprocal object
/// (<c>each other</c>, <c>one another</c>, after any subject), or when it follows names joined by <c>and</c> or
/// <c>or</c> that open the clause and comes before the start of an object (a determiner, possessive or pronoun).
/// </summary>
public sealed partial class PosModel
{
    private static readonly ulong TheWord = WordFeatures.Of("the").Lower;
    private static readonly FrozenSet<ulong> Reciprocals = Hashes("each", "one");
    private static readonly FrozenSet<ulong> ReciprocalHeads = Hashes("other", "another");
    private static readonly FrozenSet<ulong> ClauseOpeners = Hashes(",", "that", ";", ":", "\"", "“");
    private static readonly FrozenSet<ulong> ObjectOpeners = Hashes(
        "the", "a", "an", "each", "their", "his", "her", "its", "our", "them", "him", "us", "this", "these", "those");

    private void CheckCoordinatedSubjects(ReadOnlySpan<WordFeatures> context, Span<byte> tags)
    {
        for (var i = 1; i + 1 < tags.Length; i++)
        {
            if (tags[i] != _grammar.Nn || (context[i + 2].Flags & 1) != 0 || !_grammar.Subject[tags[i - 1]])
            {
                continue;
            }

            if ((i + 2 < tags.Length && Reciprocals.Contains(context[i + 3].Lower) && ReciprocalHeads.Contains(context[i + 4].Lower))
                || (_grammar.Proper[tags[i - 1]] && ObjectOpeners.Contains(context[i + 3].Lower) && OpensWithJoinedNames(context, tags, i - 1)))
            {
                tags[i] = (byte)_grammar.Vbp;
            }
        }
    }

    // The names ending at `last` are the second of two name runs joined by `and` or `or` at the start of a clause.
    private bool OpensWithJoinedNames(ReadOnlySpan<WordFeatures> context, ReadOnlySpan<byte> tags, int last)
    {
        var k = last;
        while (k > 0 && _grammar.Proper[tags[k - 1]])
        {
            k--;
        }

        // (`Sinn Fein and the SDLP support`.)
        if (k > 0 && TheWord == context[k + 1].Lower)
        {
            k--;
        }

        if (k < 2 || !Conjunctions.Contains(context[k + 1].Lower) || !_grammar.Proper[tags[k - 2]])
        {
            return false;
        }

        k -= 2;
        while (k > 0 && _grammar.Proper[tags[k - 1]])
        {
            k--;
        }

        if (k > 0 && TheWord == context[k + 1].Lower)
        {
            k--;
        }

        return k == 0 || ClauseOpeners.Contains(context[k + 1].Lower);
    }
}
