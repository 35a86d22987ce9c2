using System.Collections.Frozen;

namespace Chronicle.Recognizers.Names;

/// <summary>
/// Gives each name in an article the fullest form of its entity there: <c>Putin</c> after <c>Vladimir Putin</c> gets
/// <c>Vladimir Putin</c>. Titles are dropped from the canonical form, and particles (<c>al-</c>, <c>bin</c>,
/// <c>van</c>, <c>de</c>) are ignored when matching, so <c>Bashar Assad</c> and <c>Bashar al-Assad</c> are one name.
/// </summary>
public static class CanonicalNames
{
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "president", "supreme", "leader", "gen.", "gen", "general", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr",
        "prime", "minister", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "sen.", "senator", "rep.",
        "gov.", "governor", "lt.", "col.", "colonel", "capt.", "captain", "sgt.", "adm.", "admiral", "pope", "rev.",
        "judge", "chancellor", "secretary", "sir", "lord", "lady", "dame", "mayor", "speaker", "premier", "emir",
        "foreign", "defence", "defense", "vice", "deputy", "chairman", "chief", "maj.", "major", "brig.", "field", "marshal");

    private static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "al", "el", "bin", "ibn", "ben", "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "abu");

    /// <summary>The canonical form of each name, given each name's words and type, in text order.</summary>
    public static string[] Assign(IReadOnlyList<(IReadOnlyList<string> Words, EntityType Type)> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var forms = names.Select(n => StripTitles(n.Words, n.Type)).ToArray();
        var keys = forms.Select(Key).ToArray();
        var result = new string[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            var best = i;
            for (var j = 0; j < names.Count; j++)
            {
                if (names[j].Type != names[i].Type || !Contains(keys[j], keys[i]) || keys[i].Length == 0)
                {
                    continue;
                }

                // `Kuwait` and `Kuwait City`, `Sudan` and `South Sudan`, `Mexico` and `New Mexico`: a place named in
                // fewer words is another place, not a short form of the longer one.
                if (names[i].Type is EntityType.Gpe or EntityType.Loc && keys[j].Length != keys[i].Length)
                {
                    continue;
                }
                if (Better(j, best, keys, forms))
                {
                    best = j;
                }
            }
            result[i] = string.Join(' ', forms[best]);
        }
        return result;
    }

    // More matching words wins; then, among equally full forms of different people, the one the article names first
    // (`Ted Cruz ... his wife, Heidi Cruz ... Cruz said`: a relative or namesake brought in later is called by a first
    // name or in full, and the bare surname stays with the article's first bearer); then the longer text.
    private static bool Better(int j, int best, string[][] keys, IReadOnlyList<string>[] forms)
    {
        if (keys[j].Length != keys[best].Length)
        {
            return keys[j].Length > keys[best].Length;
        }
        if (!keys[j].SequenceEqual(keys[best], StringComparer.Ordinal))
        {
            return j < best;
        }
        return forms[j].Sum(w => w.Length + 1) > forms[best].Sum(w => w.Length + 1);
    }

    private static IReadOnlyList<string> StripTitles(IReadOnlyList<string> words, EntityType type)
    {
        // An editor's brackets inside a name (`President [Jane] Doe`) are not part of it.
        if (words.Any(IsBracket))
        {
            words = [.. words.Where(w => !IsBracket(w))];
        }

        if (type != EntityType.Person)
        {
            return words;
        }
        var skip = 0;
        while (skip < words.Count - 1 && Titles.Contains(words[skip]))
        {
            skip++;
        }
        return words.Skip(skip).ToArray();
    }

    private static bool IsBracket(string word) => word.Length > 0 && word.All(c => c is '[' or ']' or '(' or ')');

    /// <summary>
    /// The form two names must share to be the same name: lower case, titles kept, particles and possessives dropped
    /// (<c>Bashar al-Assad</c> and <c>Bashar Assad</c> both give <c>bashar assad</c>).
    /// </summary>
    public static string MatchKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', Key(name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
    }

    private static string[] Key(IReadOnlyList<string> words)
    {
        var key = new List<string>();
        foreach (var raw in words)
        {
            var w = raw.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? raw[..^2] : raw;
            var dash = w.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && Particles.Contains(w[..dash]))
            {
                w = w[(dash + 1)..];
            }
            if (w.Length > 0 && !Particles.Contains(w) && w != "'s")
            {
                key.Add(w.ToLowerInvariant());
            }
        }
        return [.. key];
    }

    // Whether all of `part` appears in `whole`, in order.
    private static bool Contains(string[] whole, string[] part)
    {
        var at = 0;
        foreach (var w in whole)
        {
            if (at < part.Length && string.Equals(w, part[at], StringComparison.Ordinal))
            {
                at++;
            }
        }
        return at == part.Length;
    }
}
