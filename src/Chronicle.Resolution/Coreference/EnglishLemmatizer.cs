using System.Collections.Frozen;

namespace Chronicle.Resolution.Coreference;

/// <summary>
/// A small rule-based English lemmatiser for event triggers: irregular forms from a table, then the regular
/// suffixes <c>-s -es -ies -ed -ied -ing</c> with consonant undoubling. It returns a match key rather than a
/// dictionary form: a final <c>e</c> is dropped, so <c>make</c>, <c>making</c> and <c>made</c> all give
/// <c>mak</c> and need no dictionary to agree.
/// </summary>
public sealed class EnglishLemmatizer
{
    private readonly FrozenDictionary<string, string> _irregular = IrregularForms.Build();

    // Nominalisations and adjectives whose verb no suffix rule reaches (keys and values as Lemma returns them).
    private readonly FrozenDictionary<string, string> _derived = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["death"] = "die", ["dead"] = "die", ["loss"] = "los", ["sal"] = "sell", ["choic"] = "choos",
        ["speech"] = "speak", ["flight"] = "fly", ["proof"] = "prov", ["gift"] = "giv", ["theft"] = "steal",
        ["growth"] = "grow", ["birth"] = "bear",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Lower case without marks around or inside the word (<c>#Oscars®</c> → <c>oscars</c>).</summary>
    private static string Clean(string word)
    {
        var lower = word.Trim().ToLowerInvariant();
        if (lower.All(ch => char.IsLetterOrDigit(ch) || ch is '-' or '\''))
        {
            return lower;
        }
        var kept = new string([.. lower.Where(ch => char.IsLetterOrDigit(ch) || ch is '-' or '\'')]);
        return kept.Length > 0 ? kept : lower;
    }

    /// <summary>The match key of <paramref name="word"/> (lower case).</summary>
    public string Lemma(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = Clean(word);
        if (_irregular.TryGetValue(w, out var lemma))
        {
            return DropFinalE(lemma);
        }
        if (w.Length <= 3 || !w.All(char.IsLetter))
        {
            return DropFinalE(w);
        }
        if (w.EndsWith("ies", StringComparison.Ordinal) || w.EndsWith("ied", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length >= 6)
        {
            return Undouble(w[..^3]);
        }
        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length >= 5)
        {
            return Undouble(w[..^2]);
        }
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal)
            || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
        {
            return w[..^2];
        }
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal))
        {
            return DropFinalE(w[..^1]);
        }
        return DropFinalE(w);
    }

    /// <summary>
    /// A coarser key that also strips common derivational suffixes (<c>election</c> → <c>elect</c>,
    /// <c>announcement</c> → <c>announc</c>), for a looser similarity between a verb and its nominalisation.
    /// </summary>
    public string Stem(string word)
    {
        var lemma = Lemma(word);
        if (_derived.TryGetValue(lemma, out var verb))
        {
            return verb;
        }
        foreach (var suffix in (ReadOnlySpan<string>)["ation", "ition", "ment", "ance", "ence", "ness", "ity", "ion", "ure", "ist", "ee", "al", "er", "or", "y"])
        {
            if (lemma.Length - suffix.Length >= 4 && lemma.EndsWith(suffix, StringComparison.Ordinal))
            {
                return DropFinalE(lemma[..^suffix.Length]);
            }
        }
        return lemma;
    }

    private static string Undouble(string stem)
    {
        if (stem.Length >= 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's' or 'z'))
        {
            return stem[..^1];
        }
        return DropFinalE(stem);
    }

    private static string DropFinalE(string word) =>
        word.Length > 3 && word.EndsWith('e') && !word.EndsWith("ee", StringComparison.Ordinal) ? word[..^1] : word;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
