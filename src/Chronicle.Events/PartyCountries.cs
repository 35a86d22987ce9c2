using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Events;

/// <summary>
/// National parties whose bare names (<c>Labour MPs</c>, <c>the Tories</c>, <c>a Republican senator</c>) say whose
/// politics an actor is in: the actor dictionary lists leaders and armed groups, not parties. A name is read as a party
/// of the article's own country only (`the Labour ministry` of another state is no British party), or, in an article
/// whose country is unknown, of the country that uses it most. Read from <c>data/events/parties.tsv</c>.
/// </summary>
public sealed class PartyCountries
{
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private PartyCountries(FrozenDictionary<string, string[]> parties, int maxWords)
    {
        lookup = parties.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = parties.Count;
        MaxWords = maxWords;
    }

    /// <summary>No parties: actors' countries come from the actor dictionary and the article alone.</summary>
    public static PartyCountries Empty { get; } = new(FrozenDictionary<string, string[]>.Empty, 1);

    /// <summary>The number of party names.</summary>
    public int Count { get; }

    /// <summary>The longest number of words a party's name here has.</summary>
    public int MaxWords { get; }

    /// <summary>Reads the party file.</summary>
    public static PartyCountries Load(string path) => Parse(File.ReadLines(path));

    /// <summary>Reads rows of <c>name, countries</c> (tab-separated; countries comma-separated, most used first).</summary>
    public static PartyCountries Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var parties = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var maxWords = 1;
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"party row without countries: {line}"));
            }

            var name = line[..tab];
            parties[name] = line[(tab + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            maxWords = Math.Max(maxWords, name.Split(' ').Length);
        }

        return new PartyCountries(parties.ToFrozenDictionary(StringComparer.Ordinal), maxWords);
    }

    /// <summary>
    /// The country of the party named by <paramref name="name"/> (`Labour`, `the Conservative Party`) when it is
    /// <paramref name="home"/> or <paramref name="focus"/>, or the name's first country when both are unknown; else null.
    /// </summary>
    public string? Of(ReadOnlySpan<char> name, string? home, string? focus)
    {
        name = name.Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        if (name.EndsWith(" Party", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^6];
        }

        if (!lookup.TryGetValue(name, out var countries))
        {
            return null;
        }

        foreach (var c in countries)
        {
            if (c == home || c == focus)
            {
                return c;
            }
        }

        return home is null && focus is null ? countries[0] : null;
    }
}
