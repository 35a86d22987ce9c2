namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Finds the noun phrase naming a speaker next to a cue, and who it is: a named entity's canonical name, the
/// nearest preceding person for a pronoun, or the description itself.
/// </summary>
internal sealed class SpeakerFinder(string text, Annotations found)
{
    private static readonly string[] Pronouns = ["he", "she", "they", "i", "we", "it", "who", "you"];

    private readonly int[] _entityEndingAt = Index(found, e => e.End);

    /// <summary>The speaker ending just before token <paramref name="end"/> (exclusive), not before <paramref name="floor"/>.</summary>
    public Speaker? Before(int end, int floor)
    {
        var i = end - 1;
        if (i < floor)
        {
            return null;
        }
        var word = Word(i);
        if (IsPronoun(word))
        {
            return Resolve(found.Tokens[i].Span, word);
        }
        if (!IsNoun(i))
        {
            return null;
        }
        // The whole noun phrase, titles and determiner included (`the White House`, `longtime pollster Pat Caddell`).
        var start = i;
        while (start - 1 >= floor && (_entityEndingAt[start - 1] >= 0 || InEntity(start - 1) || IsNominal(start - 1)))
        {
            start--;
            if (IsDeterminer(start))
            {
                break;
            }
        }
        var span = new TextSpan(found.Tokens[start].Span.Start, found.Tokens[i].Span.End);
        return Described(span);
    }

    /// <summary>A speaker for the words <paramref name="span"/>, named by the last entity inside them when there is one.</summary>
    public Speaker Described(TextSpan span)
    {
        EntityMention? best = null;
        foreach (var e in found.Entities)
        {
            if (span.Contains(e.Span) && (best is null || e.Type is EntityType.Person or EntityType.Org || best.Type is not (EntityType.Person or EntityType.Org)))
            {
                best = e;
            }
        }
        return best is null ? new Speaker(span, span.Of(text)) : new Speaker(span, best.Canonical, best.EntityId);
    }

    /// <summary>The speaker named by exactly <paramref name="span"/>: a pronoun's antecedent, else a name inside it.</summary>
    public Speaker ForSpan(TextSpan span)
    {
        var word = span.Of(text).ToLowerInvariant();
        return IsPronoun(word) ? Resolve(span, word) : Described(span);
    }

    /// <summary>True when a person's or organisation's name identifies the speaker.</summary>
    public bool IsNamed(Speaker speaker)
    {
        foreach (var e in found.Entities)
        {
            if (speaker.Span.Contains(e.Span) && e.Type is EntityType.Person or EntityType.Org)
            {
                return true;
            }
        }
        return false;
    }

    private bool InEntity(int t)
    {
        var s = found.Tokens[t].Span;
        foreach (var e in found.Entities)
        {
            if (e.Span.Contains(s))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The speaker starting at token <paramref name="start"/>, ending before <paramref name="limit"/>.</summary>
    public Speaker? After(int start, int limit)
    {
        if (start >= limit)
        {
            return null;
        }
        var word = Word(start);
        if (IsPronoun(word))
        {
            return Resolve(found.Tokens[start].Span, word);
        }
        var end = start;
        while (end < limit && (IsNominal(end) || InEntity(end)) && (end == start || !IsDeterminer(end)))
        {
            end++;
        }
        if (end == start || !IsNoun(end - 1))
        {
            return null;
        }
        // A named entity inside the phrase (`the group Nordwatch`) names the speaker.
        return Described(new TextSpan(found.Tokens[start].Span.Start, found.Tokens[end - 1].Span.End));
    }

    private Speaker Resolve(TextSpan span, string word)
    {
        var person = word is "he" or "she" or "i";
        for (var k = found.Entities.Length - 1; k >= 0; k--)
        {
            var e = found.Entities[k];
            if (e.Span.End <= span.Start && (e.Type == EntityType.Person || (!person && e.Type == EntityType.Org)))
            {
                return new Speaker(span, e.Canonical, e.EntityId);
            }
        }
        return new Speaker(span, span.Of(text));
    }

    private string Word(int i) => found.Tokens[i].Span.Of(text).ToLowerInvariant();

    private static bool IsPronoun(string word) => Array.IndexOf(Pronouns, word) >= 0;

    private string Tag(int i) => found.PosTags.IsDefaultOrEmpty ? "NN" : found.PosTags[i];

    private bool IsNoun(int i) => Tag(i).StartsWith("NN", StringComparison.Ordinal) || _entityEndingAt[i] >= 0;

    private bool IsDeterminer(int i) => Tag(i) is "DT" or "PRP$";

    private bool IsNominal(int i)
    {
        var tag = Tag(i);
        return tag.StartsWith("NN", StringComparison.Ordinal) || tag.StartsWith("JJ", StringComparison.Ordinal)
            || tag is "DT" or "PRP$" or "CD" or "POS" or "HYPH" || (tag == "VBN" && i + 1 < found.Tokens.Length && Tag(i + 1).StartsWith("NN", StringComparison.Ordinal))
            || Word(i) == "-";
    }

    private static int[] Index(Annotations found, Func<TextSpan, int> edge)
    {
        var map = new int[found.Tokens.Length];
        Array.Fill(map, -1);
        var tokens = found.Tokens;
        var t = 0;
        var byOffset = new Dictionary<int, int>();
        for (; t < tokens.Length; t++)
        {
            byOffset[edge(tokens[t].Span)] = t;
        }
        for (var k = 0; k < found.Entities.Length; k++)
        {
            if (byOffset.TryGetValue(edge(found.Entities[k].Span), out var token))
            {
                map[token] = k;
            }
        }
        return map;
    }
}
