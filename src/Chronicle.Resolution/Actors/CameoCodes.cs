using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Resolution.Actors;

/// <summary>
/// Reads CAMEO actor codes: three letters of country (ISO 3166 alpha-3) or of an international kind
/// (<c>IGO</c>, <c>IMG</c>, <c>NGO</c>), then three-letter sector codes; and PETRARCH's date ranges
/// (<c>991231-080507</c>, <c>&gt;080508</c>, <c>&lt;19890604</c>; six-digit dates are YYMMDD).
/// </summary>
internal sealed class CameoCodes(FrozenDictionary<string, string> alpha3To2)
{
    private static readonly FrozenDictionary<string, string> Sectors = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GOV"] = "government", ["MIL"] = "military", ["COP"] = "police", ["SPY"] = "intelligence",
        ["JUD"] = "judiciary", ["LEG"] = "legislature", ["ELI"] = "elite", ["PTY"] = "party",
        ["OPP"] = "opposition", ["REB"] = "rebels", ["INS"] = "insurgents", ["SEP"] = "separatists",
        ["UAF"] = "armed group", ["IMG"] = "armed group", ["CRM"] = "criminals", ["MED"] = "media",
        ["HRI"] = "rights group", ["NGO"] = "non-governmental organisation", ["NGM"] = "non-governmental organisation",
        ["IGO"] = "intergovernmental organisation", ["CVL"] = "civilians", ["REF"] = "refugees",
        ["BUS"] = "business", ["MNC"] = "business", ["LAB"] = "labour", ["EDU"] = "education",
        ["HLH"] = "health", ["AGR"] = "agriculture", ["ENV"] = "environment", ["REL"] = "religious",
        ["DEV"] = "development",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The role a dictionary code line such as <c>RUSGOV 991231-080507</c> describes.</summary>
    public ActorRoleSpan Parse(string text)
    {
        var parts = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var code = parts.Length > 0 ? parts[0].TrimStart('~') : "";
        var (from, to) = parts.Length > 1 ? Range(parts[1]) : (null, null);
        string? country = null;
        var at = 0;
        if (code.Length >= 3 && alpha3To2.TryGetValue(code[..3], out var alpha2))
        {
            country = alpha2;
            at = 3;
        }

        string? sector = null;
        for (; sector is null && at + 3 <= code.Length; at += 3)
        {
            sector = Sectors.GetValueOrDefault(code.Substring(at, 3));
        }

        return new ActorRoleSpan(code, country, sector, from, to);
    }

    /// <summary>The readable sector of an agent code such as <c>~COP</c> or <c>~OPPEDU</c>, or null.</summary>
    public static string? SectorOf(ReadOnlySpan<char> code)
    {
        code = code.TrimStart('~');
        var lookup = Sectors.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var at = 0; at + 3 <= code.Length; at += 3)
        {
            if (lookup.TryGetValue(code.Slice(at, 3), out var sector))
            {
                return sector;
            }
        }

        return null;
    }

    private static (DateOnly?, DateOnly?) Range(string range) => range switch
    {
        ['>', .. var rest] => (Day(rest), null),
        ['<', .. var rest] => (null, Day(rest)),
        _ when range.Split('-') is [var a, var b] => (Day(a), Day(b)),
        _ => (null, null),
    };

    // PETRARCH writes YYMMDD and YYYYMMDD; a malformed date leaves that end open rather than guessing.
    private static DateOnly? Day(string digits) => digits.Trim() switch
    {
        { Length: 8 } d when DateOnly.TryParseExact(d, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => day,
        { Length: 6 } d when int.TryParse(d[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var yy)
            && DateOnly.TryParseExact((yy > 30 ? "19" : "20") + d, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => day,
        _ => null,
    };
}
