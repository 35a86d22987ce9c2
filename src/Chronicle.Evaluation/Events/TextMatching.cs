using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chronicle.Evaluation.Events;

/// <summary>
/// <c>score_articles.py</c>'s text rules: <c>norm</c>, <c>occurrences</c>, <c>names_of</c>, <c>name_match</c>.
/// Offsets are UTF-16 code units, as the output contract's are (the script counts code points: the same on text
/// without characters beyond the Basic Multilingual Plane).
/// </summary>
internal static partial class TextMatching
{
    /// <summary>Lower case, curly single quotes folded, whitespace collapsed and trimmed.</summary>
    public static string Norm(string? s) => Whitespace().Replace(NormKeep(s), " ").Trim();

    /// <summary>Lower case and curly single quotes folded; the same length as <paramref name="s"/>.</summary>
    public static string NormKeep(string? s) => (s ?? string.Empty).ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'');

    /// <summary>Every [start, end) where <paramref name="needle"/> occurs in <paramref name="text"/>, overlapping ones included.</summary>
    public static List<(int Start, int End)> Occurrences(string text, string needle)
    {
        var t = NormKeep(text);
        var n = NormKeep(needle);
        var found = new List<(int, int)>();
        if (n.Length == 0)
        {
            return found;
        }

        for (var i = t.IndexOf(n, StringComparison.Ordinal); i >= 0; i = t.IndexOf(n, i + 1, StringComparison.Ordinal))
        {
            found.Add((i, i + n.Length));
        }

        return found;
    }

    public static bool Overlaps((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;

    /// <summary>Every name a system actor, speaker or entity carries.</summary>
    public static List<string> NamesOf(JsonElement? x)
    {
        var names = new List<string>();
        if (x is not { } value)
        {
            return names;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            names.Add(value.GetString()!);
            return names;
        }

        foreach (var key in (string[])["text", "canonical", "name", "entity", "label"])
        {
            var v = Py.Get(value, key);
            if (v?.ValueKind == JsonValueKind.String)
            {
                names.Add(v.Value.GetString()!);
            }
            else if (v?.ValueKind == JsonValueKind.Object)
            {
                names.AddRange(NamesOf(v));
            }
        }

        names.AddRange(Py.List(Py.Get(value, "aliases")).Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!));
        return names;
    }

    /// <summary>Equal, one containing the other (3 or 4 characters at least), or the same last name of 4 or more letters.</summary>
    public static bool NameMatch(IEnumerable<string> system, IEnumerable<string> gold)
    {
        var s = system.Where(n => !string.IsNullOrEmpty(n)).Select(Norm).ToList();
        var g = gold.Where(n => !string.IsNullOrEmpty(n)).Select(Norm).ToList();
        foreach (var a in s)
        {
            foreach (var b in g)
            {
                if (a.Length == 0 || b.Length == 0)
                {
                    continue;
                }

                if (a == b || (b.Length >= 3 && a.Contains(b, StringComparison.Ordinal)) || (a.Length >= 4 && b.Contains(a, StringComparison.Ordinal)))
                {
                    return true;
                }

                var last = a.Split(' ')[^1];
                if (last == b.Split(' ')[^1] && last.Length >= 4)
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
