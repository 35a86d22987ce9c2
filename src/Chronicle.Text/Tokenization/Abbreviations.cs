using System.Collections.Frozen;

namespace Chronicle.Text;

/// <summary>
/// Words that keep their period (<c>Mr.</c>, <c>Corp.</c>, <c>Jan.</c>). Titles are set apart because a
/// title is always followed by a name and so never ends a sentence, while <c>Inc.</c> or <c>U.S.</c> may.
/// </summary>
public sealed class Abbreviations
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _all;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;

    /// <summary>Creates the set from words written without their period.</summary>
    /// <param name="titles">Titles before names (<c>Mr</c>, <c>Gen</c>): never sentence-final.</param>
    /// <param name="others">Other abbreviations (<c>Inc</c>, <c>Jan</c>): sentence-final when a clear sentence start follows.</param>
    public Abbreviations(IEnumerable<string> titles, IEnumerable<string> others)
    {
        var titleSet = titles.ToFrozenSet(StringComparer.Ordinal);
        _titles = titleSet.GetAlternateLookup<ReadOnlySpan<char>>();
        _all = titleSet.Concat(others).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>English news abbreviations: titles, company suffixes, months and days, US states, Latin.</summary>
    public static Abbreviations English { get; } = new(
        [
            "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Cpl", "Pte", "Maj", "Brig",
            "Adm", "Cmdr", "Cdr", "Rep", "Reps", "Sen", "Sens", "Gov", "Rev", "Hon", "Supt", "Insp", "Det", "Fr", "Sr",
            "Pres", "Amb", "Atty", "Gens",
        ],
        [
            "Jr", "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc", "Dept", "Univ", "Assn", "Intl", "Govt",
            "St", "Ave", "Blvd", "Rd", "Mt", "Ft", "Sq",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
            "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn",
            "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
            "etc", "vs", "approx", "est", "cf", "al", "viz", "Vol", "vol", "pp", "Fig", "fig",
            "Ph", "ca",
        ]);

    /// <summary>True when <paramref name="word"/> (without its period) is an abbreviation.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _all.Contains(word);

    /// <summary>True when <paramref name="word"/> (without its period) is a title such as <c>Mr</c>.</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(word);
}
