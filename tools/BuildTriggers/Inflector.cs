namespace BuildTriggers;

/// <summary>English inflection by suffix rules: verbs get -s, -ed, -ing forms; nouns their plural.</summary>
internal static class Inflector
{
    public static IEnumerable<string> Forms(TriggerEntry entry)
    {
        var forms = new SortedSet<string>(StringComparer.Ordinal) { entry.Lemma };
        var words = entry.Lemma.Split(' ');
        if (entry.Kind == "V")
        {
            var head = words[0];
            var rest = words.Length > 1 ? " " + string.Join(' ', words[1..]) : "";
            if (entry.Irregular.Count > 0 && entry.Irregular.Any(f => f.Contains(' ', StringComparison.Ordinal)))
            {
                forms.UnionWith(entry.Irregular);
            }
            else
            {
                foreach (var form in entry.Irregular.Count > 0 ? entry.Irregular : [ThirdPerson(head), Past(head), Gerund(head)])
                {
                    forms.Add(form + rest);
                }
            }
        }
        else if (!words[^1].EndsWith('s'))
        {
            forms.Add(string.Join(' ', words[..^1].Append(Plural(words[^1]))));
        }

        return forms;
    }

    private static bool Vowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // One short syllable ending consonant-vowel-consonant doubles its last letter: stop, stopped.
    private static bool Doubles(string w) =>
        w.Length is >= 3 and <= 4 && !Vowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && Vowel(w[^2]) && !Vowel(w[^3])
        && w.Count(Vowel) == 1;

    private static string ThirdPerson(string w) =>
        w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal) ? w + "es"
        : w.EndsWith('y') && !Vowel(w[^2]) ? w[..^1] + "ies"
        : w + "s";

    private static string Past(string w) =>
        w.EndsWith('e') ? w + "d"
        : w.EndsWith('y') && !Vowel(w[^2]) ? w[..^1] + "ied"
        : Doubles(w) ? w + w[^1] + "ed"
        : w + "ed";

    private static string Gerund(string w) =>
        w.EndsWith("ie", StringComparison.Ordinal) ? w[..^2] + "ying"
        : w.EndsWith('e') && !w.EndsWith("ee", StringComparison.Ordinal) ? w[..^1] + "ing"
        : Doubles(w) ? w + w[^1] + "ing"
        : w + "ing";

    private static string Plural(string w) => ThirdPerson(w);
}
