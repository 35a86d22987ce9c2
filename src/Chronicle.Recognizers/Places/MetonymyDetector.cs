using System.Collections.Frozen;

namespace Chronicle.Recognizers.Places;

/// <summary>How a place name is used.</summary>
public enum PlaceReading
{
    /// <summary>Where something happens: <c>protests in Tehran</c>.</summary>
    Location,
    /// <summary>The place stands for its government, an actor: <c>Moscow says</c>, <c>Tehran's support</c>.</summary>
    Government,
}

/// <summary>
/// Decides whether a country or capital mention is a location or an actor standing for its government:
/// the subject of a speech, communication or cognition verb (<c>Washington says</c>, <c>Moscow may be
/// advising</c>), or a possessor of an act (<c>Tehran's support</c>); after a locative preposition it is a place.
/// </summary>
public static class MetonymyDetector
{
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
    [
        "in", "at", "near", "from", "to", "into", "across", "outside", "inside", "around", "throughout", "toward",
        "towards", "via", "through", "of", "visit", "visited", "visiting", "left", "reached", "entered",
    ], StringComparer.OrdinalIgnoreCase);

    // Verbs of saying, communicating, deciding and acting that places do not do.
    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
    [
        "say", "says", "said", "saying", "warn", "warns", "warned", "advise", "advises", "advised", "advising",
        "accuse", "accuses", "accused", "accusing", "deny", "denies", "denied", "denying", "claim", "claims", "claimed",
        "announce", "announces", "announced", "insist", "insists", "insisted", "urge", "urges", "urged", "demand",
        "demands", "demanded", "reject", "rejects", "rejected", "condemn", "condemns", "condemned", "threaten",
        "threatens", "threatened", "believe", "believes", "believed", "want", "wants", "wanted", "agree", "agrees",
        "agreed", "refuse", "refuses", "refused", "decide", "decides", "decided", "support", "supports", "supported",
        "blame", "blames", "blamed", "respond", "responds", "responded", "vow", "vows", "vowed", "signal", "signals",
        "signalled", "signaled", "sign", "signs", "signed", "send", "sends", "sent", "impose", "imposes", "imposed",
        "sanction", "sanctions", "sanctioned", "recall", "recalls", "recalled", "expel", "expels", "expelled",
        "backs", "backed", "hopes", "hoped", "fears", "feared", "seeks", "sought", "plans", "planned", "told",
        "tells", "called", "calls", "asked", "asks", "offered", "offers", "promised", "promises", "protested",
        "summoned", "summons", "welcomed", "welcomes", "praised", "criticised", "criticized", "suspects", "suspected",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
    [
        "may", "might", "could", "would", "will", "should", "must", "can", "is", "was", "has", "have", "had", "be",
        "been", "being", "does", "did", "also", "already", "now", "still", "reportedly", "apparently", "not", "never",
    ], StringComparer.OrdinalIgnoreCase);

    // Nouns of acts and stances that, possessed by a place, make it an actor: `Tehran's support`.
    private static readonly FrozenSet<string> ActNouns = FrozenSet.ToFrozenSet(
    [
        "support", "decision", "response", "position", "stance", "policy", "demand", "demands", "refusal", "offer",
        "threat", "threats", "backing", "role", "plan", "plans", "proposal", "warning", "claim", "claims", "denial",
        "approval", "rejection", "involvement", "strategy", "call", "request", "insistence", "ties", "relations",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>How the place name at <paramref name="span"/> of <paramref name="text"/> is used.</summary>
    public static PlaceReading Read(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Prepositions.Contains(PreviousWord(text, span.Start)))
        {
            return PlaceReading.Location;
        }

        var at = span.End;
        if (at + 1 < text.Length && text[at] is '\'' or '\u2019' && text[at + 1] == 's')
        {
            var (noun, _) = NextWord(text, at + 2);
            return ActNouns.Contains(noun) ? PlaceReading.Government : PlaceReading.Location;
        }

        for (var words = 0; words < 4; words++)
        {
            var (word, end) = NextWord(text, at);
            if (word.Length == 0)
            {
                break;
            }

            if (Verbs.Contains(word))
            {
                return PlaceReading.Government;
            }

            if (!Auxiliaries.Contains(word))
            {
                break;
            }

            at = end;
        }

        return PlaceReading.Location;
    }

    private static string PreviousWord(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..end];
    }

    private static (string Word, int End) NextWord(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        var start = at;
        while (at < text.Length && char.IsLetter(text[at]))
        {
            at++;
        }

        return (text[start..at], at);
    }
}
