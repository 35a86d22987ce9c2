using System.Collections.Frozen;
using System.Collections.Immutable;
using System.IO.Compression;
using Chronicle.Recognizers.Names;

namespace Chronicle.Resolution.Actors;

/// <summary>
/// The actors Chronicle knows before it reads anything: people, organisations and armed groups of PETRARCH2's
/// Phoenix dictionaries with their names and dated roles, and its generic agents (<c>police</c>,
/// <c>protesters</c>) with their sectors. Built by <c>tools/BuildActors</c>; loaded once, immutable.
/// Places are not looked up here: the gazetteer resolves them.
/// </summary>
public sealed class ActorLexicon
{
    private readonly ImmutableArray<ActorEntry> entries;
    // Plain dictionaries: freezing ~100k string keys took a large share of start-up for a few lookups an article.
    private readonly Dictionary<string, int[]> byName;
    private readonly Dictionary<string, int[]> bySurname;
    // One-word leaders (`Saddam`, `Bush`): the entries whose first or last name word is this one and that hold a dated
    // post of a state's government or armed forces, indexed once here rather than searched per mention.
    private readonly Dictionary<string, int[]> byNameWord;
    private readonly Dictionary<string, string> agents;

    private ActorLexicon(ImmutableArray<ActorEntry> entries, Dictionary<string, string> agents)
    {
        this.entries = entries;
        this.agents = agents;
        var names = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var surnames = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var nameWords = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            foreach (var name in entries[i].Names)
            {
                var key = Key(name);
                Add(names, key, i);
                if (key.LastIndexOf(' ') is var space and > 0)
                {
                    Add(surnames, key[(space + 1)..], i);
                    if (entries[i].Roles.Any(IsDatedStatePost))
                    {
                        Add(nameWords, key[(space + 1)..], i);
                        Add(nameWords, key[..key.IndexOf(' ', StringComparison.Ordinal)], i);
                    }
                }
            }
        }

        byName = names.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        bySurname = surnames.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        byNameWord = nameWords.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The number of actors (people, organisations, groups).</summary>
    public int Count => entries.Length;

    /// <summary>
    /// The actor called <paramref name="name"/> in an article of <paramref name="published"/>: a name the
    /// dictionary lists (<c>Putin</c>, <c>President Putin</c>), or a full name whose surname and given names
    /// all appear in one of the actor's names (<c>Ali Khamenei</c>). When several actors fit, the one whose
    /// role holds on the article's date wins; if that does not decide, there is no answer rather than a guess.
    /// Only people are matched on partial names (<paramref name="partialNames"/>).
    /// </summary>
    public ActorEntry? Find(string name, DateOnly? published, bool partialNames)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Key(name);
        if (key.Length == 0)
        {
            return null;
        }

        if (byName.TryGetValue(key, out var exact))
        {
            return Decide(exact, published);
        }

        var words = WithoutInitials(key.Split(' '));
        if (!partialNames || words.Length < 2 || !bySurname.TryGetValue(words[^1], out var sharing))
        {
            return null;
        }

