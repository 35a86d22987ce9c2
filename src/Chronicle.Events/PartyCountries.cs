using System.Collections.Frozen;

namespace Chronicle.Events;

/// <summary>
/// National parties whose bare names (<c>Labour MPs</c>, <c>the Tories</c>, <c>a Republican senator</c>) say whose
/// politics an actor is in: the actor dictionary lists leaders and armed groups, not parties. A name is read as a party
/// of the article's own country only (`the Labour ministry` of another state is no British party), or, in an article
/// whose country is unknown, of the country that uses it most.
/// </summary>
internal static class PartyCountries
{
    private static readonly FrozenDictionary<string, string[]> Parties = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Labour"] = ["GB", "IE", "NZ", "IL"],
        ["Conservative"] = ["GB", "CA"],
        ["Conservatives"] = ["GB", "CA"],
        ["Tory"] = ["GB", "CA"],
        ["Tories"] = ["GB", "CA"],
        ["Liberal Democrat"] = ["GB"],
        ["Liberal Democrats"] = ["GB"],
        ["Lib Dem"] = ["GB"],
        ["Lib Dems"] = ["GB"],
        ["SNP"] = ["GB"],
        ["Plaid Cymru"] = ["GB"],
        ["UKIP"] = ["GB"],
        ["BNP"] = ["GB"],
        ["Republicans"] = ["US"],
        ["GOP"] = ["US"],
        ["BJP"] = ["IN"],
        ["Likud"] = ["IL"],
        ["Fianna Fail"] = ["IE"],
        ["Fine Gael"] = ["IE"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Parties.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest number of words a party's name here has.</summary>
    public const int MaxWords = 2;

    /// <summary>
    /// The country of the party named by <paramref name="name"/> (`Labour`, `the Conservative Party`) when it is
    /// <paramref name="home"/> or <paramref name="focus"/>, or the name's first country when both are unknown; else null.
    /// </summary>
    public static string? Of(ReadOnlySpan<char> name, string? home, string? focus)
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

        if (!Lookup.TryGetValue(name, out var countries))
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
