using System.Collections.Frozen;
using Chronicle.Recognizers.Places;

namespace Chronicle.Events;

/// <summary>
/// The country an actor-coding scheme gives a place that is not itself a country: occupied or disputed
/// territories (the West Bank and Gaza are Palestinian in CAMEO and ICEWS, whatever the gazetteer's nearest
/// namesake says) and a compass part of a country (<c>South Lebanon</c>, <c>western Cambodia</c>).
/// </summary>
internal static class Territories
{
    // Territories named in international news whose code is that of the people who live there, as CAMEO's
    // country actors code them (public knowledge, not taken from any corpus).
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Codes =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["West Bank"] = "PS", ["Gaza"] = "PS", ["Gaza Strip"] = "PS", ["East Jerusalem"] = "PS",
            ["Golan Heights"] = "SY", ["Golan"] = "SY", ["Northern Ireland"] = "GB", ["Chechnya"] = "RU",
            ["Darfur"] = "SD", ["Tibet"] = "CN", ["Crimea"] = "UA", ["Donbas"] = "UA", ["Abkhazia"] = "GE",
            ["South Ossetia"] = "GE", ["Transnistria"] = "MD", ["Nagorno-Karabakh"] = "AZ",
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Peoples that news names by a word the country lists lack (`Serb forces`, `Croat militias`): the state they
    // are the titular people of, which a national adjective elsewhere in the phrase (`Bosnian Serbs`) overrides.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Peoples =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Bosnian"] = "BA", ["Bosnians"] = "BA", ["Herzegovinian"] = "BA", ["Serb"] = "RS", ["Serbs"] = "RS", ["Croat"] = "HR", ["Croats"] = "HR", ["Bosniak"] = "BA", ["Bosniaks"] = "BA",
            ["Kosovar"] = "XK", ["Kosovars"] = "XK", ["Slovak"] = "SK", ["Slovaks"] = "SK", ["Pole"] = "PL", ["Poles"] = "PL",
            ["Brit"] = "GB", ["Brits"] = "GB", ["Scot"] = "GB", ["Scots"] = "GB", ["Dane"] = "DK", ["Danes"] = "DK",
            ["Swede"] = "SE", ["Swedes"] = "SE", ["Finn"] = "FI", ["Finns"] = "FI", ["Turk"] = "TR", ["Turks"] = "TR",
            ["Malay"] = "MY", ["Malays"] = "MY", ["Saudi"] = "SA", ["Saudis"] = "SA",
            // States gone since 1991 that archives name by their adjective (`Soviet officials`, `Yugoslav troops`), coded
            // as ISO 3166-3 keeps them (SU, YU, CS, DD).
            ["Soviet"] = "SU", ["Soviets"] = "SU", ["Yugoslav"] = "YU", ["Yugoslavs"] = "YU", ["Czechoslovak"] = "CS",
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The country of a people's name the gazetteer's demonyms lack (<c>Serb</c> → RS), else null.</summary>
    public static string? CountryOfPeople(ReadOnlySpan<char> word) => Peoples.TryGetValue(word, out var code) ? code : null;

    private static readonly string[] Compass =
    [
        "north ", "south ", "east ", "west ", "northern ", "southern ", "eastern ", "western ", "central ",
        "northeastern ", "northwestern ", "southeastern ", "southwestern ", "north-eastern ", "north-western ",
        "south-eastern ", "south-western ",
    ];

    /// <summary>The country of the place named <paramref name="name"/> when it is a territory or a part of a country, else null.</summary>
    public static string? CountryOf(ReadOnlySpan<char> name, Gazetteer gazetteer)
    {
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        if (Codes.TryGetValue(name, out var code))
        {
            return code;
        }

        foreach (var word in Compass)
        {
            if (name.Length > word.Length && name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                var rest = name[word.Length..];
                if (Codes.TryGetValue(rest, out code))
                {
                    return code;
                }

                foreach (var i in gazetteer.Find(rest))
                {
                    if (gazetteer.Entry(i) is { Precision: GeoPrecision.Country, Country.Length: > 0 } entry)
                    {
                        return entry.Country;
                    }
                }
            }
        }

        return null;
    }
}
