using System.Collections.Frozen;
using Chronicle.Recognizers.Places;

namespace Chronicle.Events;

/// <summary>
/// Names of countries the gazetteer's place names miss: abbreviations and official long names news uses for a
/// state (<c>PRC</c>, <c>the Democratic People's Republic of Korea</c>) and a country's name misspelt by one letter
/// (<c>Ethopia</c>, <c>Afganistan</c>), as wire copy often has. Built once per events stage.
/// </summary>
internal sealed class CountryNames
{
    // Abbreviations and official names for states that news writes as their name (public knowledge).
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Official =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["PRC"] = "CN", ["People's Republic of China"] = "CN", ["DPRK"] = "KP", ["Democratic People's Republic of Korea"] = "KP",
            ["ROK"] = "KR", ["Republic of Korea"] = "KR", ["ROC"] = "TW", ["Republic of China"] = "TW", ["UAE"] = "AE",
            ["USSR"] = "SU", ["Soviet Union"] = "SU", ["FRY"] = "RS", ["DRC"] = "CD", ["Democratic Republic of Congo"] = "CD",
            ["Democratic Republic of the Congo"] = "CD", ["Islamic Republic of Iran"] = "IR", ["Russian Federation"] = "RU",
            // States gone since 1991, coded as ISO 3166-3 keeps them (as their adjectives are in `Territories`); the
            // gazetteer places them at their largest successor (`Yugoslavia` at Serbia).
            ["U.S.S.R."] = "SU", ["Yugoslavia"] = "YU", ["Czechoslovakia"] = "CS", ["East Germany"] = "DD",
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Gazetteer gazetteer;
    private readonly (string Name, string Code)[] countries;

    public CountryNames(Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        var list = new List<(string, string)>();
        Span<char> code = stackalloc char[2];
        for (var a = 'A'; a <= 'Z'; a++)
        {
            for (var b = 'A'; b <= 'Z'; b++)
            {
                code[0] = a;
                code[1] = b;
                var key = new string(code);
                // A misspelling of a short name is too often another word: only names of six letters or more.
                if (gazetteer.Country(key) is { Name.Length: >= 6 } entry && !entry.Name.Contains(' ', StringComparison.Ordinal))
                {
                    list.Add((entry.Name, key));
                }
            }
        }

        countries = [.. list];
    }

    /// <summary>The most words an official name above has (<c>Democratic People's Republic of Korea</c>, with <c>'s</c>).</summary>
    public const int MaxTokens = 7;

    /// <summary>The country an abbreviation or official name stands for (<c>DPRK</c> → KP), else null.</summary>
    public static string? OfficialCountry(ReadOnlySpan<char> name)
    {
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        return Official.TryGetValue(name, out var code) ? code : null;
    }

    /// <summary>The country a name of a state not in the gazetteer stands for: official, else misspelt by one letter.</summary>
    public string? Find(ReadOnlySpan<char> name) => OfficialCountry(name) ?? Misspelt(name);

    /// <summary>
    /// The country a capitalised word of six letters or more names when it is one letter away from the country's
    /// name (one letter added, dropped, changed or two swapped) and the gazetteer knows no place of that spelling.
    /// </summary>
    public string? Misspelt(ReadOnlySpan<char> word)
    {
        if (word.Length < 6 || !char.IsUpper(word[0]) || gazetteer.Contains(word) || gazetteer.CountryOfDemonym(word) is not null)
        {
            return null;
        }

        string? found = null;
        foreach (var (name, code) in countries)
        {
            if (Math.Abs(name.Length - word.Length) <= 1 && OneEditApart(word, name))
            {
                if (found is not null && found != code)
                {
                    return null;
                }

                found = code;
            }
        }

        return found;
    }

    // Case-insensitive: one insertion, deletion, substitution or transposition of neighbours, not zero.
    internal static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        var i = 0;
        while (i < a.Length && char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[i]))
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            if (i == a.Length)
            {
                return false;
            }

            var transposed = i + 1 < a.Length && Eq(a[i], b[i + 1]) && Eq(a[i + 1], b[i]) && Same(a[(i + 2)..], b[(i + 2)..]);
            return transposed || Same(a[(i + 1)..], b[(i + 1)..]);
        }

        return b.Length == a.Length + 1 && Same(a[i..], b[(i + 1)..]);
    }

    private static bool Eq(char x, char y) => char.ToLowerInvariant(x) == char.ToLowerInvariant(y);

    private static bool Same(ReadOnlySpan<char> x, ReadOnlySpan<char> y) => x.Equals(y, StringComparison.OrdinalIgnoreCase);
}
