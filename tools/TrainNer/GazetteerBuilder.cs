using System.Globalization;
using System.Text.Json;
using Chronicle.Recognizers.Names;

namespace Chronicle.Tools.TrainNer;

/// <summary>Builds the gazetteer phrases from GeoNames cities500, world-countries, PETRARCH2 and places-and-groups.txt.</summary>
internal sealed class GazetteerBuilder
{
    private const int MaxWords = 6;
    private static readonly string[] ReligionCodes = ["MUS", "CHR", "REL", "HIN", "JEW", "BUD", "PTY", "RAD"];
    private static readonly string[] GroupSuffixes = ["ist", "ian", "an", "ic", "ite", "i", "u", "ish", "im"];

    public Dictionary<ulong, GazetteerFlags> Phrases { get; } = [];

    public int Longest { get; private set; }

    public void Add(string phrase, GazetteerFlags flags)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 || words.Length > MaxWords)
        {
            return;
        }
        var hashes = words.Select(w => TextHash.Folded(w)).ToArray();
        for (var m = 1; m < hashes.Length; m++)
        {
            var prefix = NameLexicon.PhraseKey(hashes.AsSpan(0, m));
            Phrases[prefix] = Phrases.GetValueOrDefault(prefix) | GazetteerFlags.Prefix;
        }
        var key = NameLexicon.PhraseKey(hashes);
        Phrases[key] = Phrases.GetValueOrDefault(key) | flags;
        Longest = Math.Max(Longest, words.Length);
    }

    public void AddCities(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 15)
            {
                continue;
            }
            var population = long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;
            var flags = GazetteerFlags.City | (population >= 100_000 ? GazetteerFlags.BigCity : 0);
            Add(f[1], flags);
            Add(f[2], flags);
        }
    }

    public void AddCountries(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var name = c.GetProperty("name");
            Add(name.GetProperty("common").GetString()!, GazetteerFlags.Country);
            Add(name.GetProperty("official").GetString()!, GazetteerFlags.Country);
            foreach (var alt in c.GetProperty("altSpellings").EnumerateArray())
            {
                Add(alt.GetString()!, GazetteerFlags.Country);
            }
            foreach (var capital in c.TryGetProperty("capital", out var caps) ? caps.EnumerateArray() : default)
            {
                Add(capital.GetString()!, GazetteerFlags.City | GazetteerFlags.BigCity);
            }
            if (c.TryGetProperty("demonyms", out var demonyms) && demonyms.TryGetProperty("eng", out var eng))
            {
                foreach (var d in new[] { eng.GetProperty("m").GetString(), eng.GetProperty("f").GetString() })
                {
                    if (!string.IsNullOrEmpty(d))
                    {
                        Add(d, GazetteerFlags.Demonym);
                        Add(Plural(d), GazetteerFlags.Demonym);
                    }
                }
            }
        }
    }

    public void AddPlacesAndGroups(string path)
    {
        var flags = GazetteerFlags.None;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (line[0] == '[')
            {
                flags = line switch
                {
                    "[admin1]" => GazetteerFlags.Admin1,
                    "[region]" => GazetteerFlags.Region,
                    _ => GazetteerFlags.GroupWord,
                };
                continue;
            }
            Add(line, flags);
            if (flags == GazetteerFlags.GroupWord)
            {
                Add(Plural(line), flags);
            }
        }
    }

    /// <summary>
    /// PETRARCH2 actors: an entry whose roles carry dates is a person (office holders), one whose codes are longer than
    /// a bare country code is an organisation; religious agents give group words.
    /// </summary>
    public void AddActors(string path, bool allOrganisations)
    {
        foreach (var (names, roles) in PetrarchEntries(path))
        {
            var dated = roles.Any(char.IsDigit);
            var codes = roles.Split('[', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(' ', ']')[0].Trim()).ToList();
            var isPerson = dated && !allOrganisations;
            var isOrg = allOrganisations || (!dated && codes.Any(c => c.Length > 3));
            foreach (var name in names)
            {
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (isPerson)
                {
                    Add(name, GazetteerFlags.Person);
                    if (words.Length > 1)
                    {
                        Add(words[0], GazetteerFlags.FirstName);
                    }
                    Add(words[^1], GazetteerFlags.LastName);
                }
                else if (isOrg)
                {
                    Add(name, GazetteerFlags.Org);
                }
            }
        }
    }

    public void AddReligiousAgents(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var at = line.IndexOf("[~", StringComparison.Ordinal);
            if (line.StartsWith('#') || at < 0 || !ReligionCodes.Any(c => line.AsSpan(at + 2).StartsWith(c, StringComparison.Ordinal)))
            {
                continue;
            }
            var entry = line[..line.IndexOfAny([' ', '\t'])].Split('!')[0];
            var words = entry.Split('_', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 || GroupSuffixes.Any(s => words[0].EndsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                Add(words[0], GazetteerFlags.GroupWord);
                Add(Plural(words[0]), GazetteerFlags.GroupWord);
            }
        }
    }

    private static string Plural(string word) =>
        word.EndsWith('s') || word.EndsWith("ese", StringComparison.Ordinal) ? word : word + "s";

    private static IEnumerable<(List<string> Names, string Roles)> PetrarchEntries(string path)
    {
        List<string>? names = null;
        var roles = "";
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Split('#')[0];
            if (line.Trim().Length == 0)
            {
                continue;
            }
            if (char.IsWhiteSpace(line[0]))
            {
                roles += line;
                continue;
            }
            var bracket = line.IndexOf('[', StringComparison.Ordinal);
            var head = (bracket < 0 ? line : line[..bracket]).Trim().TrimStart('+');
            var name = Clean(head);
            if (line[0] == '+' && names is not null)
            {
                names.Add(name);
                roles += bracket < 0 ? "" : line[bracket..];
                continue;
            }
            if (names is not null)
            {
                yield return (names, roles);
            }
            names = [name];
            roles = bracket < 0 ? "" : line[bracket..];
        }
        if (names is not null)
        {
            yield return (names, roles);
        }
    }

    private static string Clean(string head)
    {
        var paren = head.IndexOf('(', StringComparison.Ordinal);
        var name = paren < 0 ? head : head[..paren];
        return name.Replace('_', ' ').Trim();
    }
}