        var fitting = sharing.Where(i => entries[i].Names.Any(n => ContainsAll(Key(n).Split(' '), words))).ToArray();
        return Decide(fitting, published);
    }

    /// <summary>
    /// The one person whose names end in <paramref name="surname"/> and who holds a role on <paramref name="published"/>
    /// (<c>Macron</c> in 2024), or null when no one or several do, or the article has no date.
    /// </summary>
    public ActorEntry? FindSurname(string surname, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(surname);
        var key = Key(surname);
        if (published is not { } day || key.Length == 0 || key.Contains(' ', StringComparison.Ordinal) || !bySurname.TryGetValue(key, out var sharing))
        {
            return null;
        }

        var active = sharing.Distinct().Where(i => entries[i].ActiveOn(day)).Take(2).ToArray();
        return active.Length == 1 ? entries[active[0]] : null;
    }

    /// <summary>
    /// The country of the actor called <paramref name="name"/> on <paramref name="published"/>, found as
    /// <see cref="Find"/> does; when several actors fit but all of them held a role of the same country that day
    /// (<c>President Bush</c> names two presidents), that country: who it is stays open, where it is from does not.
    /// </summary>
    public string? CountryOf(string name, DateOnly? published, bool partialNames)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Key(name);
        if (key.Length == 0)
        {
            return null;
        }

        int[] candidates;
        if (byName.TryGetValue(key, out var exact))
        {
            candidates = exact;
        }
        else
        {
            var words = WithoutInitials(key.Split(' '));
            if (!partialNames || words.Length < 2 || !bySurname.TryGetValue(words[^1], out var sharing))
            {
                return null;
            }

            candidates = [.. sharing.Where(i => entries[i].Names.Any(n => ContainsAll(Key(n).Split(' '), words)))];
        }

        if (candidates.Length > 1 && published is { } day && candidates.Where(i => entries[i].ActiveOn(day)).ToArray() is { Length: > 0 } active)
        {
            candidates = active;
        }

        var countries = candidates.Select(i => entries[i].RoleOn(published)?.Country).Distinct().ToArray();
        return countries is [{ } country] ? country : null;
    }

    /// <summary>
    /// The country of the leaders one name word stands for on <paramref name="published"/> (<c>Saddam</c>, <c>Mr Bush</c> in
    /// 1990): every actor with a name whose first or last word is <paramref name="word"/> and a dated post of a state's
    /// government or armed forces that holds that day; null when none does, when they serve different countries
    /// (<c>Brown</c>), or the article has no date.
    /// </summary>
    public string? LeaderOn(string word, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = Key(word);
        if (key.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 && Titles.Contains(key[..space]))
        {
            key = key[(space + 1)..];
        }

        if (published is not { } day || key.Length == 0 || key.Contains(' ', StringComparison.Ordinal) || !byNameWord.TryGetValue(key, out var sharing))
        {
            return null;
        }

        string? country = null;
        foreach (var i in sharing)
        {
            foreach (var role in entries[i].Roles)
            {
                if (IsDatedStatePost(role) && role.HoldsOn(day))
                {
                    if (country is not null && country != role.Country)
                    {
                        return null;
                    }

                    country = role.Country;
                }
            }
        }

        return country;
    }

    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.Ordinal, "mr", "mrs", "ms", "president");

    private static bool IsDatedStatePost(ActorRoleSpan role) =>
        role.Country is not null && role.Sector is "government" or "military" && (role.From is not null || role.To is not null);

    /// <summary>
    /// Whether an actor the dictionary names exactly holds a post above states on <paramref name="published"/> (a dated
    /// <c>IGO</c> role: NATO's secretary general, the UN's): such a person acts for no state, whatever other entries say.
    /// </summary>
    public bool AboveStatesOn(string name, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(name);
        return published is { } day && Key(name) is { Length: > 0 } key && byName.TryGetValue(key, out var found)
            && found.Any(i => entries[i].Roles.Any(r => r.Code.StartsWith("IGO", StringComparison.Ordinal)
                && (r.From is not null || r.To is not null) && r.HoldsOn(day)));
    }

    // `George W. Bush` and `George W Bush`, `U.S.` and `US`: an initial's or an abbreviation's dots are no part of the name.
    // `John F. Kerry`: a middle initial is left out of a full name matched on its words, as the dictionary rarely has it.
    private static string[] WithoutInitials(string[] words) =>
        words.Length > 2 && words.Count(w => w.Length > 1) >= 2 && words.Any(w => w.Length == 1) ? [.. words.Where(w => w.Length > 1)] : words;

    private static string Key(string name) =>
        CanonicalNames.MatchKey(name.Contains('.', StringComparison.Ordinal) ? name.Replace(".", "", StringComparison.Ordinal) : name);

    /// <summary>The sector of a generic agent phrase (<c>riot police</c> → police, <c>protesters</c> → opposition), or null.</summary>
    public string? SectorOfAgent(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var key = string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        return agents.TryGetValue(key, out var code)
            || (key.EndsWith('S') && agents.TryGetValue(key[..^1], out code))
            ? CameoCodes.SectorOf(code)
            : null;
    }

    /// <summary>Reads <c>actors.tsv.gz</c> as written by <c>tools/BuildActors</c>.</summary>
    public static ActorLexicon Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var alpha3 = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<string[]>();
        var agents = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            switch (f)
            {
                case ["C", var a3, var a2]:
                    alpha3[a3] = a2;
                    break;
                case ["A", _, _, _]:
                    rows.Add(f);
                    break;
                case ["G", var phrase, var code]:
                    agents.TryAdd(phrase, code);
                    break;
                default:
                    break;
            }
        }

        var codes = new CameoCodes(alpha3.ToFrozenDictionary(StringComparer.Ordinal));
        var entries = ImmutableArray.CreateBuilder<ActorEntry>(rows.Count);
        foreach (var f in rows)
        {
            var roles = f[3].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(codes.Parse).ToImmutableArray();
            if (roles.All(r => r.Sector is null && r.Country is not null))
            {
                continue; // a country and its cities, coded as the state: the gazetteer's business
            }

            entries.Add(new ActorEntry(f[1], [f[1], .. f[2].Split('|', StringSplitOptions.RemoveEmptyEntries)], roles));
        }

        return new ActorLexicon(entries.ToImmutable(), agents);
    }

    private ActorEntry? Decide(int[] candidates, DateOnly? published)
    {
        var distinct = candidates.Distinct().ToArray();
        if (distinct.Length > 1 && published is { } day)
        {
            distinct = [.. distinct.Where(i => entries[i].ActiveOn(day))];
        }

        return distinct.Length == 1 ? entries[distinct[0]] : null;
    }

    private static bool ContainsAll(string[] name, string[] words) =>
        name.Length > 0 && name[^1] == words[^1] && words.All(w => name.Contains(w, StringComparer.Ordinal));

    private static void Add(Dictionary<string, List<int>> index, string key, int entry)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != entry)
        {
            list.Add(entry);
        }
    }
}
